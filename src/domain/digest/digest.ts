/**
 * The weekly digest: what programme owners and managers read on Monday about the week before.
 * Pure: the store's records, the programme and the moment are passed in, so the CLI preview, the
 * scheduled card and the tests all compute the same digest from the same input.
 *
 * Privacy rules live here, not in the card, so no rendering can show more than the digest holds:
 * figures only for groups of at least the minimum size (small-groups.ts), a manager's people by
 * name only with what each chose to share, quotes only from check-ins whose writer allowed
 * quoting, names of non-responders only when the programme switched that on, and a manager sees
 * their own direct reports only.
 */
import { DateTime } from 'luxon';
import { isInAudience, sessionAudience } from '../programme/attendance';
import { inZone } from '../calendar/format-date';
import { previousWeek, weekBounds } from '../calendar/iso-week';
import { LEVELS, type Level, type Participant, type Programme } from '../programme/model';
import { chooseLevelGrouping, figureStatus } from './small-groups';
import { meetingRatesByLevel } from '../pairing/meeting-rates';
import type {
  Digest,
  DigestAbsence,
  DigestCheckIn,
  DigestInput,
  DigestPerson,
  DigestPrompt,
  DigestQuote,
  DigestScope,
  Figure,
  FigureGroup,
  NamedParticipant,
  UpcomingSession,
  WeekFigures,
} from './digest-types';

export type * from './digest-types';
export { isoWeekOf, previousWeek, weekBounds } from '../calendar/iso-week';

const UPCOMING_DAYS = 14;
const MAX_QUOTES = 5;
/** A trend needs a change of at least 0.2 in the rounded average, so one rating more or less in a small group does not turn the arrow. */
const TREND_TENTHS = 2;

interface Window {
  from: number;
  to: number;
}

function windowOf(week: string, zone: string): Window {
  const { from, to } = weekBounds(week, zone);
  return { from: from.getTime(), to: to.getTime() };
}

function isWithin(instant: string, window: Window): boolean {
  const t = Date.parse(instant);
  return t >= window.from && t < window.to;
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'da');
}

function named(people: Participant[]): NamedParticipant[] {
  return [...people].sort(byName).map((p) => ({ participantId: p.id, name: p.name }));
}

/** The active participants the digest is about. */
function participantsInScope(programme: Programme, scope: DigestScope): Participant[] {
  const active = programme.participants.filter((p) => p.active);
  if (scope.kind === 'manager') return active.filter((p) => p.managerId === scope.managerId);
  return scope.level === undefined ? active : active.filter((p) => p.level === scope.level);
}

function roundedMean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

/** Compared on the rounded averages, so the arrow always agrees with the two numbers shown; none unless both are shown. */
function trendOf(current: Figure, previous: Figure): FigureGroup['ratingTrend'] {
  if (current.status !== 'shown' || previous.status !== 'shown') return 'none';
  const change = Math.round(current.value * 10) - Math.round(previous.value * 10);
  if (change >= TREND_TENTHS) return 'up';
  if (change <= -TREND_TENTHS) return 'down';
  return 'flat';
}

/** The records of one week, already limited to the people the digest can speak about. */
interface WeekRecords {
  prompts: DigestPrompt[];
  checkIns: DigestCheckIn[];
}

/**
 * The figures of one group of leaders in one week. `namesVisible`: the reader sees, by name, the
 * ratings leaders chose to share with them (a manager); those leaders count as named, and the
 * small-group rule then also protects the unnamed rest.
 */
