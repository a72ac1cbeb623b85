/**
 * The weekly digest as plain text: the CLI preview prints it, and the digest card carries it as
 * the fallback for Teams clients that do not render the card's charts. It shows exactly what the
 * digest holds; every privacy decision was made in buildDigest.
 */
import { findModule } from '../programme/attendance';
import type { Digest, LevelFigures } from './digest';
import { formatDate, formatDateTime } from '../calendar/format-date';
import { weekNumberOf } from '../calendar/iso-week';
import type { Language, Programme } from '../programme/model';
import { joinList, levelName, t } from '../language/texts';



/** Shown where there is nothing to compute from (no prompts sent, no ratings). */
const NO_DATA = '–';

const ARROWS: Record<LevelFigures['ratingTrend'], string> = { up: ' ▲', down: ' ▼', flat: ' ►', none: '' };

/** "62 %" in Danish (a space before the sign), "62%" in English. */
export function percent(rate: number | null, language: Language): string {
  if (rate === null) return NO_DATA;
  const whole = Math.round(rate * 100);
  return language === 'da' ? `${whole} %` : `${whole}%`;
}

/** "3,8" in Danish (decimal comma), "3.8" in English; always one decimal so columns line up. */
export function decimal(value: number | null, language: Language): string {
  if (value === null) return NO_DATA;
  const fixed = value.toFixed(1);
  return language === 'da' ? fixed.replace('.', ',') : fixed;
}

/** How many names a list shows before "and N others": a digest must stay readable and well under Teams' card size limit. */
const MAX_NAMES = 8;

/** " – Anna og Bo" after a count, or nothing when nobody is named; long lists end in "og 12 andre". */
function namesAfterCount(language: Language, names: { name: string }[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, MAX_NAMES).map((n) => n.name);
  const rest = names.length - shown.length;
  const items = rest > 0 ? [...shown, t(language, 'digest.others', { count: rest })] : shown;
  return ` – ${joinList(language, items)}`;
}

export function headline(digest: Digest, programme: Programme, language: Language): string {
  const week = weekNumberOf(digest.week);
  const scope = digest.scope;
  if (scope.kind === 'manager') {
    const manager = programme.participants.find((p) => p.id === scope.managerId)?.name ?? scope.managerId;
    return t(language, 'digest.heading.manager', { manager, week });
  }
  const name = programme.name[language];
  return scope.level === undefined
    ? t(language, 'digest.heading.programme', { programme: name, week })
    : t(language, 'digest.heading.level', { programme: name, level: scope.level, week });
}

export function levelLines(digest: Digest, language: Language): string[] {
  const previousWeek = weekNumberOf(digest.previousWeek);
  return (
    digest.levels
      // A manager's people usually sit on one level; "no participants" lines for the other two
      // would only be noise. For the programme owner an empty level is news (an import gone wrong).
      .filter((l) => l.participants > 0 || digest.scope.kind === 'programme')
      .map((l) => {
        const name = levelName(language, l.level);
        if (l.participants === 0) return t(language, 'digest.levelEmpty', { level: l.level, levelName: name });
        return t(language, 'digest.level', {
          level: l.level,
          levelName: name,
          rate: percent(l.responseRate, language),
          previousWeek,
          previousRate: percent(l.previousResponseRate, language),
          average: decimal(l.averageRating, language),
          trend: ARROWS[l.ratingTrend],
          previousAverage: decimal(l.previousAverageRating, language),
        });
      })
  );
}

function moduleTitle(programme: Programme, moduleId: string, language: Language): string {
  return findModule(programme, moduleId)?.title[language] ?? moduleId;
}

export function upcomingLines(digest: Digest, programme: Programme, language: Language, reference: Date): string[] {
  const lines = [t(language, 'digest.upcoming.heading')];
  if (digest.upcoming.length === 0) return [...lines, t(language, 'digest.upcoming.none')];
  for (const u of digest.upcoming) {
    // Names only, never the reason: a reason may be about health, and an owner's digest is read widely.
    const names = joinList(language, u.absences.map((a) => a.name));
    const count = u.absences.length;
    const absences =
      count === 0
        ? t(language, 'digest.absences.none')
        : t(language, count === 1 ? 'digest.absences.one' : 'digest.absences.many', { count, names });
    const when = formatDateTime(u.start, programme.timeZone, language, reference);
    lines.push(`- ${t(language, 'digest.upcoming.session', { title: moduleTitle(programme, u.moduleId, language), when, expected: u.expected, absences })}`);
  }
  return lines;
}

