/**
 * Sparring partners: the shapes the pairing works on. A round is one pairing of everyone who
 * takes part into groups of two (three where the numbers are odd). The pairing is pure: the
 * leaders, the earlier rounds, HR's settings, the round's day and a seed go in; the same input
 * always gives the same round.
 */
import { z } from 'zod';
import type { Level } from '../programme/model';

export const PARTICIPATION_MODES = ['opt-in', 'opt-out'] as const;

/** HR's settings for a programme's rounds (validated where they enter: config, card, CLI). */
export const pairingSettingsSchema = z
  .object({
    /** opt-in: only leaders who said yes take part; opt-out: everyone who has not said no. */
    participation: z.enum(PARTICIPATION_MODES).default('opt-out'),
    /** A "vertical" round: pairs across levels are rewarded as well as pairs across areas. */
    vertical: z.boolean().default(false),
    /** Two leaders who met in any of the last `repeatWindow` rounds are not paired again. */
    repeatWindow: z.number().int().min(0).max(1000).default(12),
  })
  .strict();
export type PairingSettings = z.infer<typeof pairingSettingsSchema>;

/** One leader as the pairing sees them (built from the participant and their own choices). */
export interface PairingLeader {
  readonly id: string;
  /** Organisational area ("område"); pairs across areas are rewarded. */
  readonly area: string;
  readonly level: Level;
  /** The leader's own manager; a leader is never paired with their own manager. */
  readonly managerId?: string;
  /** False once the leader has left the programme (the participant is deactivated). */
  readonly active: boolean;
  /** The leader's answer to "do you want a sparring partner?"; undefined if never answered. */
  readonly choice?: 'in' | 'out';
  /** Last day of the leader's pause (YYYY-MM-DD in the programme's time zone), inclusive. */
  readonly pausedUntil?: string;
}

/** An earlier round: only who was with whom matters for the pairing. */
export interface PastRound {
  readonly groups: readonly (readonly string[])[];
}

/** Everything a round is checked against: who exists, who met whom, HR's settings, the day. */
export interface RoundContext {
  readonly leaders: readonly PairingLeader[];
  /** Earlier rounds, newest first: `history[0]` is the previous round. */
  readonly history: readonly PastRound[];
  readonly settings: PairingSettings;
  /** The round's day (YYYY-MM-DD in the programme's time zone); pauses are compared with it. */
  readonly date: string;
  /** Leaders absent for this round (on leave, say); they are left out and reported. */
  readonly absentIds?: readonly string[];
}

/** The context of a round that already exists: its own settings and day come from the round. */
export type RoundSurroundings = Omit<RoundContext, 'settings' | 'date'>;

export interface PairingRequest extends RoundContext {
  /**
   * Breaks ties between equally good pairings (a 32-bit integer). Store it with the round: the
   * same request and seed give the same round, so a preview can be made again exactly.
   */
  readonly seed: number;
  /**
   * Most leaders matched together in one block, an even number (by default the whole round up to
   * WHOLE_ROUND_LIMIT leaders, blocks of DEFAULT_BLOCK_SIZE above). Larger blocks give the
   * optimiser more choice and cost cubic time; see deal-blocks.ts.
   */
  readonly blockSize?: number;
}

/** Why a leader does not take part in a round. */
export const EXCLUSION_REASONS = ['left', 'absent', 'paused', 'opted-out', 'not-opted-in'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface Exclusion {
  readonly leaderId: string;
  readonly reason: ExclusionReason;
}

/**
 * A rule a round breaks. The pairing only produces these when nothing else was possible (a
 * small programme whose leaders have all met recently, say); a hand swap can produce any of them.
 * They are reported, never silently accepted.
 */
export type RoundIssue =
  /** The two met `roundsAgo` rounds ago (1 = the previous round), inside the repeat window. */
  | { readonly kind: 'repeat'; readonly leaderIds: readonly [string, string]; readonly roundsAgo: number }
  /** One of the two is the other's manager. */
  | { readonly kind: 'own-manager'; readonly leaderIds: readonly [string, string] }
  /** A group that is not two or three leaders. */
  | { readonly kind: 'group-size'; readonly group: readonly string[] }
  /** A leader who is in more than one group. */
  | { readonly kind: 'placed-twice'; readonly leaderId: string }
  /** A leader in a group who does not take part in this round. */
  | { readonly kind: 'not-taking-part'; readonly leaderId: string; readonly reason: ExclusionReason }
  /** An id in a group that is no leader of the programme. */
  | { readonly kind: 'unknown-leader'; readonly leaderId: string }
  /**
   * A leader who takes part but is in no group: `alone` when they are the only one taking part
   * (nobody to pair with), `left-out` otherwise (only possible after an edit by hand).
   */
  | { readonly kind: 'unplaced'; readonly leaderId: string; readonly reason: 'alone' | 'left-out' };

/** One round of sparring partners, as previewed, edited by hand and finally sent. */
export interface PairingRound {
  readonly date: string;
  readonly seed: number;
  readonly settings: PairingSettings;
  /** Groups of two or three leader ids; each group sorted by id, groups sorted by first id. */
  readonly groups: readonly (readonly string[])[];
  /** Who does not take part in this round and why. */
  readonly excluded: readonly Exclusion[];
  /** Rules this round breaks (empty for a clean round). */
  readonly issues: readonly RoundIssue[];
}