function weekFigures(records: WeekRecords, members: ReadonlySet<string>, answered: ReadonlyMap<string, DigestCheckIn>, namesVisible: boolean, minimum: number): WeekFigures {
  const prompts = records.prompts.filter((p) => members.has(p.participantId));
  const prompted = new Set(prompts.map((p) => p.participantId));
  // A leader is named for the response rate only when every one of their prompts was answered
  // with a rating they shared: then the reader already knows all there is to know about them.
  const notNamedForRate = new Set(
    prompts.filter((p) => !namesVisible || !answered.get(`${p.participantId}\n${p.key}`)?.shareRatingWithManager).map((p) => p.participantId),
  );
  const responses = prompts.filter((p) => answered.has(`${p.participantId}\n${p.key}`)).length;
  const rateStatus = figureStatus({ total: prompted.size, unnamed: notNamedForRate.size }, minimum);

  const checkIns = records.checkIns.filter((c) => members.has(c.participantId));
  const raters = new Set(checkIns.map((c) => c.participantId));
  const notNamedForRating = new Set(checkIns.filter((c) => !namesVisible || !c.shareRatingWithManager).map((c) => c.participantId));
  const ratingStatus = figureStatus({ total: raters.size, unnamed: notNamedForRating.size }, minimum);

  return {
    responseRate: rateStatus === 'shown' ? { status: 'shown', value: responses / prompts.length, leaders: prompted.size } : { status: rateStatus },
    averageRating:
      ratingStatus === 'shown' ? { status: 'shown', value: roundedMean(checkIns.map((c) => c.rating))!, leaders: raters.size } : { status: ratingStatus },
  };
}

function hasWithheld(figures: WeekFigures): boolean {
  return figures.responseRate.status === 'withheld' || figures.averageRating.status === 'withheld';
}

/**
 * The digest for one week and one scope. Only active participants count. A participant who
 * changed level counts wholly at their CURRENT level, earlier weeks included: the store keeps no
 * level history, and the history moving with the person keeps the previous-week figures
 * comparable with this week's.
 *
 * Owners get figures per level, with levels too small to show alone merged (small-groups.ts);
 * a manager gets one set of figures for their people, and none when those are fewer than the
 * minimum group size. Names in a manager's digest are only those a leader chose to share.
 */
