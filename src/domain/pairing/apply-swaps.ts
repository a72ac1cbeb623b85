/**
 * HR's hand edits of a previewed round: two leaders change places. The result is checked again
 * like a fresh round, so a swap that makes a repeat or pairs someone with their own manager is
 * reported in the round's issues, never silently accepted.
 */
import { CodedError } from '../errors';
import { recheckRound } from './check-round';
import type { PairingRound, RoundSurroundings } from './pairing-model';
import { compareIds } from './compare-ids';

/** Leaders `a` and `b` change places: each goes into the other's group. */
export interface Swap {
  readonly a: string;
  readonly b: string;
}

/**
 * The round after the swaps, in order, checked again (see recheckRound). Throws a CodedError
 * (PAIRING_SWAP_INVALID) naming the swap when a leader is in no group or both are in the same one;
 * then nothing is changed.
 */
export function applySwaps(round: PairingRound, swaps: readonly Swap[], surroundings: RoundSurroundings): PairingRound {
  const groups = round.groups.map((g) => [...g]);
  swaps.forEach((swap, index) => {
    const fail = (message: string): never => {
      throw new CodedError('PAIRING_SWAP_INVALID', `Swap ${index + 1} (${swap.a} ↔ ${swap.b}): ${message}`);
    };
    const groupA = groups.find((g) => g.includes(swap.a)) ?? fail(`'${swap.a}' is in no group of this round`);
    const groupB = groups.find((g) => g.includes(swap.b)) ?? fail(`'${swap.b}' is in no group of this round`);
    if (groupA === groupB) fail('the two are already in the same group');
    groupA[groupA.indexOf(swap.a)] = swap.b;
    groupB[groupB.indexOf(swap.b)] = swap.a;
  });
  const sorted = groups.map((g) => g.sort(compareIds)).sort((a, b) => compareIds(a[0], b[0]));
  return recheckRound({ ...round, groups: sorted }, surroundings);
}
