/**
 * The pairing's view of the programme's participants: area, level, manager and whether they are
 * still in the programme, plus each leader's own choice about sparring partners.
 */
import type { Participant } from '../programme/model';
import type { PairingLeader } from './pairing-model';

/** A leader's own answers about sparring partners (kept per participant). */
export interface PairingPreference {
  /** "Yes, pair me" or "no thanks"; undefined until the leader answers. */
  readonly choice?: 'in' | 'out';
  /** Last day of a pause (YYYY-MM-DD in the programme's time zone), inclusive. */
  readonly pausedUntil?: string;
}

/** Every participant as a PairingLeader, with their preference where they have one. */
export function pairingLeadersOf(
  participants: readonly Participant[],
  preferences: ReadonlyMap<string, PairingPreference> = new Map(),
): PairingLeader[] {
  return participants.map((p) => {
    const preference = preferences.get(p.id);
    return {
      id: p.id,
      area: p.area,
      level: p.level,
      managerId: p.managerId,
      active: p.active,
      choice: preference?.choice,
      pausedUntil: preference?.pausedUntil,
    };
  });
}