export function buildDigest(input: DigestInput): Digest {
  const { programme, now, scope, privacy } = input;
  const minimum = privacy.minimumGroupSize;
  const zone = programme.timeZone;
  const nowMs = now.getTime();
  const lastWeek = previousWeek(input.week);
  const thisWindow = windowOf(input.week, zone);
  const lastWindow = windowOf(lastWeek, zone);

  const active = programme.participants.filter((p) => p.active);
  const activeIds = new Set(active.map((p) => p.id));
  // Nothing after `now` counts, so previewing a past Monday shows what was known then.
  const checkIns = input.checkIns.filter((c) => activeIds.has(c.participantId) && Date.parse(c.submittedAt) <= nowMs);
  const prompts = input.prompts.filter((p) => activeIds.has(p.participantId) && Date.parse(p.sentAt) <= nowMs);
  const answered = new Map(checkIns.map((c) => [`${c.participantId}\n${c.promptKey}`, c]));
  const recordsIn = (window: Window): WeekRecords => ({
    prompts: prompts.filter((p) => isWithin(p.sentAt, window)),
    checkIns: checkIns.filter((c) => isWithin(c.submittedAt, window)),
  });
  const thisWeek = recordsIn(thisWindow);
  const lastWeekRecords = recordsIn(lastWindow);
  const namesVisible = scope.kind === 'manager';
  const bothWeeks = (members: ReadonlySet<string>) => ({
    current: weekFigures(thisWeek, members, answered, namesVisible, minimum),
    previous: weekFigures(lastWeekRecords, members, answered, namesVisible, minimum),
  });
  const groupOf = (levels: readonly Level[], members: Participant[]): FigureGroup => {
    const figures = bothWeeks(new Set(members.map((p) => p.id)));
    return { levels: [...levels], participants: members.length, ...figures, ratingTrend: trendOf(figures.current.averageRating, figures.previous.averageRating) };
  };

  const people = participantsInScope(programme, scope);
  let groups: FigureGroup[];
  let figurePeople: Participant[];
  let groupTooSmall = false;
  if (scope.kind === 'manager') {
    groupTooSmall = people.length < minimum;
    const levels = [...new Set(people.map((p) => p.level))].sort();
    groups = groupTooSmall ? [] : [groupOf(levels, people)];
    figurePeople = groupTooSmall ? [] : people;
  } else {
    const atLevels = (levels: readonly Level[]) => active.filter((p) => levels.includes(p.level));
    const grouping = chooseLevelGrouping((levels) => {
      const { current, previous } = bothWeeks(new Set(atLevels(levels).map((p) => p.id)));
      return hasWithheld(current) || hasWithheld(previous);
    });
    // A level digest shows the group its level belongs to, merged or not: never a figure the
    // programme digest would not show.
    const shown = grouping.filter((levels) => scope.level === undefined || levels.includes(scope.level));
    groups = shown.map((levels) => groupOf(levels, atLevels(levels)));
    figurePeople = shown.flatMap(atLevels);
  }

  const figureIds = new Set(figurePeople.map((p) => p.id));
  const enoughPeople = figurePeople.length >= minimum;
  // An erased text was a reflection when it was written: counts of past weeks must not shrink.
  // The count has the week's check-ins behind it, so it is withheld whenever their average is:
  // "2 reflections" from three leaders who checked in says too much about each of them.
  const reflectionsIn = (records: WeekRecords, week: 'current' | 'previous') =>
    enoughPeople && groups.every((g) => g[week].averageRating.status !== 'withheld')
      ? records.checkIns.filter((c) => figureIds.has(c.participantId) && (c.text.trim() !== '' || c.textErasedAt !== undefined)).length
      : null;

  const upcoming = upcomingSessions(input, people);
  // Naming who has not answered is a programme decision (it can feel like being reported), so off by default.
  const unanswered = new Set(thisWeek.prompts.filter((p) => !answered.has(`${p.participantId}\n${p.key}`)).map((p) => p.participantId));
  const nonResponders = privacy.showNonResponderNames && scope.kind === 'programme' ? named(people.filter((p) => unanswered.has(p.id))) : [];
  const notReached = people.filter((p) => !input.reachable.has(p.id));
  // A manager learns how many of their people cannot be reached or paused, never who, and only in a group big enough.
  const countsShown = scope.kind === 'programme' || !groupTooSmall;
  const quoteGroups = groups.filter((g) => g.current.averageRating.status === 'shown');

  return {
    week: input.week,
    previousWeek: lastWeek,
    from: isoInZone(thisWindow.from, zone),
    to: isoInZone(thisWindow.to, zone),
    scope,
    minimumGroupSize: minimum,
    groups,
    groupTooSmall,
    reflections: reflectionsIn(thisWeek, 'current'),
    previousReflections: reflectionsIn(lastWeekRecords, 'previous'),
    upcoming: upcoming.map((u) => ({ sessionId: u.sessionId, moduleId: u.moduleId, start: u.start, expected: u.expected, absences: u.absences })),
    notReached: scope.kind === 'programme' ? named(notReached) : [],
    notReachedCount: countsShown ? notReached.length : null,
    pausedCount: countsShown ? people.filter((p) => input.paused.has(p.id)).length : null,
    nonResponders,
    quotes: quotesOf(thisWeek.checkIns, new Map(figurePeople.map((p) => [p.id, p])), quoteGroups, scope.kind === 'programme', privacy.showNamesInQuotes),
    people: scope.kind === 'manager' ? peopleOf(people, thisWeek.checkIns, upcoming, absentIn(input, thisWindow)) : [],
    meetings: meetingsOf(input, new Map(people.map((p) => [p.id, p])), Math.min(thisWindow.to, nowMs)),
  };
}

/**
 * Meeting rates per level for the latest round whose follow-ups went out by `until`, counting
 * only the leaders in scope, at their current level (as every other figure).
 */
function meetingsOf(input: DigestInput, byId: Map<string, Participant>, until: number): Digest['meetings'] {
  const sent = (input.meetingFollowUps ?? []).filter((f) => byId.has(f.participantId) && Date.parse(f.sentAt) < until);
  const roundDate = sent.reduce<string | undefined>((latest, f) => (!latest || f.roundDate > latest ? f.roundDate : latest), undefined);
  if (!roundDate) return undefined;
  const minimumGroupSize = input.privacy.minimumGroupSize;
  const followUps = sent.filter((f) => f.roundDate === roundDate).map((f) => ({ leaderId: f.participantId, level: byId.get(f.participantId)!.level, answer: f.answer }));
  const levelsInScope = new Set(input.scope.kind === 'programme' && input.scope.level !== undefined ? [input.scope.level] : LEVELS);
  return { roundDate, minimumGroupSize, levels: meetingRatesByLevel(followUps, minimumGroupSize).filter((l) => levelsInScope.has(l.level)) };
}

function isoInZone(epochMs: number, zone: string): string {
  return inZone(new Date(epochMs), zone).toISO({ suppressMilliseconds: true }) ?? new Date(epochMs).toISOString();
}

