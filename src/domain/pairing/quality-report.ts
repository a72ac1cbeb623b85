/**
 * How good a round is, for HR's preview and the benchmark: how many take part, how many pairs
 * and trios, how many partner ties cross areas and levels (and the most the mix allows), repeats
 * (should be 0), and who is not in a group and why.
 */
import { checkRound, contextOf } from './check-round';
import { EXCLUSION_REASONS, type Exclusion, type ExclusionReason, type PairingLeader, type PairingRound, type RoundSurroundings } from './pairing-model';
import { createPairRules } from './pair-rules';
import { selectTakingPart } from './select-taking-part';

export interface QualityReport {
  /** Leaders who take part in the round. */
  readonly takingPart: number;
  /** Of those, how many are in a group. */
  readonly placed: number;
  readonly pairs: number;
  readonly trios: number;
  /** Partner ties: one per pair, three per trio. The shares below are shares of ties. */
  readonly ties: number;
  readonly crossAreaTies: number;
  readonly crossAreaShare: number;
  readonly crossLevelTies: number;
  readonly crossLevelShare: number;
  /**
   * The highest shares the mix of areas (levels) allows, with at most one trio: when one area
   * holds most leaders, some of them must be paired with each other.
   */
  readonly bestCrossAreaShare: number;
  readonly bestCrossLevelShare: number;
  /** Ties between leaders who were never paired before (in the rounds given). */
  readonly newPartnerTies: number;
  /** Ties between leaders who met within the repeat window (0 unless forced or swapped in). */
  readonly repeats: number;
  /** Ties between a leader and their own manager (0 unless forced or swapped in). */
  readonly ownManagerTies: number;
  /** Leaders not in this round, counted by reason, and each with their reason. */
  readonly notTakingPart: Readonly<Record<ExclusionReason, number>>;
  readonly excluded: readonly Exclusion[];
  /** Leaders who take part but are in no group, and why (`alone`: the only one taking part). */
  readonly unplaced: readonly { readonly leaderId: string; readonly reason: 'alone' | 'left-out' }[];
  /** Every rule the round breaks, checked against the context as it is now. */
  readonly issues: PairingRound['issues'];
}

/** The quality report of `round`, judged against its leaders and history as they are now. */
export function reportQuality(round: PairingRound, surroundings: RoundSurroundings): QualityReport {
  const context = contextOf(round, surroundings);
  const rules = createPairRules(context);
  const { takingPart, excluded } = selectTakingPart(context);
  const issues = checkRound(round.groups, context, rules);
  const leaders = new Map<string, PairingLeader>(context.leaders.map((l) => [l.id, l]));
  let ties = 0;
  let crossAreaTies = 0;
  let crossLevelTies = 0;
  let newPartnerTies = 0;
  for (const group of round.groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = leaders.get(group[i]);
        const b = leaders.get(group[j]);
        if (!a || !b) continue;
        ties += 1;
        if (a.area !== b.area) crossAreaTies += 1;
        if (a.level !== b.level) crossLevelTies += 1;
        if (rules.roundsSinceMet(a.id, b.id) === undefined) newPartnerTies += 1;
      }
    }
  }
  const takingPartIds = new Set(takingPart.map((l) => l.id));
  const placed = new Set(round.groups.flat().filter((id) => takingPartIds.has(id)));
  const notTakingPart = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>;
  for (const e of excluded) notTakingPart[e.reason] += 1;
  const share = (count: number) => (ties === 0 ? 0 : count / ties);
  return {
    takingPart: takingPart.length,
    placed: placed.size,
    pairs: round.groups.filter((g) => g.length === 2).length,
    trios: round.groups.filter((g) => g.length === 3).length,
    ties,
    crossAreaTies,
    crossAreaShare: share(crossAreaTies),
    crossLevelTies,
    crossLevelShare: share(crossLevelTies),
    bestCrossAreaShare: bestMixedShare(takingPart.map((l) => l.area)),
    bestCrossLevelShare: bestMixedShare(takingPart.map((l) => String(l.level))),
    newPartnerTies,
    repeats: issues.filter((i) => i.kind === 'repeat').length,
    ownManagerTies: issues.filter((i) => i.kind === 'own-manager').length,
    notTakingPart,
    excluded,
    unplaced: issues.flatMap((i) => (i.kind === 'unplaced' ? [{ leaderId: i.leaderId, reason: i.reason }] : [])),
    issues,
  };
}

/**
 * The highest share of mixed ties a round of these leaders can have (with at most one trio): every
 * tie can be mixed unless one class holds most leaders. Then each leader outside it mixes at most
 * one tie in a pair, and one of them two in the trio.
 */
function bestMixedShare(classes: readonly string[]): number {
  const n = classes.length;
  if (n < 2) return 0;
  const ties = n % 2 === 0 ? n / 2 : (n - 3) / 2 + 3;
  const counts = new Map<string, number>();
  for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const outside = n - Math.max(...counts.values());
  if (outside === 0) return 0;
  return Math.min(ties, n % 2 === 0 ? outside : outside + 1) / ties;
}
