/**
 * The connection pool and transactions for the PostgreSQL store, on the `pg` driver. Every store
 * operation that must be atomic runs in one transaction through `inTransaction`.
 */
import pg from 'pg';
import { CodedError } from '../../domain/errors';

/** A pool or a client inside a transaction: what every query function takes. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export interface PoolSettings {
  url: string;
  /** Connections per bot process. */
  poolSize?: number;
  /** Name shown in pg_stat_activity, so an operator can tell replicas and CLI runs apart. */
  applicationName?: string;
}

/** Creates the pool. Nothing connects until the first query. */
export function createPool({ url, poolSize = 10, applicationName = 'programme-bot' }: PoolSettings): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: applicationName, connectionTimeoutMillis: 10_000 });
  // An idle connection the server closed (restart, fail-over) must not crash the process: the pool
  // drops it and opens a new one on the next query.
  pool.on('error', () => undefined);
  return pool;
}

/** Where a connection string points, without its password: for messages a person reads. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname || '/'}`;
  } catch {
    return 'the configured database';
  }
}

export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

/**
 * Runs `work` in one transaction on one connection: committed when it returns, rolled back when it
 * throws. Statements see each other's writes; nothing is visible to others before the commit.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, isolation: Isolation = 'read committed'): Promise<T> {
  return withClient(pool, async (client) => {
    try {
      await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  });
}

/**
 * Lends one connection to `work`. A connection the server drops while it is lent (a restart, a
 * fail-over, an operator ending it) must not crash the process: the error shows on the next
 * query, and the broken connection is closed instead of going back to the pool.
 */
export async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => (broken = err);
  client.on('error', onError);
  try {
    return await work(client);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Turns a connection failure into an error that says where the bot tried to connect. */
export function unreachable(url: string, err: unknown): CodedError {
  return new CodedError(
    'STORE_UNREACHABLE',
    `The PostgreSQL store at ${describeDatabase(url)} could not be reached: ${(err as Error).message}. Check DATABASE_URL (or store.url) and that the server is running.`,
    { cause: err },
  );
}
