/**
 * Pairs the leaders who take part in a round: a maximum-weight matching (Edmonds' blossom
 * algorithm) that rewards pairs across areas, and across levels in a vertical round, never pairs
 * a leader with their own manager or with someone they met within the repeat window, and places
 * an odd one as a third in the best pair. Deterministic: the same request gives the same round.
 */
import { CodedError } from '../errors';
import { checkRound } from './check-round';
import { compareIds } from './compare-ids';
import { dealBlocks, defaultBlockSize } from './deal-blocks';
import { maxWeightMatching, type WeightedEdge } from './max-weight-matching';
import { pairingSettingsSchema, type PairingLeader, type PairingRequest, type PairingRound } from './pairing-model';
import { createPairRules, type PairRules } from './pair-rules';
import { placeLeftovers } from './place-leftovers';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import { selectTakingPart } from './select-taking-part';

/**
 * Tie-breaking noise per pair, 0 to JITTER - 1. Scores are scaled so that all the noise in a
 * block together is worth less than one score point: the seed chooses only among equally good
 * pairings and never trades a pair across areas for luck.
 */
const JITTER = 8;

/** Makes a round. Throws a CodedError (PAIRING_INVALID_REQUEST) for input it cannot use. */
export function pairLeaders(request: PairingRequest): PairingRound {
  const settings = validateRequest(request);
  const context = { ...request, settings };
  const { takingPart, excluded } = selectTakingPart(context);
  const blockSize = request.blockSize ?? defaultBlockSize(takingPart.length);
  const rules = createPairRules(context);
  const random = createSeededRandom(request.seed);
  const pairs: PairingLeader[][] = [];
  const leftovers: PairingLeader[] = [];
  for (const block of dealBlocks(takingPart, blockSize, random)) matchBlock(block, rules, random, pairs, leftovers);
  const groups = placeLeftovers(pairs, leftovers, rules, settings.repeatWindow)
    .map((group) => group.map((l) => l.id).sort(compareIds))
    .sort((a, b) => compareIds(a[0], b[0]));
  return {
    date: request.date,
    seed: request.seed,
    settings,
    groups,
    excluded,
    issues: checkRound(groups, context, rules),
  };
}

/** Matches one block; pairs go to `pairs`, the unmatched to `leftovers`. */
function matchBlock(block: readonly PairingLeader[], rules: PairRules, random: SeededRandom, pairs: PairingLeader[][], leftovers: PairingLeader[]): void {
  const scale = JITTER * (Math.floor(block.length / 2) + 1);
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < block.length; i++) {
    for (let j = i + 1; j < block.length; j++) {
      const score = rules.weigh(block[i], block[j]);
      // A ruled-out pair gets no edge at all: the matching cannot choose it.
      if (score !== undefined) edges.push([i, j, score * scale + random.int(0, JITTER - 1)]);
    }
  }
  const mate = maxWeightMatching(block.length, edges);
  mate.forEach((partner, i) => {
    if (partner === -1) leftovers.push(block[i]);
    else if (i < partner) pairs.push([block[i], block[partner]]);
  });
}

function validateRequest(request: PairingRequest): PairingRequest['settings'] {
  const fail = (message: string): never => {
    throw new CodedError('PAIRING_INVALID_REQUEST', `Sparring partners: ${message}`);
  };
  if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > 0xffffffff)
    fail(`the seed must be a whole number from 0 to 4294967295, got ${request.seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date)) fail(`the round's date must be YYYY-MM-DD, got '${request.date}'`);
  const { blockSize } = request;
  if (blockSize !== undefined && (!Number.isInteger(blockSize) || blockSize < 4 || blockSize % 2 !== 0))
    fail(`the block size must be an even whole number of at least 4, got ${blockSize}`);
  const seen = new Set<string>();
  for (const leader of request.leaders) {
    if (seen.has(leader.id)) fail(`leader '${leader.id}' is listed twice`);
    seen.add(leader.id);
    if (leader.pausedUntil !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(leader.pausedUntil))
      fail(`leader '${leader.id}': the pause's last day must be YYYY-MM-DD, got '${leader.pausedUntil}'`);
  }
  const parsed = pairingSettingsSchema.safeParse(request.settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`setting '${issue.path.join('.') || '(settings)'}': ${issue.message}`);
  }
  return parsed.data;
}