/**
 * Quotes only from check-ins whose writer ticked "may be quoted", newest first, each text once
 * (a leader answering two prompts alike, or two leaders writing the same words, is one quote),
 * and only from groups whose figures are shown: a quote labelled with a group too small to show
 * figures would point to a handful of people. The name is added only when the programme switched
 * names on; the quote itself still needs the leader's consent.
 */
function quotesOf(weekCheckIns: DigestCheckIn[], byId: Map<string, Participant>, groups: FigureGroup[], withLevels: boolean, withNames: boolean): DigestQuote[] {
  const groupOf = (level: Level) => groups.find((g) => g.levels.includes(level));
  const seen = new Set<string>();
  return weekCheckIns
    .filter((c) => c.mayShare && c.text.trim() !== '' && byId.has(c.participantId) && groupOf(byId.get(c.participantId)!.level))
    .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || a.promptKey.localeCompare(b.promptKey))
    .filter((c) => {
      const sameText = c.text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');
      if (seen.has(sameText)) return false;
      seen.add(sameText);
      return true;
    })
    .slice(0, MAX_QUOTES)
    .map((c) => {
      const person = byId.get(c.participantId)!;
      return {
        text: c.text.trim(),
        ...(withLevels ? { levels: groupOf(person.level)!.levels } : {}),
        ...(withNames ? { name: person.name } : {}),
      };
    });
}

type UpcomingWithMembers = UpcomingSession & { members: ReadonlySet<string> };

/**
 * Sessions starting in [now, now + 14 days) that someone in scope is expected at. The 14 days are
 * local calendar days, so the window ends at the same wall-clock time across a DST change.
 */
function upcomingSessions(input: DigestInput, people: Participant[]): UpcomingWithMembers[] {
  const { programme, now } = input;
  const from = now.getTime();
  const until = DateTime.fromJSDate(now, { zone: programme.timeZone }).plus({ days: UPCOMING_DAYS }).toMillis();
  const names = new Map(people.map((p) => [p.id, p.name]));
  return programme.sessions
    .filter((s) => Date.parse(s.start) >= from && Date.parse(s.start) < until)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
    .flatMap((session): UpcomingWithMembers[] => {
      const audience = sessionAudience(programme, session);
      const members = new Set(people.filter((p) => isInAudience(p, audience)).map((p) => p.id));
      if (members.size === 0) return [];
      // Absences of people outside the scope stay out: a manager sees only their own people's.
      // One per person, the first registered, should the store ever hold a repeat.
      const absent = new Map<string, DigestAbsence>();
      for (const a of input.absences) {
        if (a.sessionId === session.id && members.has(a.participantId) && !absent.has(a.participantId)) absent.set(a.participantId, a);
      }
      const absences = [...absent.values()]
        .map((a) => ({ participantId: a.participantId, name: names.get(a.participantId)!, ...(a.reason ? { reason: a.reason } : {}) }))
        .sort(byName);
      return [{ sessionId: session.id, moduleId: session.moduleId, start: session.start, expected: members.size, absences, members }];
    });
}

/** Leaders whose reflection prompt due in the window was held back because they were absent. */
function absentIn(input: DigestInput, window: Window): ReadonlySet<string> {
  return new Set((input.absentPrompts ?? []).filter((p) => isWithin(p.sentAt, window)).map((p) => p.participantId));
}

/**
 * One line per direct report: whether they were absent this week, what is coming for them, and
 * the ratings they chose to share with their manager this week (never whether they checked in).
 */
function peopleOf(people: Participant[], weekCheckIns: DigestCheckIn[], upcoming: UpcomingWithMembers[], absent: ReadonlySet<string>): DigestPerson[] {
  return [...people].sort(byName).map((p) => {
    const sharedRatings = weekCheckIns
      .filter((c) => c.participantId === p.id && c.shareRatingWithManager)
      .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))
      .map((c) => c.rating);
    return {
      participantId: p.id,
      name: p.name,
      level: p.level,
      ...(sharedRatings.length === 0 && absent.has(p.id) ? { absent: true as const } : {}),
      sharedRatings,
      upcoming: upcoming
        .filter((u) => u.members.has(p.id))
        .map((u) => ({ sessionId: u.sessionId, start: u.start, absent: u.absences.some((a) => a.participantId === p.id) })),
    };
  });
}
