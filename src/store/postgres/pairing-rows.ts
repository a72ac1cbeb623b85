/**
 * Sparring partners on PostgreSQL. Every change is decided by the same pure functions as the file
 * store's (pairing-changes.ts), applied to the records read inside the caller's transaction, and
 * the records that changed are written back. Round changes take a table lock first, so two HR
 * people (or two replicas) making a preview at once cannot leave two open previews.
 */
import type { Programme } from '../../domain/programme/model';
import * as changes from '../pairing-changes';
import type { NewDelivery } from '../outbox-changes';
import { newStoreData, type AuditEntry, type MeetingAnswerRecord, type PairingPreferenceRecord, type PairingRoundRecord, type PairingRoundStatus, type StoreData } from '../store-schema';
import type { Queryable } from './database';
import { enqueueDeliveries } from './outbox-rows';
import { appendAudit } from './record-rows';

/** A store document holding only the pairing records given: what the pure functions need. */
function documentWith(programme: Programme, records: Partial<Pick<StoreData, 'pairingPreferences' | 'pairingRounds' | 'meetingAnswers'>>): StoreData {
  return { ...newStoreData(programme), ...records };
}

async function upsertPreference(db: Queryable, record: PairingPreferenceRecord): Promise<void> {
  await db.query(
    `INSERT INTO pairing_preferences (participant_id, document) VALUES ($1, $2)
     ON CONFLICT (participant_id) DO UPDATE SET document = excluded.document`,
    [record.participantId, JSON.stringify(record)],
  );
}

export async function setPairingPreference(
  db: Queryable,
  programme: Programme,
  participantId: string,
  change: changes.PairingPreferenceChange,
  at: Date,
): Promise<PairingPreferenceRecord> {
  const { rows } = await db.query<{ document: PairingPreferenceRecord }>('SELECT document FROM pairing_preferences WHERE participant_id = $1 FOR UPDATE', [participantId]);
  const { result } = changes.setPairingPreference(documentWith(programme, { pairingPreferences: rows.map((r) => r.document) }), participantId, change, at);
  await upsertPreference(db, result);
  return result;
}

export async function listPairingPreferences(db: Queryable): Promise<PairingPreferenceRecord[]> {
  const { rows } = await db.query<{ document: PairingPreferenceRecord }>('SELECT document FROM pairing_preferences ORDER BY seq');
  return rows.map((r) => r.document);
}

/** Locks the rounds against other writers for the rest of the transaction and reads them all. */
async function lockedRounds(db: Queryable): Promise<PairingRoundRecord[]> {
  await db.query('LOCK TABLE pairing_rounds IN SHARE ROW EXCLUSIVE MODE');
  const { rows } = await db.query<{ document: PairingRoundRecord }>('SELECT document FROM pairing_rounds ORDER BY seq');
  return rows.map((r) => r.document);
}

/** Writes back the rounds that are new or whose version moved on. */
async function writeChangedRounds(db: Queryable, before: readonly PairingRoundRecord[], after: readonly PairingRoundRecord[]): Promise<void> {
  const versions = new Map(before.map((r) => [r.id, r.version]));
  for (const round of after) {
    if (versions.get(round.id) === round.version) continue;
    await db.query(
      `INSERT INTO pairing_rounds (id, status, document) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, document = excluded.document`,
      [round.id, round.status, JSON.stringify(round)],
    );
  }
}

export async function savePairingPreview(
  db: Queryable,
  programme: Programme,
  input: changes.PairingPreviewInput,
  at: Date,
  expectedVersion?: number,
): Promise<PairingRoundRecord> {
  const rounds = await lockedRounds(db);
  const { data, result } = changes.savePairingPreview(documentWith(programme, { pairingRounds: rounds }), input, at, expectedVersion);
  await writeChangedRounds(db, rounds, data.pairingRounds);
  return result;
}

