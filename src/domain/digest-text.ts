/**
 * The weekly digest as plain text: the CLI preview prints it, and the digest card carries it as
 * the fallback for Teams clients that do not render the card's charts. It shows exactly what the
 * digest holds; every privacy decision was made in buildDigest.
 */
import { findModule } from './attendance';
import type { Digest, LevelFigures } from './digest';
import { formatDate, formatDateTime } from './format-date';
import { weekNumberOf } from './iso-week';
import type { Language, Programme } from './model';
import { joinList, levelName } from './texts';
import { DIGEST_TEXTS } from './texts-digest';

type DigestTextKey = keyof typeof DIGEST_TEXTS;

// Looks texts up the way t() in texts.ts does; replaced by t() once DIGEST_TEXTS joins TEXTS.
function text(language: Language, key: DigestTextKey, values: Record<string, string | number> = {}): string {
  return DIGEST_TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

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

/** " – Anna og Bo" after a count, or nothing when nobody is named. */
function namesAfterCount(language: Language, names: { name: string }[]): string {
  return names.length ? ` – ${joinList(language, names.map((n) => n.name))}` : '';
}

export function headline(digest: Digest, programme: Programme, language: Language): string {
  const week = weekNumberOf(digest.week);
  const scope = digest.scope;
  if (scope.kind === 'manager') {
    const manager = programme.participants.find((p) => p.id === scope.managerId)?.name ?? scope.managerId;
    return text(language, 'digest.heading.manager', { manager, week });
  }
  const name = programme.name[language];
  return scope.level === undefined
    ? text(language, 'digest.heading.programme', { programme: name, week })
    : text(language, 'digest.heading.level', { programme: name, level: scope.level, week });
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
        if (l.participants === 0) return text(language, 'digest.levelEmpty', { level: l.level, levelName: name });
        return text(language, 'digest.level', {
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
  const lines = [text(language, 'digest.upcoming.heading')];
  if (digest.upcoming.length === 0) return [...lines, text(language, 'digest.upcoming.none')];
  for (const u of digest.upcoming) {
    // Names only, never the reason: a reason may be about health, and an owner's digest is read widely.
    const names = joinList(language, u.absences.map((a) => a.name));
    const count = u.absences.length;
    const absences =
      count === 0
        ? text(language, 'digest.absences.none')
        : text(language, count === 1 ? 'digest.absences.one' : 'digest.absences.many', { count, names });
    const when = formatDateTime(u.start, programme.timeZone, language, reference);
    lines.push(`- ${text(language, 'digest.upcoming.session', { title: moduleTitle(programme, u.moduleId, language), when, expected: u.expected, absences })}`);
  }
  return lines;
}

export function reachLines(digest: Digest, language: Language): string[] {
  const lines = [
    text(language, 'digest.notReached', { count: digest.notReached.length, names: namesAfterCount(language, digest.notReached) }),
    text(language, 'digest.paused', { count: digest.paused.length, names: namesAfterCount(language, digest.paused) }),
  ];
  // Empty both when everyone answered and when names are switched off; either way there is nothing to say.
  if (digest.nonResponders.length) {
    lines.push(
      text(language, 'digest.nonResponders', { count: digest.nonResponders.length, names: namesAfterCount(language, digest.nonResponders) }),
    );
  }
  return lines;
}

export function quoteLines(digest: Digest, language: Language): string[] {
  if (digest.quotes.length === 0) return [];
  return [
    text(language, 'digest.quotes.heading'),
    ...digest.quotes.map((q) => {
      // One line per quote: line breaks in the leader's answer would break the list apart.
      const values = { text: q.text.replace(/\s+/g, ' ').trim(), level: q.level, name: q.name ?? '' };
      return `- ${text(language, q.name === undefined ? 'digest.quote' : 'digest.quote.named', values)}`;
    }),
  ];
}

export function peopleLines(digest: Digest, programme: Programme, language: Language, reference: Date): string[] {
  if (digest.people.length === 0) return [];
  return [
    text(language, 'digest.people.heading'),
    ...digest.people.map((p) => {
      const status = p.checkedIn
        ? text(language, 'digest.person.checkedIn', { ratings: p.ratings.join(', ') })
        : text(language, 'digest.person.notCheckedIn');
      const sessions = p.upcoming.map((u) => {
        const session = `${moduleTitle(programme, programme.sessions.find((s) => s.id === u.sessionId)?.moduleId ?? u.sessionId, language)} ${formatDate(u.start, programme.timeZone, language, reference)}`;
        return u.absent ? text(language, 'digest.person.absent', { session }) : session;
      });
      const upcoming = sessions.length ? text(language, 'digest.person.upcoming', { sessions: joinList(language, sessions) }) : '';
      return `- ${text(language, 'digest.person', { name: p.name, level: p.level, status, upcoming })}`;
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
export function digestAsText(digest: Digest, programme: Programme, language: Language): string {
  const zone = programme.timeZone;
  // Dates carry a year only when it differs from the reported week's: the digest has no "now".
  const reference = new Date(digest.from);
  const lastDay = new Date(Date.parse(digest.to) - 1);
  const period = text(language, 'digest.period', {
    from: formatDate(digest.from, zone, language, reference),
    to: formatDate(lastDay, zone, language, reference),
  });
  const sections: string[][] = [
    [headline(digest, programme, language), period],
    levelLines(digest, language),
    [
      text(language, 'digest.reflections', {
        count: digest.reflections,
        previousWeek: weekNumberOf(digest.previousWeek),
        previous: digest.previousReflections,
      }),
    ],
    upcomingLines(digest, programme, language, reference),
    reachLines(digest, language),
    quoteLines(digest, language),
    peopleLines(digest, programme, language, reference),
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
