/**
 * Schema migrations on a real PostgreSQL server: applied once however many run at once, all or
 * nothing, and checked (never applied) when a store is opened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPool } from '../../src/store/postgres/database';
import { checkSchema, migrate, MIGRATIONS_DIR, schemaState } from '../../src/store/postgres/migrations';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { newStoreData } from '../../src/store/store-schema';
import { smallProgramme } from '../helpers/programmes';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

let database: TestDatabase;
let dir: string;
beforeEach(async () => {
  database = await createTestDatabase({ migrated: false });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-migrations-'));
}, 60_000);
afterEach(async () => {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** This version's migrations plus `extra` files, as a newer version of the bot would have them. */
function migrationsWith(extra: Record<string, string>): string {
  for (const file of fs.readdirSync(MIGRATIONS_DIR)) fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
  for (const [file, sql] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), sql);
  return dir;
}

const tables = async (pool: ReturnType<typeof createPool>) =>
  (await pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.tablename);

it('When three operators run the migrations at the same moment, then each migration is applied exactly once', async () => {
  const pools = [0, 1, 2].map(() => createPool({ url: database.url, poolSize: 2 }));
  try {
    const applied = await Promise.all(pools.map((pool) => migrate(pool)));
    expect(applied.flat()).toEqual(fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort());
    expect(await migrate(pools[0])).toEqual([]);
    expect((await schemaState(pools[0])).pending).toEqual([]);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
});

it('When a migration fails, then none of that run is kept and the error names the file', async () => {
  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    const broken = migrationsWith({ '0999_broken.sql': 'CREATE TABLE half (id int); SELECT no_such_function();' });
    await expect(migrate(pool, () => undefined, broken)).rejects.toThrow(/0999_broken/);
    expect(await tables(pool)).toEqual([]);
  } finally {
    await pool.end();
  }
});

it('When the bot opens a database that was never migrated, or migrated by an older version, then it refuses and says to run npm run migrate', async () => {
  const seed = () => newStoreData(smallProgramme());
  await expect(openPostgresStore({ url: database.url, seed })).rejects.toMatchObject({ code: 'STORE_SCHEMA_OUTDATED', message: expect.stringContaining('npm run migrate') });
  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    expect(await tables(pool)).toEqual([]);
    await migrate(pool);
    const newer = migrationsWith({ '0999_next.sql': 'CREATE TABLE next_thing (id int);' });
    await expect(checkSchema(pool, 'test', newer)).rejects.toMatchObject({ code: 'STORE_SCHEMA_OUTDATED', message: expect.stringMatching(/older than this version.*0999_next/) });
    expect(await tables(pool)).not.toContain('next_thing');
  } finally {
    await pool.end();
  }
});

it('When a newer version of the bot has migrated the database, then this version refuses to open or migrate it', async () => {
  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    await migrate(pool, () => undefined, migrationsWith({ '0999_next.sql': 'CREATE TABLE next_thing (id int);' }));
    await expect(openPostgresStore({ url: database.url, seed: () => newStoreData(smallProgramme()) })).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
    await expect(migrate(pool)).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
  } finally {
    await pool.end();
  }
});

it('When four replicas open a new database at the same moment, then it gets its first programme exactly once', async () => {
  const pool = createPool({ url: database.url, poolSize: 2 });
  let seeded = 0;
  const seed = () => {
    seeded++;
    return newStoreData(smallProgramme());
  };
  try {
    await migrate(pool);
    const stores = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore({ url: database.url, poolSize: 2, seed })));
    expect(seeded).toBe(1);
    expect((await pool.query('SELECT count(*)::int AS n FROM participants')).rows[0].n).toBe(smallProgramme().participants.length);
    expect((await stores[3].getProgramme()).participants).toHaveLength(smallProgramme().participants.length);
    await Promise.all(stores.map((s) => s.close()));
  } finally {
    await pool.end();
  }
});

it('When the database cannot be reached, then opening says where it tried, without the password', async () => {
  const url = 'postgres://bot:s3cret@127.0.0.1:1/nowhere';
  const error = await openPostgresStore({ url, seed: () => newStoreData(smallProgramme()) }).catch((err: Error) => err);
  expect(error).toMatchObject({ code: 'STORE_UNREACHABLE', message: expect.stringContaining('127.0.0.1:1/nowhere') });
  expect((error as Error).message).not.toContain('s3cret');
});
