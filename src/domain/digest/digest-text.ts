/**
 * The weekly digest as plain text: the CLI preview prints it, and the digest card carries it as
 * the fallback for Teams clients that do not render the card's charts. It shows exactly what the
 * digest holds; every privacy decision was made in buildDigest.
 */
import { findModule } from '../programme/attendance';
import type { Digest, Figure, FigureGroup, WeekFigures } from './digest';
import { formatDate, formatDateTime } from '../calendar/format-date';
import { weekNumberOf } from '../calendar/iso-week';
import type { Language, Level, Programme } from '../programme/model';
import { joinList, levelName, t } from '../language/texts';

/** Shown where there is nothing to compute from (no ratings came in). */
const NO_DATA = '–';

const ARROWS: Record<FigureGroup['ratingTrend'], string> = { up: ' ▲', down: ' ▼', flat: ' ►', none: '' };

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
  if (scope.kind === 'manager') return t(language, 'digest.heading.manager', { week });
  const name = programme.name[language];
  return scope.level === undefined
    ? t(language, 'digest.heading.programme', { programme: name, week })
    : t(language, 'digest.heading.level', { programme: name, level: scope.level, week });
}

/** "Niveau 3 (ledere af medarbejdere)", "Niveau 1 og 2 (direktion og chefer)", "Alle niveauer", "Dine 7 ledere". */
export function groupLabel(digest: Digest, group: FigureGroup, language: Language): string {
  if (digest.scope.kind === 'manager') return t(language, 'digest.group.manager', { count: group.participants });
  return levelsLabel(group.levels, language);
}

function levelsLabel(levels: readonly Level[], language: Language): string {
  if (levels.length === 1) return t(language, 'digest.group.level', { level: levels[0], levelName: levelName(language, levels[0]) });
  if (levels.length === 3) return t(language, 'digest.group.all');
  return t(language, 'digest.group.levels', {
    levels: joinList(language, levels.map(String)),
    names: joinList(language, levels.map((l) => levelName(language, l))),
  });
}

/** The short label of a group on a chart axis: "Niveau 3", "Niveau 1 og 2", "Alle niveauer", "Dine ledere". */
export function chartLabel(digest: Digest, group: FigureGroup, language: Language): string {
  if (digest.scope.kind === 'manager') return t(language, 'digest.chart.managerLabel');
  return shortLevelsLabel(group.levels, language);
}

/** A group's tick on the rate chart's level axis: "3", "1–2", "Alle" (charts cut long tick labels short). */
export function levelAxisLabel(group: FigureGroup, language: Language): string {
  if (group.levels.length === 3) return t(language, 'digest.chart.allLevelsTick');
  return group.levels.length === 1 ? String(group.levels[0]) : `${group.levels[0]}–${group.levels[group.levels.length - 1]}`;
}

function shortLevelsLabel(levels: readonly Level[], language: Language): string {
  if (levels.length === 1) return t(language, 'digest.chart.levelLabel', { level: levels[0] });
  if (levels.length === 3) return t(language, 'digest.group.all');
  return t(language, 'digest.chart.levelsLabel', { levels: joinList(language, levels.map(String)) });
}

function shownValue(figure: Figure): number | null {
  return figure.status === 'shown' ? figure.value : null;
}

function averageText(figure: Figure, minimum: number, language: Language): string {
  return figure.status === 'withheld' ? t(language, 'digest.average.withheld', { minimum }) : decimal(shownValue(figure), language);
}

/** This week's figures in words: rate and average, or why there are none. */
function currentText(week: WeekFigures, trend: FigureGroup['ratingTrend'], minimum: number, language: Language): string {
  if (week.responseRate.status === 'none') return t(language, 'digest.figures.noneSent');
  if (week.responseRate.status === 'withheld') return t(language, 'digest.figures.withheld', { minimum });
  return t(language, 'digest.figures.shown', {
    rate: percent(week.responseRate.value, language),
    average: averageText(week.averageRating, minimum, language),
    trend: ARROWS[trend],
  });
}

/** Last week's figures, short: "50 %, 3,4", "ingen udsendt" or "vises ikke". */
function previousText(week: WeekFigures, language: Language): string {
  if (week.responseRate.status === 'none') return t(language, 'digest.previous.noneSent');
  if (week.responseRate.status === 'withheld') return t(language, 'digest.previous.withheld');
  return t(language, 'digest.previous.shown', { rate: percent(week.responseRate.value, language), average: decimal(shownValue(week.averageRating), language) });
}

