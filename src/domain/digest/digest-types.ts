/**
 * The shapes of the weekly digest: what buildDigest takes and what it returns. Kept apart from
 * the computation so the card, the text rendering and the CLI can read the contract in one place.
 * The input types are structural (the store's CheckIn, Absence and sent outbox items fit them), so
 * the domain does not depend on the store.
 */
import type { LevelMeetingRate, MeetingAnswer } from '../pairing/meeting-rates';
import type { Level, Programme } from '../programme/model';

/** A check-in as the digest needs it (structurally the store's CheckIn). */
export interface DigestCheckIn {
  promptKey: string;
  participantId: string;
  sessionId: string;
  rating: number;
  text: string;
  mayShare: boolean;
  /** The leader let their manager see this rating with their name. */
  shareRatingWithManager?: boolean;
  /** Set when the text was erased (by the leader or the retention rule): it still counted as a reflection. */
  textErasedAt?: string;
  submittedAt: string;
  updatedAt: string;
}

/** A reflection prompt that was actually sent (from the outbox: status sent, with its sentAt). */
export interface DigestPrompt {
  key: string;
  participantId: string;
  sessionId: string;
  sentAt: string;
}

/** A registered absence ("I can't come"). */
export interface DigestAbsence {
  sessionId: string;
  participantId: string;
  reason?: string;
}

/** A follow-up card of a round of sparring partners that was sent ("did you meet?"), with the answer if there is one. */
export interface DigestMeetingFollowUp {
  roundId: string;
  /** The round's day (YYYY-MM-DD). */
  roundDate: string;
  participantId: string;
  sentAt: string;
  answer?: MeetingAnswer;
}

export type DigestScope = { kind: 'programme'; level?: Level } | { kind: 'manager'; managerId: string };

/** What the reader may see beyond figures; every other privacy decision is the small-group rule (small-groups.ts). */
export interface DigestPrivacy {
  /** A figure needs at least this many leaders behind it (config `digest.minimumGroupSize`). */
  minimumGroupSize: number;
  showNamesInQuotes: boolean;
  /** Owners only, when the programme switched it on (config `digest.showNonResponderNamesToOwners`). */
  showNonResponderNames: boolean;
}

export interface DigestInput {
  programme: Programme;
  checkIns: DigestCheckIn[];
  prompts: DigestPrompt[];
  absences: DigestAbsence[];
  /**
   * Reflection prompts held back because the leader had said they could not come (the outbox
   * records them skipped, reason `absent`), with the time they were due as `sentAt`: in that
   * week the leader was absent, not silent. None when left out.
   */
  absentPrompts?: DigestPrompt[];
  /** Participants the bot can reach: an active personal chat, or in the roster of a team where the app is installed. */
  reachable: ReadonlySet<string>;
  paused: ReadonlySet<string>;
  /** ISO week in the programme's time zone, e.g. "2027-W10" (Monday 00:00 to next Monday 00:00 local). */
  week: string;
  /** Whose digest: the whole programme (optionally one level) or one manager's people. */
  scope: DigestScope;
  privacy: DigestPrivacy;
  /** Follow-ups of rounds of sparring partners (none when there were no rounds). */
  meetingFollowUps?: DigestMeetingFollowUp[];
  /** Upcoming sessions are those starting in [now, now + 14 days). */
  now: Date;
}

/**
 * One figure: `none` when there is nothing to report (no prompt went out, no rating came in),
 * `withheld` when too few leaders are behind it to show it, else its value and how many leaders
 * it is computed from.
 */
export type Figure = { status: 'none' } | { status: 'withheld' } | { status: 'shown'; value: number; leaders: number };

export interface WeekFigures {
  /** Prompts sent in the week that have been answered by now, as a fraction from 0 to 1 (not rounded). */
  responseRate: Figure;
  /** Mean rating (1–5) of the check-ins submitted in the week, rounded to 1 decimal. */
  averageRating: Figure;
}

/** The figures of one group of leaders: a level, levels merged because one was too small, or a manager's people. */
export interface FigureGroup {
  levels: Level[];
  /** Active participants in the group. */
  participants: number;
  current: WeekFigures;
  previous: WeekFigures;
  /** Only when both weeks' averages are shown. */
  ratingTrend: 'up' | 'down' | 'flat' | 'none';
}

export interface NamedParticipant {
  participantId: string;
  name: string;
}

export interface UpcomingSession {
  sessionId: string;
  moduleId: string;
  start: string;
  /** In-scope audience members, absent ones included. */
  expected: number;
  absences: { participantId: string; name: string; reason?: string }[];
}

export interface DigestQuote {
  text: string;
  /** The levels of the group the writer belongs to (owners' digests); none in a manager's digest, where a level could point to one person. */
  levels?: Level[];
  name?: string;
}

/** A manager's direct report: what is coming for them, and the ratings they chose to share with their manager. */
export interface DigestPerson {
  participantId: string;
  name: string;
  level: Level;
  /** Set when the leader's reflection prompt due this week was held back because they were absent (the manager is told of absences anyway). */
  absent?: true;
  /** Ratings of the week's check-ins whose writer ticked "my manager may see my rating with my name". */
  sharedRatings: number[];
  upcoming: { sessionId: string; start: string; absent: boolean }[];
}

export interface Digest {
  week: string;
  previousWeek: string;
  /** The week's bounds as ISO instants with the programme zone's offset. */
  from: string;
  to: string;
  scope: DigestScope;
  minimumGroupSize: number;
  /**
   * The figures, one group per level (or merged levels) for the programme, one group for a
   * manager's people. Empty when a manager has fewer people than the minimum group size.
   */
  groups: FigureGroup[];
  /** A manager whose people are fewer than the minimum group size gets no figures at all. */
  groupTooSmall: boolean;
  /** Check-ins submitted in the week (by submittedAt) with a text, also one erased since; null when withheld. */
  reflections: number | null;
  previousReflections: number | null;
  upcoming: UpcomingSession[];
  /** Active, in scope, cannot be reached (owners: named, so HR can reach them another way; managers: none). */
  notReached: NamedParticipant[];
  /** How many in scope cannot be reached; null when withheld (a manager's group below the minimum). */
  notReachedCount: number | null;
  /** How many in scope paused reminders (never named: pausing is the leader's own choice); null when withheld. */
  pausedCount: number | null;
  /** Got a prompt this week and have not answered it yet; empty unless privacy.showNonResponderNames. */
  nonResponders: NamedParticipant[];
  /** At most 5, newest first, no two alike; only from groups whose figures are shown; name only when privacy.showNamesInQuotes. */
  quotes: DigestQuote[];
  /** Manager scope only: the manager's direct reports. Empty for programme scope. */
  people: DigestPerson[];
  /**
   * Whether sparring partners met, per level, for the latest round whose follow-ups went out by the
   * end of the week; undefined before the first such round.
   */
  meetings?: { roundDate: string; minimumGroupSize: number; levels: LevelMeetingRate[] };
}
