/**
 * Teams' rate limits shared by every replica (tables of migration 0002). A replica books each
 * request to Teams before making it: the booking runs in one transaction under a
 * transaction-scoped advisory lock, so bookings from all replicas are placed one after the other,
 * each seeing every other. The pacing rule itself (where in time a request fits every window) is
 * the caller's; this file only keeps the bookings, on the database's clock, which every replica
 * shares whatever its own clock says.
 */
import type pg from 'pg';
import type { BookingRequest, BookingView } from '../store';
import { inTransaction, type Queryable } from './database';

/** Held only while one booking is placed (milliseconds); never across a request to Teams. */
const BOOKING_LOCK = 'programme-bot:rate-budget';

/** The penalty target that stands for the whole app (a 429 for the app, not one thread). */
export const GLOBAL_PENALTY = 'global';

/**
 * Books one request at the moment `place` chooses from what is booked already, and returns that
 * moment and the database's now (the caller waits the difference).
 */
export async function bookRequest(pool: pg.Pool, request: BookingRequest, place: (view: BookingView) => number): Promise<{ atMs: number; nowMs: number }> {
  return inTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [BOOKING_LOCK]);
    const { rows } = await db.query<{ now_ms: string; global_log: string[]; thread_log: string[]; not_before_ms: string | null }>(
      `WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms)
       SELECT clock.now_ms,
              coalesce((SELECT array_agg(at_ms ORDER BY at_ms) FROM rate_bookings WHERE at_ms > clock.now_ms - $3), '{}') AS global_log,
              coalesce((SELECT array_agg(at_ms ORDER BY at_ms) FROM rate_bookings WHERE thread = $1 AND at_ms > clock.now_ms - $4), '{}') AS thread_log,
              (SELECT max(until_ms) FROM rate_penalties WHERE target IN ($2, '${GLOBAL_PENALTY}')) AS not_before_ms
         FROM clock`,
      [request.logKey, request.penaltyTarget, request.globalHorizonMs, request.threadHorizonMs],
    );
    const row = rows[0];
    const view: BookingView = {
      nowMs: Number(row.now_ms),
      globalLog: row.global_log.map(Number),
      threadLog: row.thread_log.map(Number),
      notBeforeMs: row.not_before_ms === null ? -Infinity : Number(row.not_before_ms),
    };
    const atMs = Math.round(place(view));
    await db.query('INSERT INTO rate_bookings (thread, at_ms) VALUES ($1, $2)', [request.logKey, atMs]);
    return { atMs, nowMs: view.nowMs };
  });
}

/** Holds back a thread (or, with GLOBAL_PENALTY, the whole app) for `ms` from now, for every replica. */
export async function penalize(db: Queryable, target: string, ms: number): Promise<void> {
  await db.query(
    `INSERT INTO rate_penalties (target, until_ms) VALUES ($1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint + $2)
     ON CONFLICT (target) DO UPDATE SET until_ms = greatest(rate_penalties.until_ms, excluded.until_ms)`,
    [target, Math.max(0, Math.round(ms))],
  );
}

/** Forgets bookings older than the longest window and penalties that have run out; returns how many rows went. */
export async function sweepBookings(db: Queryable, horizonMs: number): Promise<number> {
  const now = `(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;
  const bookings = await db.query(`DELETE FROM rate_bookings WHERE at_ms < ${now} - $1`, [horizonMs]);
  const penalties = await db.query(`DELETE FROM rate_penalties WHERE until_ms < ${now}`);
  return (bookings.rowCount ?? 0) + (penalties.rowCount ?? 0);
}