/** One "Label: figures" line per group; a level with no participants says so (for the owner that is news: an import gone wrong). */
export function levelLines(digest: Digest, language: Language): string[] {
  const week = weekNumberOf(digest.week);
  const previousWeek = weekNumberOf(digest.previousWeek);
  const minimum = digest.minimumGroupSize;
  return digest.groups.map((group) => {
    const label = groupLabel(digest, group, language);
    if (group.participants === 0 && group.levels.length === 1) {
      return t(language, 'digest.levelEmpty', { level: group.levels[0], levelName: levelName(language, group.levels[0]) });
    }
    if (group.current.responseRate.status === 'none' && group.previous.responseRate.status === 'none') {
      return `${label}: ${t(language, 'digest.figures.noneBoth', { week, previousWeek })}`;
    }
    const figures = t(language, 'digest.figures', {
      current: currentText(group.current, group.ratingTrend, minimum, language),
      previousWeek,
      previous: previousText(group.previous, language),
    });
    return `${label}: ${figures}`;
  });
}

/** What a manager below the minimum group size reads instead of figures; empty otherwise. */
export function tooSmallText(digest: Digest, programme: Programme, language: Language): string {
  if (!digest.groupTooSmall || digest.scope.kind !== 'manager') return '';
  return t(language, 'digest.manager.tooSmall', { count: digest.people.length, minimum: digest.minimumGroupSize });
}

/** The rule in one sentence, under every digest, so the reader knows why a figure is missing. */
export function privacyText(digest: Digest, language: Language): string {
  return t(language, digest.scope.kind === 'manager' ? 'digest.privacy.manager' : 'digest.privacy.owner', { minimum: digest.minimumGroupSize });
}

export function reflectionsText(digest: Digest, language: Language): string {
  // Withheld, or nothing written in either week: a line of zeros says nothing.
  if (digest.reflections === null || (digest.reflections === 0 && !digest.previousReflections)) return '';
  return t(language, 'digest.reflections', {
    count: digest.reflections,
    previousWeek: weekNumberOf(digest.previousWeek),
    previous: digest.previousReflections ?? t(language, 'digest.previous.withheld'),
  });
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
  const lines: string[] = [];
  if (digest.notReachedCount !== null) {
    lines.push(t(language, 'digest.notReached', { count: digest.notReachedCount, names: namesAfterCount(language, digest.notReached) }));
  }
  if (digest.pausedCount !== null) lines.push(t(language, 'digest.paused', { count: digest.pausedCount }));
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
      const text = q.text.replace(/\s+/g, ' ').trim();
      // "(niveau 3)": the group the writer is counted in, never narrower than the figures shown.
      const group = q.levels ? shortLevelsLabel(q.levels, language).replace(/^\S/, (c) => c.toLocaleLowerCase(language)) : '';
      if (q.name !== undefined) return `- ${t(language, 'digest.quote.named', { text, name: q.name, group })}`;
      return `- ${t(language, q.levels ? 'digest.quote' : 'digest.quote.plain', { text, group })}`;
    }),
  ];
}

export function peopleLines(digest: Digest, programme: Programme, language: Language, reference: Date): string[] {
  if (digest.people.length === 0) return [];
  return [
    t(language, 'digest.people.heading'),
    ...digest.people.map((p) => {
      const details: string[] = [];
      if (p.absent) details.push(t(language, 'digest.person.absentThisWeek'));
      if (p.sharedRatings.length) details.push(t(language, 'digest.person.shared', { ratings: p.sharedRatings.join(', ') }));
      const sessions = p.upcoming.map((u) => {
        const session = `${moduleTitle(programme, programme.sessions.find((s) => s.id === u.sessionId)?.moduleId ?? u.sessionId, language)} ${formatDate(u.start, programme.timeZone, language, reference)}`;
        return u.absent ? t(language, 'digest.person.absent', { session }) : session;
      });
      details.push(sessions.length ? t(language, 'digest.person.upcoming', { sessions: joinList(language, sessions) }) : t(language, 'digest.person.nothing'));
      return `- ${t(language, 'digest.person', { name: p.name, level: p.level, details: details.join('; ') })}`;
    }),
  ];
}

/**
 * The digest as plain text in Danish or English: headline and period, one line per group
 * (response rate and average rating against the week before, with ▲ ▼ ► for the trend, or why
 * there are no figures), reflections, upcoming sessions with absences, who the bot cannot reach
 * or has paused, quotes, for a manager one line per direct report, and the privacy rule. Sections
 * are separated by blank lines.
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
    [tooSmallText(digest, programme, language)].filter(Boolean),
    levelLines(digest, language),
    [reflectionsText(digest, language)].filter(Boolean),
    upcomingLines(digest, programme, language, reference),
    meetingLines(digest, programme, language),
    reachLines(digest, language),
    quoteLines(digest, language),
    peopleLines(digest, programme, language, reference),
    [privacyText(digest, language)],
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
