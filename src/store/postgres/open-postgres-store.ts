/**
 * Opens the PostgreSQL store: connects, refuses a schema that is not this version's (see
 * migrations.ts), and gives a new database its first programme, once, however many replicas
 * start at the same moment.
 */
import type pg from 'pg';
import { validateStoreData } from '../lowdb-store';
import type { StoreData } from '../store-schema';
import { createPool, describeDatabase, inTransaction, unreachable, type PoolSettings } from './database';
import { checkSchema } from './migrations';
import { PostgresStore } from './postgres-store';
import { programmeVersion } from './programme-rows';
import { writeStoreData } from './store-data-rows';

/** Held while a new database is given its first programme, so one replica does it and the others wait. */
const SEED_LOCK = 'programme-bot:seed';

export interface OpenPostgresOptions extends PoolSettings {
  /** Called once, when the database holds no programme yet; its result is validated and written. */
  seed: () => StoreData | Promise<StoreData>;
}

export async function openPostgresStore({ seed, ...settings }: OpenPostgresOptions): Promise<PostgresStore> {
  const pool = createPool(settings);
  try {
    await checkDatabase(pool, settings.url);
    if ((await programmeVersion(pool)) === undefined) await seedOnce(pool, seed);
    return new PostgresStore(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}

async function checkDatabase(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    throw unreachable(url, err);
  }
  await checkSchema(pool, describeDatabase(url));
}

async function seedOnce(pool: pg.Pool, seed: OpenPostgresOptions['seed']): Promise<void> {
  await inTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    if ((await programmeVersion(db)) !== undefined) return;
    await writeStoreData(db, validateStoreData(await seed(), 'seed'));
  });
}
