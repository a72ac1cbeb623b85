/** Check-ins, absences, reminder pauses and the elective waiting lists as statements. */
import type { WaitlistEntry } from '../../domain/self-service/elective-choice';
import type { Absence, CheckIn } from '../store-schema';
import type { Queryable } from './database';
import { ABSENCES, asJson, CHECK_INS, fromRow, insertFromJson, WAITLIST } from './tables';
import { HELD_BACK_BY_ABSENCE, SKIPPED_ABSENT } from '../../domain/schedule/delivery';
import type { NewDelivery } from '../outbox-changes';
import { enqueueDeliveries } from './outbox-rows';

/** One statement: a second answer to the same prompt replaces the first (keeping when it was first given). */
export async function saveCheckIn(db: Queryable, checkIn: CheckIn): Promise<{ created: boolean }> {
  const { rows } = await db.query<{ created: boolean }>(
    insertFromJson(
      CHECK_INS,
      `ON CONFLICT (prompt_key) DO UPDATE SET participant_id = excluded.participant_id, session_id = excluded.session_id, rating = excluded.rating,
         text = excluded.text, may_share = excluded.may_share, share_rating_with_manager = excluded.share_rating_with_manager, text_erased_at = excluded.text_erased_at, updated_at = excluded.updated_at
       RETURNING (xmax = 0) AS created`,
    ),
    [asJson([checkIn])],
  );
  return { created: rows[0].created };
}

export async function findCheckIn(db: Queryable, promptKey: string): Promise<CheckIn | undefined> {
  const { rows } = await db.query('SELECT * FROM check_ins WHERE prompt_key = $1', [promptKey]);
  return rows.length ? fromRow(CHECK_INS, rows[0]) : undefined;
}

export async function answeredPromptKeys(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ prompt_key: string }>('SELECT prompt_key FROM check_ins');
  return new Set(rows.map((r) => r.prompt_key));
}

export async function listCheckIns(db: Queryable, filter: { participantId?: string; since?: Date }): Promise<CheckIn[]> {
  const { rows } = await db.query('SELECT * FROM check_ins WHERE ($1::text IS NULL OR participant_id = $1) AND ($2::timestamptz IS NULL OR updated_at >= $2) ORDER BY seq', [
    filter.participantId ?? null,
    filter.since ?? null,
  ]);
  return rows.map((row) => fromRow(CHECK_INS, row));
}

/** One statement: erases texts and withdraws consent; returns how many texts there were to erase. */
export async function eraseCheckInTexts(db: Queryable, filter: { participantId?: string }, at: Date): Promise<number> {
  const { rows } = await db.query<{ had_text: boolean }>(
    `WITH target AS (
       SELECT prompt_key, text <> '' AS had_text FROM check_ins
        WHERE (text <> '' OR may_share) AND ($1::text IS NULL OR participant_id = $1)
        FOR UPDATE)
     UPDATE check_ins c SET text = '', may_share = false, text_erased_at = coalesce(c.text_erased_at, $2)
       FROM target WHERE c.prompt_key = target.prompt_key
     RETURNING target.had_text`,
    [filter.participantId ?? null, at],
  );
  return rows.filter((r) => r.had_text).length;
}

/**
 * Registers an absence, or updates the reason of one already registered (the first registration
 * time stays). `notices` go into the outbox only when the absence is new, so adding a reason later
 * tells nobody twice. Run it inside a transaction: the absence and its notices are stored together.
 */
export async function recordAbsence(db: Queryable, absence: Absence, notices: readonly NewDelivery[]): Promise<{ created: boolean }> {
  const { rows } = await db.query<{ created: boolean }>(
    insertFromJson(ABSENCES, 'ON CONFLICT (session_id, participant_id) DO UPDATE SET reason = excluded.reason RETURNING (xmax = 0) AS created'),
    [asJson([absence])],
  );
  const created = rows[0].created;
  if (created) await enqueueDeliveries(db, notices, new Date(absence.registeredAt));
  return { created };
}

/**
 * Withdraws an absence. The leader's deliveries for that session that were skipped because of it
 * and have not expired are pending again, due at once: reflection prompts and nudges, and of the
 * reminders only the latest (as absence-changes.ts does for the file store). `notices` go into
 * the outbox only when there was an absence. Run it inside a transaction.
 */
export async function withdrawAbsence(
  db: Queryable,
  sessionId: string,
  participantId: string,
  now: Date,
  notices: readonly NewDelivery[],
): Promise<{ withdrawn: boolean; restored: number }> {
  const removed = await db.query('DELETE FROM absences WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]);
  if (!removed.rowCount) return { withdrawn: false, restored: 0 };
  const { rows } = await db.query<{ key: string; kind: string; due_at: Date }>(
    `SELECT key, kind, due_at FROM outbox
      WHERE session_id = $1 AND participant_id = $2 AND kind = ANY($3::text[]) AND status = 'skipped' AND reason = $4 AND expires_at > $5
      FOR UPDATE`,
    [sessionId, participantId, HELD_BACK_BY_ABSENCE, SKIPPED_ABSENT, now],
  );
  const latestReminder = rows.filter((r) => r.kind === 'reminder').sort((a, b) => b.due_at.getTime() - a.due_at.getTime())[0];
  const back = rows.filter((r) => r.kind !== 'reminder' || r === latestReminder).map((r) => r.key);
  if (back.length) {
    await db.query(`UPDATE outbox SET status = 'pending', next_attempt_at = $2, reason = NULL, updated_at = $2 WHERE key = ANY($1::text[])`, [back, now]);
  }
  await enqueueDeliveries(db, notices, now);
  return { withdrawn: true, restored: back.length };
}

export async function listAbsences(db: Queryable, filter: { sessionId?: string; participantId?: string }): Promise<Absence[]> {
  const { rows } = await db.query('SELECT * FROM absences WHERE ($1::text IS NULL OR session_id = $1) AND ($2::text IS NULL OR participant_id = $2) ORDER BY seq', [
    filter.sessionId ?? null,
    filter.participantId ?? null,
  ]);
  return rows.map((row) => fromRow(ABSENCES, row));
}

export async function setRemindersPaused(db: Queryable, participantId: string, paused: boolean, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO preferences (participant_id, reminders_paused, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (participant_id) DO UPDATE SET seq = DEFAULT, reminders_paused = $2, updated_at = $3`,
    [participantId, paused, at],
  );
}

export async function pausedParticipants(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ participant_id: string }>('SELECT participant_id FROM preferences WHERE reminders_paused');
  return new Set(rows.map((r) => r.participant_id));
}

export async function listWaitlist(db: Queryable, filter: { electiveId?: string; participantId?: string } = {}): Promise<WaitlistEntry[]> {
  const { rows } = await db.query(
    'SELECT * FROM elective_waitlist WHERE ($1::text IS NULL OR elective_id = $1) AND ($2::text IS NULL OR participant_id = $2) ORDER BY seq',
    [filter.electiveId ?? null, filter.participantId ?? null],
  );
  return rows.map((row) => fromRow(WAITLIST, row));
}

/** Replaces the waiting lists with a new queue (small: leaders waiting for a seat). Run in a transaction. */
export async function replaceWaitlist(db: Queryable, waitlist: readonly WaitlistEntry[]): Promise<void> {
  await db.query('DELETE FROM elective_waitlist');
  if (waitlist.length) await db.query(insertFromJson(WAITLIST), [asJson(waitlist)]);
}
