/**
 * Who takes part in a round. Leaders who left, are absent, are paused or have not chosen to take
 * part are left out with their reason, so a preview can say why someone is missing.
 */
import { compareIds } from './compare-ids';
import type { Exclusion, ExclusionReason, PairingLeader, RoundContext } from './pairing-model';

export interface TakingPart {
  /** The leaders in this round, sorted by id (so the order they were given in never matters). */
  readonly takingPart: readonly PairingLeader[];
  /** The others with the first reason that applies, sorted by id. */
  readonly excluded: readonly Exclusion[];
}

/** Splits the context's leaders into those who take part in the round and those who do not. */
export function selectTakingPart(context: RoundContext): TakingPart {
  const absent = new Set(context.absentIds ?? []);
  const takingPart: PairingLeader[] = [];
  const excluded: Exclusion[] = [];
  for (const leader of [...context.leaders].sort((a, b) => compareIds(a.id, b.id))) {
    const reason = exclusionReason(leader, context, absent);
    if (reason) excluded.push({ leaderId: leader.id, reason });
    else takingPart.push(leader);
  }
  return { takingPart, excluded };
}

function exclusionReason(leader: PairingLeader, context: RoundContext, absent: ReadonlySet<string>): ExclusionReason | undefined {
  if (!leader.active) return 'left';
  if (absent.has(leader.id)) return 'absent';
  // Both are YYYY-MM-DD on the programme's calendar, so the strings compare as dates.
  if (leader.pausedUntil !== undefined && context.date <= leader.pausedUntil) return 'paused';
  if (leader.choice === 'out') return 'opted-out';
  if (context.settings.participation === 'opt-in' && leader.choice !== 'in') return 'not-opted-in';
  return undefined;
}
