/**
 * The weekly digest: what programme owners and managers read on Monday about the week before.
 * Pure: the store's records, the programme and the moment are passed in, so the CLI preview, the
 * scheduled card and the tests all compute the same digest from the same input.
 *
 * Privacy rules live here, not in the card, so no rendering can show more than the digest holds:
 * quotes come only from check-ins whose writer allowed quoting, names of non-responders only when
 * the programme switched that on, and a manager sees their own direct reports only.
 */
import { DateTime } from 'luxon';
import { isInAudience, sessionAudience } from '../programme/attendance';
import { inZone } from '../calendar/format-date';
import { previousWeek, weekBounds } from '../calendar/iso-week';
import { LEVELS, type Level, type Participant, type Programme } from '../programme/model';
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
  LevelFigures,
  NamedParticipant,
  UpcomingSession,
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

/** Compared on the rounded averages, so the arrow always agrees with the two numbers shown. */
function trendOf(current: number | null, previous: number | null): LevelFigures['ratingTrend'] {
  if (current === null || previous === null) return 'none';
  const change = Math.round(current * 10) - Math.round(previous * 10);
  if (change >= TREND_TENTHS) return 'up';
  if (change <= -TREND_TENTHS) return 'down';
  return 'flat';
}

/**
 * The digest for one week and one scope. Only active participants count. A participant who
 * changed level counts wholly at their CURRENT level, earlier weeks included: the store keeps no
 * level history, and the history moving with the person keeps the previous-week figures
 * comparable with this week's.
 */
export function buildDigest(input: DigestInput): Digest {
  const { programme, now, scope, privacy } = input;
  const zone = programme.timeZone;
  const nowMs = now.getTime();
  const lastWeek = previousWeek(input.week);
  const thisWindow = windowOf(input.week, zone);
  const lastWindow = windowOf(lastWeek, zone);

  const people = participantsInScope(programme, scope);
  const byId = new Map(people.map((p) => [p.id, p]));
  // Nothing after `now` counts, so previewing a past Monday shows what was known then.
  const checkIns = input.checkIns.filter((c) => byId.has(c.participantId) && Date.parse(c.submittedAt) <= nowMs);
  const prompts = input.prompts.filter((p) => byId.has(p.participantId) && Date.parse(p.sentAt) <= nowMs);
  const answered = new Set(checkIns.map((c) => `${c.participantId}\n${c.promptKey}`));
  const isAnswered = (p: DigestPrompt) => answered.has(`${p.participantId}\n${p.key}`);
  const levelOf = (participantId: string) => byId.get(participantId)!.level;

  const responseRate = (level: Level, window: Window) => {
    const sent = prompts.filter((p) => levelOf(p.participantId) === level && isWithin(p.sentAt, window));
    const responses = sent.filter(isAnswered).length;
    return { sent: sent.length, responses, rate: sent.length ? responses / sent.length : null };
  };
  const averageRating = (level: Level, window: Window) =>
    roundedMean(checkIns.filter((c) => levelOf(c.participantId) === level && isWithin(c.submittedAt, window)).map((c) => c.rating));

  const levelsInScope: readonly Level[] = scope.kind === 'programme' && scope.level !== undefined ? [scope.level] : LEVELS;
  const levels = levelsInScope.map((level): LevelFigures => {
    const current = responseRate(level, thisWindow);
    const averageNow = averageRating(level, thisWindow);
    const averageBefore = averageRating(level, lastWindow);
    return {
      level,
      participants: people.filter((p) => p.level === level).length,
      promptsSent: current.sent,
      responses: current.responses,
      responseRate: current.rate,
      previousResponseRate: responseRate(level, lastWindow).rate,
      averageRating: averageNow,
      previousAverageRating: averageBefore,
      ratingTrend: trendOf(averageNow, averageBefore),
    };
  });

  const weekCheckIns = checkIns.filter((c) => isWithin(c.submittedAt, thisWindow));
  // An erased text was a reflection when it was written: counts of past weeks must not shrink.
  const reflectionsIn = (window: Window) =>
    checkIns.filter((c) => isWithin(c.submittedAt, window) && (c.text.trim() !== '' || c.textErasedAt !== undefined)).length;

  const upcoming = upcomingSessions(input, people);
  // Naming who has not answered is a programme decision (it can feel like being reported), so off by default.
  const unanswered = new Set(prompts.filter((p) => isWithin(p.sentAt, thisWindow) && !isAnswered(p)).map((p) => p.participantId));
  const nonResponders = privacy.showNonResponderNames ? named(people.filter((p) => unanswered.has(p.id))) : [];

  return {
    week: input.week,
    previousWeek: lastWeek,
    from: isoInZone(thisWindow.from, zone),
    to: isoInZone(thisWindow.to, zone),
    scope,
    levels,
    reflections: reflectionsIn(thisWindow),
    previousReflections: reflectionsIn(lastWindow),
    upcoming: upcoming.map((u) => ({ sessionId: u.sessionId, moduleId: u.moduleId, start: u.start, expected: u.expected, absences: u.absences })),
    notReached: named(people.filter((p) => !input.reachable.has(p.id))),
    paused: named(people.filter((p) => input.paused.has(p.id))),
    nonResponders,
    quotes: quotesOf(weekCheckIns, byId, privacy.showNamesInQuotes),
    people: scope.kind === 'manager' ? peopleOf(people, weekCheckIns, upcoming) : [],
    meetings: meetingsOf(input, byId, Math.min(thisWindow.to, nowMs)),
  };
}

