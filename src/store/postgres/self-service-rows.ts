/** Check-ins, absences, reminder pauses and the elective waiting lists as statements. */
import type { WaitlistEntry } from '../../domain/self-service/elective-choice';
import type { Absence, CheckIn } from '../store-schema';
import type { Queryable } from './database';
import { ABSENCES, asJson, CHECK_INS, fromRow, insertFromJson, WAITLIST } from './tables';

/** One statement: a second answer to the same prompt replaces the first (keeping when it was first given). */
export async function saveCheckIn(db: Queryable, checkIn: CheckIn): Promise<{ created: boolean }> {
  const { rows } = await db.query<{ created: boolean }>(
    insertFromJson(
      CHECK_INS,
      `ON CONFLICT (prompt_key) DO UPDATE SET participant_id = excluded.participant_id, session_id = excluded.session_id, rating = excluded.rating,
         text = excluded.text, may_share = excluded.may_share, text_erased_at = excluded.text_erased_at, updated_at = excluded.updated_at
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

export async function recordAbsence(db: Queryable, absence: Absence): Promise<void> {
  await db.query(
    insertFromJson(ABSENCES, 'ON CONFLICT (session_id, participant_id) DO UPDATE SET seq = DEFAULT, reason = excluded.reason, registered_at = excluded.registered_at'),
    [asJson([absence])],
  );
}

export async function withdrawAbsence(db: Queryable, sessionId: string, participantId: string): Promise<boolean> {
  const result = await db.query('DELETE FROM absences WHERE session_id = $1 AND participant_id = $2', [sessionId, participantId]);
  return (result.rowCount ?? 0) > 0;
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
