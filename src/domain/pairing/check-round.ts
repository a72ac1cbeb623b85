/**
 * Checks a round's groups against the rules: the one judge for a fresh pairing, for a hand swap
 * and for a preview made again before it is sent (someone may have paused since).
 */
import type { PairingLeader, PairingRound, RoundContext, RoundIssue, RoundSurroundings } from './pairing-model';
import { createPairRules, type PairRules } from './pair-rules';
import { selectTakingPart } from './select-taking-part';

/** Every rule the groups break, in group order; empty for a clean round. */
export function checkRound(
  groups: readonly (readonly string[])[],
  context: RoundContext,
  rules: PairRules = createPairRules(context),
): RoundIssue[] {
  const { takingPart, excluded } = selectTakingPart(context);
  const leaders = new Map<string, PairingLeader>(context.leaders.map((l) => [l.id, l]));
  const excludedReason = new Map(excluded.map((e) => [e.leaderId, e.reason]));
  const issues: RoundIssue[] = [];
  const placed = new Set<string>();
  const reportedTwice = new Set<string>();
  for (const group of groups) {
    if (group.length < 2 || group.length > 3) issues.push({ kind: 'group-size', group: [...group] });
    for (const id of group) {
      if (placed.has(id)) {
        if (!reportedTwice.has(id)) issues.push({ kind: 'placed-twice', leaderId: id });
        reportedTwice.add(id);
        continue;
      }
      placed.add(id);
      const reason = excludedReason.get(id);
      if (!leaders.has(id)) issues.push({ kind: 'unknown-leader', leaderId: id });
      else if (reason) issues.push({ kind: 'not-taking-part', leaderId: id, reason });
    }
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = leaders.get(group[i]);
        const b = leaders.get(group[j]);
        if (!a || !b || a.id === b.id) continue;
        const breach = rules.breach(a, b);
        if (breach) issues.push({ ...breach, leaderIds: [a.id, b.id] });
      }
    }
  }
  const missing = takingPart.filter((l) => !placed.has(l.id));
  for (const leader of missing) {
    issues.push({ kind: 'unplaced', leaderId: leader.id, reason: takingPart.length === 1 ? 'alone' : 'left-out' });
  }
  return issues;
}

/**
 * The round with who is excluded and its issues worked out again from the leaders and history as
 * they are now: run it before a previewed round is sent, since someone may have paused or left in
 * between.
 */
export function recheckRound(round: PairingRound, surroundings: RoundSurroundings): PairingRound {
  const context = contextOf(round, surroundings);
  return { ...round, excluded: selectTakingPart(context).excluded, issues: checkRound(round.groups, context) };
}

/** A round's full context: its own settings and day, the leaders and history as given. */
export function contextOf(round: Pick<PairingRound, 'settings' | 'date'>, surroundings: RoundSurroundings): RoundContext {
  return { ...surroundings, settings: round.settings, date: round.date };
}