/** Default for a digest input without its own minimum (the configuration's default). */
const DEFAULT_MINIMUM_GROUP_SIZE = 5;

/**
 * Meeting rates per level for the latest round whose follow-ups went out by `until`, counting
 * only the leaders in scope, at their current level (as every other figure).
 */
function meetingsOf(input: DigestInput, byId: Map<string, Participant>, until: number): Digest['meetings'] {
  const sent = (input.meetingFollowUps ?? []).filter((f) => byId.has(f.participantId) && Date.parse(f.sentAt) < until);
  const roundDate = sent.reduce<string | undefined>((latest, f) => (!latest || f.roundDate > latest ? f.roundDate : latest), undefined);
  if (!roundDate) return undefined;
  const minimumGroupSize = input.minimumGroupSize ?? DEFAULT_MINIMUM_GROUP_SIZE;
  const followUps = sent.filter((f) => f.roundDate === roundDate).map((f) => ({ leaderId: f.participantId, level: byId.get(f.participantId)!.level, answer: f.answer }));
  const levelsInScope = new Set(input.scope.kind === 'programme' && input.scope.level !== undefined ? [input.scope.level] : LEVELS);
  return { roundDate, minimumGroupSize, levels: meetingRatesByLevel(followUps, minimumGroupSize).filter((l) => levelsInScope.has(l.level)) };
}

function isoInZone(epochMs: number, zone: string): string {
  return inZone(new Date(epochMs), zone).toISO({ suppressMilliseconds: true }) ?? new Date(epochMs).toISOString();
}

/**
 * Quotes only from check-ins whose writer ticked "may be quoted", newest first. The name is added
 * only when the programme switched names on; the quote itself still needs the leader's consent.
 * The prompt card asks for consent to be quoted "without my name", so a programme that switches
 * names on must change that wording first.
 */
function quotesOf(weekCheckIns: DigestCheckIn[], byId: Map<string, Participant>, withNames: boolean): DigestQuote[] {
  return weekCheckIns
    .filter((c) => c.mayShare && c.text.trim() !== '')
    .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || a.promptKey.localeCompare(b.promptKey))
    .slice(0, MAX_QUOTES)
    .map((c) => {
      const person = byId.get(c.participantId)!;
      return withNames ? { text: c.text.trim(), level: person.level, name: person.name } : { text: c.text.trim(), level: person.level };
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

/** One line per direct report: did they check in this week, their ratings, what is coming for them. */
function peopleOf(people: Participant[], weekCheckIns: DigestCheckIn[], upcoming: UpcomingWithMembers[]): DigestPerson[] {
  return [...people].sort(byName).map((p) => {
    const own = weekCheckIns
      .filter((c) => c.participantId === p.id)
      .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
    return {
      participantId: p.id,
      name: p.name,
      level: p.level,
      checkedIn: own.length > 0,
      ratings: own.map((c) => c.rating),
      upcoming: upcoming
        .filter((u) => u.members.has(p.id))
        .map((u) => ({ sessionId: u.sessionId, start: u.start, absent: u.absences.some((a) => a.participantId === p.id) })),
    };
  });
}
