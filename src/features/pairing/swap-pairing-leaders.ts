/**
 * HR swaps two leaders of a previewed round by hand. The round is checked again, so a swap that
 * makes a repeat or pairs someone with their own manager shows up in the preview's issues.
 */
import { applySwaps } from '../../domain/pairing/apply-swaps';
import { reportQuality } from '../../domain/pairing/quality-report';
import { findLeader, pairingRoundOf, readPairingState, surroundingsOf, type PairingDeps } from './pairing-surroundings';
import type { PairingPreview } from './preview-pairing-round';
import { CodedError } from '../../domain/errors';

export interface SwapOptions {
  roundId: string;
  /** The preview's version the swap was made on: an edit of an older preview is refused. */
  version: number;
  /** The two leaders: ids, e-mails or names. */
  a: string;
  b: string;
  now: Date;
}

/** Swaps and saves; throws a CodedError (nothing saved) for an unknown leader, one not in the round, or a preview changed meanwhile. */
export async function swapPairingLeaders(deps: PairingDeps, options: SwapOptions): Promise<PairingPreview> {
  const record = await deps.store.findPairingRound(options.roundId);
  if (!record) throw new CodedError('PAIRING_ROUND_NOT_FOUND', `There is no round of sparring partners with id '${options.roundId}'.`);
  // An edit made on an older card is refused before anything else is looked at (the store checks it again when saving).
  if (record.status !== 'preview' || record.version !== options.version) {
    throw new CodedError(
      record.status === 'preview' ? 'PAIRING_ROUND_CHANGED' : 'PAIRING_ROUND_CLOSED',
      `The round ${record.id} is ${record.status === 'preview' ? `at version ${record.version}, this swap was made on version ${options.version}` : record.status}; nothing was changed.`,
    );
  }
  const state = await readPairingState(deps);
  const a = findLeader(state.programme, options.a);
  const b = findLeader(state.programme, options.b);
  const surroundings = await surroundingsOf(deps.store, state, record);
  const round = applySwaps(pairingRoundOf(record), [{ a: a.id, b: b.id }], surroundings);
  const saved = await deps.store.savePairingPreview(
    { ...record, groups: round.groups.map((g) => [...g]), excluded: [...round.excluded], updatedAt: options.now.toISOString() },
    options.now,
    options.version,
  );
  return { record: saved, round, report: reportQuality(round, surroundings) };
}