/** The round sent, its deliveries queued (keys already in the outbox are left alone) and the audit entry, in the caller's transaction. */
export async function sendPairingRound(
  db: Queryable,
  programme: Programme,
  roundId: string,
  expectedVersion: number,
  send: { deliveries: NewDelivery[]; by: string; audit: AuditEntry },
  at: Date,
): Promise<{ round: PairingRoundRecord; queued: number }> {
  const rounds = await lockedRounds(db);
  const { data, result } = changes.sendPairingRound(documentWith(programme, { pairingRounds: rounds }), roundId, expectedVersion, send, at);
  await writeChangedRounds(db, rounds, data.pairingRounds);
  const queued = await enqueueDeliveries(db, send.deliveries, at);
  await appendAudit(db, [send.audit]);
  return { round: result.round, queued };
}

export async function cancelPairingRound(db: Queryable, programme: Programme, roundId: string, expectedVersion: number, at: Date): Promise<PairingRoundRecord> {
  const rounds = await lockedRounds(db);
  const { data, result } = changes.cancelPairingRound(documentWith(programme, { pairingRounds: rounds }), roundId, expectedVersion, at);
  await writeChangedRounds(db, rounds, data.pairingRounds);
  return result;
}

export async function findPairingRound(db: Queryable, roundId: string): Promise<PairingRoundRecord | undefined> {
  const { rows } = await db.query<{ document: PairingRoundRecord }>('SELECT document FROM pairing_rounds WHERE id = $1', [roundId]);
  return rows[0]?.document;
}

/** Rounds, oldest day first (ties by creation), as the file store lists them. */
export async function listPairingRounds(db: Queryable, filter: { statuses?: PairingRoundStatus[] }): Promise<PairingRoundRecord[]> {
  const { rows } = await db.query<{ document: PairingRoundRecord }>('SELECT document FROM pairing_rounds WHERE ($1::text[] IS NULL OR status = ANY($1::text[]))', [
    filter.statuses ?? null,
  ]);
  return rows.map((r) => r.document).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

export async function saveMeetingAnswer(db: Queryable, programme: Programme, answer: MeetingAnswerRecord): Promise<{ created: boolean }> {
  const { rows } = await db.query<{ document: MeetingAnswerRecord }>('SELECT document FROM meeting_answers WHERE round_id = $1 AND participant_id = $2 FOR UPDATE', [
    answer.roundId,
    answer.participantId,
  ]);
  const { data, result } = changes.saveMeetingAnswer(documentWith(programme, { meetingAnswers: rows.map((r) => r.document) }), answer);
  const saved = data.meetingAnswers.find((a) => a.roundId === answer.roundId && a.participantId === answer.participantId)!;
  await db.query(
    `INSERT INTO meeting_answers (round_id, participant_id, document) VALUES ($1, $2, $3)
     ON CONFLICT (round_id, participant_id) DO UPDATE SET document = excluded.document`,
    [saved.roundId, saved.participantId, JSON.stringify(saved)],
  );
  return result;
}

export async function listMeetingAnswers(db: Queryable, filter: { roundId?: string; participantId?: string }): Promise<MeetingAnswerRecord[]> {
  const { rows } = await db.query<{ document: MeetingAnswerRecord }>(
    'SELECT document FROM meeting_answers WHERE ($1::text IS NULL OR round_id = $1) AND ($2::text IS NULL OR participant_id = $2) ORDER BY seq',
    [filter.roundId ?? null, filter.participantId ?? null],
  );
  return rows.map((r) => r.document);
}

/** The pairing records of a whole document, for copying an embedded store in (run in a transaction, into empty tables). */
export async function writePairingRecords(db: Queryable, data: Pick<StoreData, 'pairingPreferences' | 'pairingRounds' | 'meetingAnswers'>): Promise<void> {
  for (const p of data.pairingPreferences) await upsertPreference(db, p);
  await writeChangedRounds(db, [], data.pairingRounds);
  for (const a of data.meetingAnswers) {
    await db.query('INSERT INTO meeting_answers (round_id, participant_id, document) VALUES ($1, $2, $3)', [a.roundId, a.participantId, JSON.stringify(a)]);
  }
}