export function reachLines(digest: Digest, language: Language): string[] {
  const lines = [
    t(language, 'digest.notReached', { count: digest.notReached.length, names: namesAfterCount(language, digest.notReached) }),
    t(language, 'digest.paused', { count: digest.paused.length, names: namesAfterCount(language, digest.paused) }),
  ];
  // Empty both when everyone answered and when names are switched off; either way there is nothing to say.
  if (digest.nonResponders.length) {
    lines.push(
      t(language, 'digest.nonResponders', { count: digest.nonResponders.length, names: namesAfterCount(language, digest.nonResponders) }),
    );
  }
  return lines;
}

export function quoteLines(digest: Digest, language: Language): string[] {
  if (digest.quotes.length === 0) return [];
  return [
    t(language, 'digest.quotes.heading'),
    ...digest.quotes.map((q) => {
      // One line per quote: line breaks in the leader's answer would break the list apart.
      const values = { text: q.text.replace(/\s+/g, ' ').trim(), level: q.level, name: q.name ?? '' };
      return `- ${t(language, q.name === undefined ? 'digest.quote' : 'digest.quote.named', values)}`;
    }),
  ];
}

export function peopleLines(digest: Digest, programme: Programme, language: Language, reference: Date): string[] {
  if (digest.people.length === 0) return [];
  return [
    t(language, 'digest.people.heading'),
    ...digest.people.map((p) => {
      const status = p.checkedIn
        ? t(language, 'digest.person.checkedIn', { ratings: p.ratings.join(', ') })
        : t(language, 'digest.person.notCheckedIn');
      const sessions = p.upcoming.map((u) => {
        const session = `${moduleTitle(programme, programme.sessions.find((s) => s.id === u.sessionId)?.moduleId ?? u.sessionId, language)} ${formatDate(u.start, programme.timeZone, language, reference)}`;
        return u.absent ? t(language, 'digest.person.absent', { session }) : session;
      });
      const upcoming = sessions.length ? t(language, 'digest.person.upcoming', { sessions: joinList(language, sessions) }) : '';
      return `- ${t(language, 'digest.person', { name: p.name, level: p.level, status, upcoming })}`;
    }),
  ];
}

/**
 * The digest as plain text in Danish or English: headline and period, one line per level
 * (response rate and average rating against the week before, with ▲ ▼ ► for the trend and "–"
 * where there is no data), reflections, upcoming sessions with absences, who the bot cannot reach
 * or has paused, quotes and, for a manager, one line per direct report. Sections are separated by
 * blank lines.
 */
/**
 * "Sparringspartnere, runden 19. januar" and one line per level with askers: the share who met,
 * or "too few answers" below the minimum group size. Empty before the first round's follow-ups.
 */
export function meetingLines(digest: Digest, programme: Programme, language: Language): string[] {
  const meetings = digest.meetings;
  if (!meetings) return [];
  const date = formatDate(`${meetings.roundDate}T12:00:00Z`, programme.timeZone, language, new Date(digest.from));
  return [
    t(language, 'digest.meetings.heading', { date }),
    ...meetings.levels
      .filter((l) => l.asked > 0)
      .map((l) => {
        const values = { level: l.level, levelName: levelName(language, l.level), met: l.met, answered: l.answered, asked: l.asked, minimum: meetings.minimumGroupSize };
        return l.meetingRate === null
          ? `- ${t(language, 'digest.meetings.tooFew', values)}`
          : `- ${t(language, 'digest.meetings.level', { ...values, rate: percent(l.meetingRate, language) })}`;
      }),
  ];
}

export function digestAsText(digest: Digest, programme: Programme, language: Language): string {
  const zone = programme.timeZone;
  // Dates carry a year only when it differs from the reported week's: the digest has no "now".
  const reference = new Date(digest.from);
  const lastDay = new Date(Date.parse(digest.to) - 1);
  const period = t(language, 'digest.period', {
    from: formatDate(digest.from, zone, language, reference),
    to: formatDate(lastDay, zone, language, reference),
  });
  const sections: string[][] = [
    [headline(digest, programme, language), period],
    levelLines(digest, language),
    [
      t(language, 'digest.reflections', {
        count: digest.reflections,
        previousWeek: weekNumberOf(digest.previousWeek),
        previous: digest.previousReflections,
      }),
    ],
    upcomingLines(digest, programme, language, reference),
    meetingLines(digest, programme, language),
    reachLines(digest, language),
    quoteLines(digest, language),
    peopleLines(digest, programme, language, reference),
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
