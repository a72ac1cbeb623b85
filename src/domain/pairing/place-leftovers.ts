/**
 * Places the leaders the matching left over, so nobody who takes part is left out: the odd one
 * of an odd number, and in a small or exhausted programme those whose every possible partner is
 * ruled out. First by the rules (joining the best pair as a third), and only when that is
 * impossible by the least bad choice, which the round then reports as an issue.
 */
import type { PairingLeader } from './pairing-model';
import { MAX_PAIR_SCORE, type PairRules } from './pair-rules';
import { maxWeightMatching, type WeightedEdge } from './max-weight-matching';

type Group = PairingLeader[];

/**
 * Adds `leftovers` to `groups` (pairs from the matching, changed in place) and returns the groups.
 * `repeatWindow` grades repeats: a pair that met long ago is less bad than last round's.
 */
export function placeLeftovers(groups: Group[], leftovers: readonly PairingLeader[], rules: PairRules, repeatWindow: number): Group[] {
  const badness = (a: PairingLeader, b: PairingLeader) => pairBadness(rules, a, b, repeatWindow);
  // 1. Each joins the best pair it may join without breaking a rule, if need be after taking
  //    someone's place in a pair (who then joins another pair).
  const unplaced: PairingLeader[] = [];
  for (const leader of leftovers) {
    if (!joinCleanly(leader, groups, rules, badness) && !exchangeCleanly(leader, groups, rules, badness)) unplaced.push(leader);
  }
  // 2. Those still without a group are paired among themselves, least bad first.
  const rest = pairLeastBad(unplaced, rules, badness);
  groups.push(...rest.pairs);
  // 3. An odd one out joins (or splits) the group where it breaks the fewest rules.
  if (rest.single) placeSingle(rest.single, groups, rules, badness);
  return groups;
}

type Badness = (a: PairingLeader, b: PairingLeader) => number;

/** The best pair `leader` can join as a third without breaking a rule, or undefined. */
function bestCleanPair(leader: PairingLeader, groups: readonly Group[], rules: PairRules, badness: Badness, skip?: Group): Group | undefined {
  let best: Group | undefined;
  let bestScore = -1;
  for (const group of groups) {
    if (group === skip || group.length !== 2 || badness(leader, group[0]) + badness(leader, group[1]) > 0) continue;
    const score = rules.score(leader, group[0]) + rules.score(leader, group[1]);
    if (score > bestScore) [best, bestScore] = [group, score];
  }
  return best;
}

function joinCleanly(leader: PairingLeader, groups: Group[], rules: PairRules, badness: Badness): boolean {
  const pair = bestCleanPair(leader, groups, rules, badness);
  pair?.push(leader);
  return pair !== undefined;
}

/**
 * The matching chooses the odd one out without knowing who can still join a pair: a leader who
 * cannot join any pair may instead take the place of x in a pair x–y (when y is an allowed
 * partner), and x joins another pair. One exchange, the first that works in the seeded order.
 */
function exchangeCleanly(leader: PairingLeader, groups: Group[], rules: PairRules, badness: Badness): boolean {
  for (const group of groups) {
    if (group.length !== 2) continue;
    for (const [x, y] of [[group[0], group[1]], [group[1], group[0]]]) {
      if (badness(leader, y) > 0) continue;
      const other = bestCleanPair(x, groups, rules, badness, group);
      if (!other) continue;
      group.splice(0, 2, y, leader);
      other.push(x);
      return true;
    }
  }
  return false;
}

/** 0 for a pair that breaks no rule; otherwise higher the worse (own manager worst of all). */
function pairBadness(rules: PairRules, a: PairingLeader, b: PairingLeader, repeatWindow: number): number {
  const breach = rules.breach(a, b);
  if (!breach) return 0;
  return breach.kind === 'repeat' ? repeatWindow - breach.roundsAgo + 1 : repeatWindow + 2;
}

/** A maximum matching of `leaders` with the least total badness, then the best score. */
function pairLeastBad(
  leaders: readonly PairingLeader[],
  rules: PairRules,
  badness: Badness,
): { pairs: Group[]; single?: PairingLeader } {
  if (leaders.length < 2) return { pairs: [], single: leaders[0] };
  const costs = leaders.map((a, i) => leaders.map((b, j) => (i === j ? 0 : badness(a, b))));
  // A loop, not Math.max(...): a large exhausted round would pass too many arguments.
  const worst = costs.reduce((most, row) => row.reduce((m, cost) => Math.max(m, cost), most), 0) + 1;
  // Every maximum matching here has the same number of pairs, so the most weight is the least
  // badness; the score only decides between equally bad choices.
  const scale = (MAX_PAIR_SCORE + 1) * (Math.floor(leaders.length / 2) + 1);
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < leaders.length; i++) {
    for (let j = i + 1; j < leaders.length; j++) {
      edges.push([i, j, (worst - costs[i][j]) * scale + rules.score(leaders[i], leaders[j])]);
    }
  }
  const mate = maxWeightMatching(leaders.length, edges);
  const pairs: Group[] = [];
  let single: PairingLeader | undefined;
  mate.forEach((partner, i) => {
    if (partner === -1) single = leaders[i];
    else if (i < partner) pairs.push([leaders[i], leaders[partner]]);
  });
  return { pairs, single };
}

/**
 * The last one out joins a pair, or when every group is already three, splits a trio into two
 * pairs with them; whichever breaks the fewest rules, then scores best. Alone when there is no
 * group at all (only one leader takes part).
 */
function placeSingle(
  leader: PairingLeader,
  groups: Group[],
  rules: PairRules,
  badness: Badness,
): void {
  const options: { bad: number; score: number; apply: () => void }[] = [];
  const pairsExist = groups.some((g) => g.length === 2);
  groups.forEach((group, index) => {
    if (group.length === 2) {
      const [a, b] = group;
      options.push({
        bad: badness(leader, a) + badness(leader, b),
        score: rules.score(leader, a) + rules.score(leader, b),
        apply: () => group.push(leader),
      });
    } else if (group.length === 3 && !pairsExist) {
      for (let k = 0; k < 3; k++) {
        const partner = group[k];
        const [x, y] = group.filter((_, i) => i !== k);
        options.push({
          bad: badness(leader, partner) + badness(x, y),
          score: rules.score(leader, partner) + rules.score(x, y),
          apply: () => groups.splice(index, 1, [x, y], [partner, leader]),
        });
      }
    }
  });
  // The first of equally good options wins, so the result follows the (seeded) group order.
  const best = options.reduce<(typeof options)[number] | undefined>(
    (found, option) => (!found || option.bad < found.bad || (option.bad === found.bad && option.score > found.score) ? option : found),
    undefined,
  );
  best?.apply();
}
