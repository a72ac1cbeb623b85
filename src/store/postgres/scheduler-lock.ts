/**
 * One scheduler tick at a time across replicas: the planning part of a tick (reading rosters,
 * adding what is due to the outbox, digests, retention, status cards) runs under a
 * transaction-scoped advisory lock that another replica does not wait for: it skips planning and
 * only sends. The lock ends with its transaction, so a replica that dies, or a connection the pool
 * hands to someone else, can never keep it (a session-level lock could leak that way).
 */
import type pg from 'pg';
import { withClient } from './database';

/**
 * Runs `work` if no other replica is running work under the same name, holding the lock in an
 * open transaction on a connection of its own until `work` ends. Returns whether it ran.
 */
export async function runExclusive<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return withClient(pool, async (client) => {
    await client.query('BEGIN');
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [name]);
    if (!rows[0].locked) {
      await client.query('ROLLBACK');
      return { ran: false };
    }
    try {
      const result = await work();
      return { ran: true, result };
    } finally {
      await client.query('COMMIT').catch(() => undefined);
    }
  });
}
