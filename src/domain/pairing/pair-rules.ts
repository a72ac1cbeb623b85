/**
 * What makes a pair good and what rules one out. One place for both, so the optimiser, the
 * placing of odd leaders, hand swaps and the quality report all judge a pair the same way.
 */
import type { PairingLeader, RoundContext } from './pairing-model';

/** Points for a pair across areas: the programme's horizontal ties. */
export const AREA_POINTS = 4;
/** Points for a pair across levels, in a vertical round only: the programme's vertical ties. */
export const LEVEL_POINTS = 4;
/** Points for two leaders who have never been paired (in the rounds the pairing was given). */
export const NEW_PARTNER_POINTS = 1;
/** The highest score a pair can get. */
export const MAX_PAIR_SCORE = AREA_POINTS + LEVEL_POINTS + NEW_PARTNER_POINTS;

/** Why two leaders should not be paired. */
export type PairBreach = { readonly kind: 'repeat'; readonly roundsAgo: number } | { readonly kind: 'own-manager' };

export interface PairRules {
  /** The rule a pair of the two would break, or undefined when they may be paired. */
  breach(a: PairingLeader, b: PairingLeader): PairBreach | undefined;
  /** How good a pair the two make: 0 to MAX_PAIR_SCORE, higher is better. */
  score(a: PairingLeader, b: PairingLeader): number;
  /** Rounds since the two last met (1 = the previous round), or undefined if never. */
  roundsSinceMet(a: string, b: string): number | undefined;
  /**
   * The pair's score, or undefined when a rule rules it out: breach and score in one look-up,
   * for the optimiser, which weighs every pair in a block.
   */
  weigh(a: PairingLeader, b: PairingLeader): number | undefined;
}

/** The rules for one round: its history, window and vertical setting. */
export function createPairRules(context: Pick<RoundContext, 'history' | 'settings'>): PairRules {
  const lastMet = indexHistory(context.history);
  const { repeatWindow, vertical } = context.settings;
  const roundsSinceMet = (a: string, b: string) => lastMet.get(a)?.get(b);
  const isManager = (a: PairingLeader, b: PairingLeader) => a.managerId === b.id || b.managerId === a.id;
  const points = (a: PairingLeader, b: PairingLeader, roundsAgo: number | undefined) =>
    (a.area !== b.area ? AREA_POINTS : 0) +
    (vertical && a.level !== b.level ? LEVEL_POINTS : 0) +
    (roundsAgo === undefined ? NEW_PARTNER_POINTS : 0);
  return {
    breach(a, b) {
      if (isManager(a, b)) return { kind: 'own-manager' };
      const roundsAgo = roundsSinceMet(a.id, b.id);
      if (roundsAgo !== undefined && roundsAgo <= repeatWindow) return { kind: 'repeat', roundsAgo };
      return undefined;
    },
    score: (a, b) => points(a, b, roundsSinceMet(a.id, b.id)),
    roundsSinceMet,
    weigh(a, b) {
      if (isManager(a, b)) return undefined;
      const roundsAgo = roundsSinceMet(a.id, b.id);
      return roundsAgo !== undefined && roundsAgo <= repeatWindow ? undefined : points(a, b, roundsAgo);
    },
  };
}

/**
 * For each leader, each earlier partner and how many rounds ago they last met. Nested maps keyed
 * by id rather than one map of joined keys: a 10,000-leader round looks up over half a million
 * pairs, and this avoids building a string for each.
 */
function indexHistory(history: RoundContext['history']): Map<string, Map<string, number>> {
  const lastMet = new Map<string, Map<string, number>>();
  const note = (a: string, b: string, roundsAgo: number) => {
    let partners = lastMet.get(a);
    if (!partners) lastMet.set(a, (partners = new Map()));
    // history[0] is the newest round and is read first, so the first note is the latest meeting.
    if (!partners.has(b)) partners.set(b, roundsAgo);
  };
  history.forEach((round, index) => {
    for (const group of round.groups) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          note(group[i], group[j], index + 1);
          note(group[j], group[i], index + 1);
        }
      }
    }
  });
  return lastMet;
}
