/**
 * The store contract against the PostgreSQL store on a real server (see test/helpers/test-postgres.ts):
 * one database for this file, emptied and given the test's data before each test.
 */
import { createPool } from '../../src/store/postgres/database';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { writeStoreData } from '../../src/store/postgres/store-data-rows';
import { inTransaction } from '../../src/store/postgres/database';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';
import { describeStoreContract } from './store-contract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => database?.drop());

describeStoreContract('PostgreSQL', async (data) => {
  const pool = createPool({ url: database.url, poolSize: 12 });
  await inTransaction(pool, async (db) => {
    const { rows } = await db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'");
    await db.query(`TRUNCATE ${rows.map((r) => r.tablename).join(', ')} RESTART IDENTITY`);
    await writeStoreData(db, data);
  });
  const store = new PostgresStore(pool);
  return { store, close: () => store.close() };
});
