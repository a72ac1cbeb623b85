/**
 * The outbox as statements. Several replicas claim from one table: a claim locks the rows it
 * takes with FOR UPDATE SKIP LOCKED, so two workers claiming at once take different deliveries
 * and neither waits for the other, and it leases them (claimed_until): a worker that dies leaves
 * rows that any worker claims again once the lease has run out.
 */
import { newOutboxItem, type ClaimOptions, type DeliveryOutcome, type NewDelivery } from '../outbox-changes';
import type { DeliveryStatus, OutboxItem } from '../store-schema';
import type { Queryable } from './database';
import { asJson, fromRow, insertFromJson, OUTBOX } from './tables';

const FINAL = `('sent', 'skipped', 'failed', 'blocked')`;

/** Adds deliveries whose key is new (the first of equal keys wins); returns how many were added. */
export async function enqueueDeliveries(db: Queryable, items: readonly NewDelivery[], now: Date): Promise<number> {
  const seen = new Set<string>();
  const at = now.toISOString();
  const fresh: OutboxItem[] = [];
  for (const item of items) {
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    fresh.push(newOutboxItem(item, at));
  }
  if (!fresh.length) return 0;
  const result = await db.query(insertFromJson(OUTBOX, 'ON CONFLICT (key) DO NOTHING'), [asJson(fresh)]);
  return result.rowCount ?? 0;
}

/** A delivery's thread: the conversation of a channel post, else the leader (whose chat is resolved when sending). */
const THREAD = "coalesce(nullif(conversation_id, ''), participant_id)";
const CLAIMABLE = `((status = 'pending' AND next_attempt_at <= $1) OR (status = 'waiting' AND expires_at <= $1) OR (status = 'sending' AND claimed_until <= $1))`;

/**
 * Leases up to `limit` claimable deliveries to one worker, oldest due first, and at most one per
 * thread: a thread with a delivery in flight (leased, lease running) gets none, so no two
 * workers, in one replica or several, ever send to one conversation at the same time. Two
 * workers claiming at once both pick a thread's first delivery; SKIP LOCKED lets one of them have
 * it and the other passes on, and the row is checked again once locked (READ COMMITTED), so a
 * delivery claimed and committed meanwhile is not claimed twice.
 */
export async function claimDueDeliveries(db: Queryable, { now, limit, workerId, leaseMs }: ClaimOptions): Promise<OutboxItem[]> {
  const { rows } = await db.query(
    `WITH busy AS (
       SELECT DISTINCT ${THREAD} AS thread FROM outbox WHERE status = 'sending' AND claimed_until > $1 AND ${THREAD} IS NOT NULL),
     firsts AS (
       SELECT DISTINCT ON (coalesce(${THREAD}, key)) key, next_attempt_at FROM outbox
        WHERE ${CLAIMABLE} AND NOT EXISTS (SELECT 1 FROM busy WHERE busy.thread = ${THREAD})
        ORDER BY coalesce(${THREAD}, key), next_attempt_at, key),
     due AS (
       SELECT o.key FROM outbox o JOIN (SELECT key FROM firsts ORDER BY next_attempt_at, key LIMIT $2) f ON f.key = o.key
        WHERE ${CLAIMABLE.replace(/status|next_attempt_at|expires_at|claimed_until/g, (c) => `o.${c}`)}
        FOR UPDATE OF o SKIP LOCKED)
     UPDATE outbox o SET status = 'sending', claimed_by = $3, claimed_until = $4, updated_at = $1
       FROM due WHERE o.key = due.key
     RETURNING o.*`,
    [now, limit, workerId, new Date(now.getTime() + leaseMs)],
  );
  return rows.map((row) => fromRow(OUTBOX, row)).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || (a.key < b.key ? -1 : 1));
}

/** Extends a live worker's leases (its heartbeat), so only a worker that stopped loses its deliveries. Returns how many. */
export async function renewLeases(db: Queryable, workerId: string, until: Date): Promise<number> {
  const result = await db.query(`UPDATE outbox SET claimed_until = $2 WHERE status = 'sending' AND claimed_by = $1 AND claimed_until < $2`, [workerId, until]);
  return result.rowCount ?? 0;
}

