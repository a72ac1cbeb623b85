/**
 * The sparring-partner operations as pure functions of the store data: the lowdb store applies
 * them to its document; a database store implements the same operations as statements, each in
 * one transaction (sending a round changes the round and the outbox together).
 */
import { CodedError } from '../domain/errors';
import { enqueue, type NewDelivery } from './outbox-changes';
import type { AuditEntry, MeetingAnswerRecord, PairingPreferenceRecord, PairingRoundRecord, StoreData } from './store-schema';

/** A change to a leader's preference; `pausedUntil: null` ends a pause. Fields left out stay as they are. */
export interface PairingPreferenceChange {
  choice?: 'in' | 'out';
  pausedUntil?: string | null;
}

/** A round to save as a preview: new (no `expectedVersion`) or an edit of the preview at `expectedVersion`. */
export type PairingPreviewInput = Omit<PairingRoundRecord, 'status' | 'version' | 'sentAt' | 'sentBy'>;

export function setPairingPreference(
  data: StoreData,
  participantId: string,
  change: PairingPreferenceChange,
  at: Date,
): { data: StoreData; result: PairingPreferenceRecord } {
  const existing = data.pairingPreferences.find((p) => p.participantId === participantId);
  const choice = change.choice ?? existing?.choice;
  const pausedUntil = change.pausedUntil === null ? undefined : (change.pausedUntil ?? existing?.pausedUntil);
  const saved: PairingPreferenceRecord = {
    participantId,
    ...(choice ? { choice } : {}),
    ...(pausedUntil ? { pausedUntil } : {}),
    updatedAt: at.toISOString(),
  };
  const others = data.pairingPreferences.filter((p) => p !== existing);
  return { data: { ...data, pairingPreferences: [...others, saved] }, result: saved };
}

/** The round `id` as a preview at `expectedVersion`, or a clear error saying why it cannot be changed. */
function openPreview(data: StoreData, id: string, expectedVersion: number): PairingRoundRecord {
  const round = data.pairingRounds.find((r) => r.id === id);
  if (!round) throw new CodedError('PAIRING_ROUND_NOT_FOUND', `There is no round of sparring partners with id '${id}'.`);
  if (round.status !== 'preview') {
    throw new CodedError('PAIRING_ROUND_CLOSED', `The round ${id} was already ${round.status === 'sent' ? 'sent' : 'cancelled'}; nothing was changed. Make a new preview.`);
  }
  if (round.version !== expectedVersion) {
    throw new CodedError(
      'PAIRING_ROUND_CHANGED',
      `The preview of round ${id} was changed meanwhile (it is at version ${round.version}, this edit was made on version ${expectedVersion}). Nothing was saved; open the latest preview and try again.`,
    );
  }
  return round;
}

/**
 * Saves a preview. A new one (no `expectedVersion`) starts at version 1 and cancels any other
 * open preview, so there is one round to send at a time; an edit needs the version it was made
 * on and moves the version on by one.
 */
export function savePairingPreview(
  data: StoreData,
  input: PairingPreviewInput,
  at: Date,
  expectedVersion?: number,
): { data: StoreData; result: PairingRoundRecord } {
  const now = at.toISOString();
  if (expectedVersion !== undefined) {
    const current = openPreview(data, input.id, expectedVersion);
    const saved: PairingRoundRecord = { ...current, ...input, status: 'preview', version: current.version + 1, createdAt: current.createdAt, updatedAt: now };
    return { data: { ...data, pairingRounds: data.pairingRounds.map((r) => (r === current ? saved : r)) }, result: saved };
  }
  if (data.pairingRounds.some((r) => r.id === input.id)) {
    throw new CodedError('PAIRING_ROUND_EXISTS', `A round with id '${input.id}' exists already; nothing was saved.`);
  }
  const saved: PairingRoundRecord = { ...input, status: 'preview', version: 1, updatedAt: now };
  const others = data.pairingRounds.map((r) => (r.status === 'preview' ? { ...r, status: 'cancelled' as const, version: r.version + 1, updatedAt: now } : r));
  return { data: { ...data, pairingRounds: [...others, saved] }, result: saved };
}

/**
 * Sends the preview at `expectedVersion`: marks it sent, puts its deliveries in the outbox (keys
 * already there are left alone) and records the audit entry, all in one change.
 */
export function sendPairingRound(
  data: StoreData,
  id: string,
  expectedVersion: number,
  send: { deliveries: NewDelivery[]; by: string; audit: AuditEntry },
  at: Date,
): { data: StoreData; result: { round: PairingRoundRecord; queued: number } } {
  const current = openPreview(data, id, expectedVersion);
  const now = at.toISOString();
  const round: PairingRoundRecord = { ...current, status: 'sent', version: current.version + 1, sentBy: send.by, sentAt: now, updatedAt: now };
  const withRound = { ...data, pairingRounds: data.pairingRounds.map((r) => (r === current ? round : r)) };
  const { data: queuedData, added } = enqueue(withRound, send.deliveries, at);
  return { data: { ...queuedData, auditLog: [...queuedData.auditLog, send.audit] }, result: { round, queued: added } };
}

export function cancelPairingRound(data: StoreData, id: string, expectedVersion: number, at: Date): { data: StoreData; result: PairingRoundRecord } {
  const current = openPreview(data, id, expectedVersion);
  const round: PairingRoundRecord = { ...current, status: 'cancelled', version: current.version + 1, updatedAt: at.toISOString() };
  return { data: { ...data, pairingRounds: data.pairingRounds.map((r) => (r === current ? round : r)) }, result: round };
}

/** Stores an answer to a round's follow-up; a second answer from the same leader replaces the first. */
export function saveMeetingAnswer(data: StoreData, answer: MeetingAnswerRecord): { data: StoreData; result: { created: boolean } } {
  const existing = data.meetingAnswers.find((a) => a.roundId === answer.roundId && a.participantId === answer.participantId);
  const saved = existing ? { ...answer, answeredAt: existing.answeredAt } : answer;
  const meetingAnswers = existing ? data.meetingAnswers.map((a) => (a === existing ? saved : a)) : [...data.meetingAnswers, saved];
  return { data: { ...data, meetingAnswers }, result: { created: !existing } };
}
