/**
 * The connection settings a hosting platform gives reach a real server: Azure Service Connector's
 * variables, composed into one URL, with a user and password full of URL characters; and TLS is
 * never quietly dropped when it was asked for.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config/load-config';
import { openConfiguredStore } from '../../src/store/open-configured-store';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../helpers/test-postgres';

let database: TestDatabase;
const role = `bot@kommune-${randomUUID().slice(0, 8)}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
beforeAll(async () => {
  database = await createTestDatabase();
  await admin(`CREATE ROLE "${role}" LOGIN PASSWORD 'p@ss:w/rd?#' SUPERUSER`);
}, 60_000);
afterAll(async () => {
  await database.drop();
  await admin(`DROP ROLE IF EXISTS "${role}"`);
}, 60_000);

function azureEnv(ssl?: string): NodeJS.ProcessEnv {
  const server = new URL(database.url);
  return {
    AZURE_POSTGRESQL_HOST: server.hostname,
    AZURE_POSTGRESQL_PORT: server.port,
    AZURE_POSTGRESQL_DATABASE: server.pathname.slice(1),
    AZURE_POSTGRESQL_USER: role,
    AZURE_POSTGRESQL_PASSWORD: 'p@ss:w/rd?#',
    ...(ssl ? { AZURE_POSTGRESQL_SSL: ssl } : {}),
  };
}

it('When Azure Service Connector’s variables name the database, then the bot connects to it as that user', async () => {
  const config = await loadConfig({ env: azureEnv('false'), searchFrom: __dirname });
  const store = await openConfiguredStore(config, () => new Date('2027-01-10T08:00:00Z'));
  try {
    expect(store).toBeInstanceOf(PostgresStore);
    const { rows } = await (store as PostgresStore).database.query<{ who: string; db: string }>('SELECT current_user AS who, current_database() AS db');
    expect(rows[0]).toEqual({ who: role, db: new URL(database.url).pathname.slice(1) });
    expect((await store.getProgramme()).participants.length).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
}, 60_000);

it('When TLS is asked for and the server does not offer it, then the bot refuses to connect rather than send the password in clear', async () => {
  const config = await loadConfig({ env: azureEnv(), searchFrom: __dirname });
  expect(config.store.url).toContain('sslmode=verify-full');
  await expect(openConfiguredStore(config, () => new Date('2027-01-10T08:00:00Z'))).rejects.toMatchObject({
    code: 'STORE_UNREACHABLE',
    message: expect.stringMatching(/does not support SSL/),
  });
}, 60_000);
