/**
 * Splits a large round into blocks that are matched one by one. The blossom algorithm takes cubic
 * time: one matching over 10,000 leaders takes tens of seconds even on a sparse graph, and one
 * over 1,000 about six, while 125 blocks of 80 take about half a second together (see the pairing
 * benchmark). A programme of up to WHOLE_ROUND_LIMIT leaders is matched whole. Blocks are
 * dealt like cards, area by area and level by level, so each block is a small copy of the whole
 * programme's mix and the optimum inside a block is close to the optimum over everyone; the seed
 * deals differently each round, so over the rounds everyone can meet everyone.
 */
import type { PairingLeader } from './pairing-model';
import type { SeededRandom } from './seeded-random';
import { compareIds } from './compare-ids';

/** Up to this many leaders are matched in one piece (about 40 ms for 200 on one core). */
export const WHOLE_ROUND_LIMIT = 250;
/** Leaders matched together at most in a larger round. */
export const DEFAULT_BLOCK_SIZE = 80;

/** The block size for a round of `count` leaders when the request names none. */
export function defaultBlockSize(count: number): number {
  return count <= WHOLE_ROUND_LIMIT ? WHOLE_ROUND_LIMIT : DEFAULT_BLOCK_SIZE;
}

/**
 * Deals `leaders` into blocks of at most `blockSize` (an even number), of nearly equal size and
 * all of even size except at most one (so a round has at most one trio unless rules force more).
 */
export function dealBlocks<T extends Pick<PairingLeader, 'id' | 'area' | 'level'>>(
  leaders: readonly T[],
  blockSize: number,
  random: SeededRandom,
): T[][] {
  if (leaders.length <= blockSize) return [random.shuffle(leaders)];
  const sizes = blockSizes(leaders.length, Math.ceil(leaders.length / blockSize));
  const blocks: T[][] = sizes.map(() => []);
  // Each block's seats are spread evenly over the deal (seat j of a block of s at (j + ½) / s),
  // so every stretch of the stratified order, and so every area and level, is shared out in
  // proportion to the blocks' sizes.
  const seats = sizes
    .flatMap((size, block) => Array.from({ length: size }, (_, j) => ({ block, at: (j + 0.5) / size })))
    .sort((x, y) => x.at - y.at || x.block - y.block);
  stratifiedOrder(leaders, random).forEach((leader, k) => blocks[seats[k].block].push(leader));
  return blocks.map((block) => random.shuffle(block));
}

/** Nearly equal sizes; odd sizes are evened out in twos (one up, one down). */
function blockSizes(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const sizes = Array.from({ length: count }, (_, i) => base + (i < total % count ? 1 : 0));
  const odd = sizes.map((size, i) => (size % 2 === 1 ? i : -1)).filter((i) => i >= 0);
  // All odd sizes are equal and below the (even) block size, so one up stays within it.
  for (let k = 0; k + 1 < odd.length; k += 2) {
    sizes[odd[k]] += 1;
    sizes[odd[k + 1]] -= 1;
  }
  return sizes;
}

/** Leaders grouped by area and level, groups and members in seeded order. */
function stratifiedOrder<T extends Pick<PairingLeader, 'id' | 'area' | 'level'>>(leaders: readonly T[], random: SeededRandom): T[] {
  const strata = new Map<string, T[]>();
  for (const leader of leaders) {
    const key = `${leader.area}\u0000${leader.level}`;
    const stratum = strata.get(key);
    if (stratum) stratum.push(leader);
    else strata.set(key, [leader]);
  }
  const keys = random.shuffle([...strata.keys()].sort(compareIds));
  return keys.flatMap((key) => random.shuffle(strata.get(key) ?? []));
}
