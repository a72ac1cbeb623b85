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

export interface DigestInput {
  programme: Programme;
  checkIns: DigestCheckIn[];
  prompts: DigestPrompt[];
  absences: DigestAbsence[];
  /** Participants the bot can reach: an active personal chat, or in the roster of a team where the app is installed. */
  reachable: ReadonlySet<string>;
  paused: ReadonlySet<string>;
  /** ISO week in the programme's time zone, e.g. "2027-W10" (Monday 00:00 to next Monday 00:00 local). */
  week: string;
  /** Whose digest: the whole programme (optionally one level) or one manager's people. */
  scope: DigestScope;
  privacy: { showNamesInQuotes: boolean; showNonResponderNames: boolean };
  /** Follow-ups of rounds of sparring partners (none when there were no rounds). */
  meetingFollowUps?: DigestMeetingFollowUp[];
  /** A level's meeting rate is shown only when at least this many answered (config digest.minimumGroupSize). */
  minimumGroupSize?: number;
  /** Upcoming sessions are those starting in [now, now + 14 days). */
  now: Date;
}

export interface LevelFigures {
  level: Level;
  /** Active participants of this level in scope. */
  participants: number;
  promptsSent: number;
  /** Prompts sent in the week that have been answered by now. */
  responses: number;
  /** responses / promptsSent as a fraction from 0 to 1 (not rounded); null when no prompt was sent. */
  responseRate: number | null;
  previousResponseRate: number | null;
  /** Mean rating (1–5) of the week's check-ins, rounded to 1 decimal; null when there were none. */
  averageRating: number | null;
  previousAverageRating: number | null;
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
  level: Level;
  name?: string;
}

export interface DigestPerson {
  participantId: string;
  name: string;
  level: Level;
  checkedIn: boolean;
  ratings: number[];
  upcoming: { sessionId: string; start: string; absent: boolean }[];
}

export interface Digest {
  week: string;
  previousWeek: string;
  /** The week's bounds as ISO instants with the programme zone's offset. */
  from: string;
  to: string;
  scope: DigestScope;
  /** The levels in scope, 1..3, even a level with no participants (figures null/0). */
  levels: LevelFigures[];
  /** Check-ins submitted in the week (by submittedAt) with a text, also one erased since. */
  reflections: number;
  previousReflections: number;
  upcoming: UpcomingSession[];
  /** Active, in scope, no active personal conversation. */
  notReached: NamedParticipant[];
  paused: NamedParticipant[];
  /** Got a prompt this week and have not answered it yet; empty unless privacy.showNonResponderNames. */
  nonResponders: NamedParticipant[];
  /** At most 5, newest first; name only when privacy.showNamesInQuotes. */
  quotes: DigestQuote[];
  /** Manager scope only: the manager's direct reports. Empty for programme scope. */
  people: DigestPerson[];
  /**
   * Whether sparring partners met, per level, for the latest round whose follow-ups went out by the
   * end of the week; undefined before the first such round.
   */
  meetings?: { roundDate: string; minimumGroupSize: number; levels: LevelMeetingRate[] };
}