/** Records one attempt; a delivery already in a final state is left as it is. */
export async function recordDeliveryOutcome(db: Queryable, key: string, outcome: DeliveryOutcome, now: Date): Promise<void> {
  const base = `attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, updated_at = $2`;
  const where = `WHERE key = $1 AND status NOT IN ${FINAL}`;
  switch (outcome.status) {
    case 'deferred':
      // Held by quiet hours: nothing was sent, so no attempt is counted.
      await db.query(`UPDATE outbox SET claimed_by = NULL, claimed_until = NULL, updated_at = $2, status = 'pending', next_attempt_at = $3, reason = $4 ${where}`, [
        key,
        now,
        outcome.nextAttemptAt,
        outcome.reason,
      ]);
      return;
    case 'sent':
      await db.query(`UPDATE outbox SET ${base}, status = 'sent', activity_id = $3, sent_to = $4, sent_at = $2, reason = NULL ${where}`, [
        key,
        now,
        outcome.activityId ?? null,
        outcome.sentTo,
      ]);
      return;
    case 'retry':
      await db.query(`UPDATE outbox SET ${base}, status = 'pending', next_attempt_at = $3, reason = $4 ${where}`, [key, now, outcome.nextAttemptAt, outcome.reason]);
      return;
    case 'waiting':
      await db.query(`UPDATE outbox SET ${base}, status = 'waiting', next_attempt_at = expires_at, reason = $3 ${where}`, [key, now, outcome.reason]);
      return;
    default:
      await db.query(`UPDATE outbox SET ${base}, status = $3, reason = $4 ${where}`, [key, now, outcome.status, outcome.reason]);
  }
}

/** Makes the waiting deliveries of leaders who can now be reached due at once; returns how many. */
export async function releaseWaiting(db: Queryable, participantIds: readonly string[], now: Date): Promise<number> {
  if (!participantIds.length) return 0;
  const result = await db.query(
    `UPDATE outbox SET status = 'pending', next_attempt_at = $2, updated_at = $2 WHERE status = 'waiting' AND participant_id = ANY($1::text[])`,
    [participantIds, now],
  );
  return result.rowCount ?? 0;
}

export async function deliveryKeysSince(db: Queryable, since: Date): Promise<Set<string>> {
  const { rows } = await db.query<{ key: string }>('SELECT key FROM outbox WHERE due_at > $1', [since]);
  return new Set(rows.map((r) => r.key));
}

export async function findDelivery(db: Queryable, key: string): Promise<OutboxItem | undefined> {
  const { rows } = await db.query('SELECT * FROM outbox WHERE key = $1', [key]);
  return rows.length ? fromRow(OUTBOX, rows[0]) : undefined;
}

export async function dropPendingDeliveries(db: Queryable, sessionId: string, kinds: readonly string[]): Promise<number> {
  const result = await db.query(`DELETE FROM outbox WHERE session_id = $1 AND kind = ANY($2::text[]) AND status = 'pending' AND attempts = 0`, [sessionId, kinds]);
  return result.rowCount ?? 0;
}

export async function nextPendingAttemptAt(db: Queryable): Promise<Date | undefined> {
  const { rows } = await db.query<{ at: Date | null }>(
    `SELECT least((SELECT min(next_attempt_at) FROM outbox WHERE status = 'pending'), (SELECT min(claimed_until) FROM outbox WHERE status = 'sending')) AS at`,
  );
  return rows[0].at ?? undefined;
}

export async function listDeliveries(db: Queryable, filter: { kinds?: string[]; statuses?: DeliveryStatus[]; participantId?: string }): Promise<OutboxItem[]> {
  const { rows } = await db.query(
    `SELECT * FROM outbox
      WHERE ($1::text[] IS NULL OR kind = ANY($1::text[]))
        AND ($2::text[] IS NULL OR status = ANY($2::text[]))
        AND ($3::text IS NULL OR participant_id = $3)
      ORDER BY seq`,
    [filter.kinds ?? null, filter.statuses ?? null, filter.participantId ?? null],
  );
  return rows.map((row) => fromRow(OUTBOX, row));
}
