/**
 * A real PostgreSQL server for the tests. CI (and a developer who has one) sets
 * TEST_DATABASE_URL to a server the tests may create databases on; otherwise the jest global
 * set-up starts a throw-away server with scripts/dev-postgres on a free loopback port and a
 * temporary data directory, and stops it afterwards. Each test file gets its own database.
 *
 * The variable is not DATABASE_URL on purpose: that one makes the bot itself use PostgreSQL, and
 * the tests that start the bot as a process must keep choosing their store themselves.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../../src/project-root';
import { createPool } from '../../src/store/postgres/database';
import { migrate } from '../../src/store/postgres/migrations';

/** Set by the global set-up when it could not start a server: the reason, for the tests that need one. */
const START_ERROR = 'TEST_POSTGRES_START_ERROR';
/** The data directory of a server the global set-up started (and the teardown stops). */
const STARTED_DIR = 'TEST_POSTGRES_STARTED_DIR';

const script = () => path.join(projectRoot(), 'scripts', 'dev-postgres');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Global set-up: makes sure TEST_DATABASE_URL points at a running server (starting one if need be). */
export async function startTestPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-test-pg-'));
  try {
    const port = await freePort();
    const url = execFileSync(script(), ['start', dir], { env: { ...process.env, PGDEV_PORT: String(port) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    process.env.TEST_DATABASE_URL = url;
    process.env[STARTED_DIR] = dir;
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    const stderr = (err as { stderr?: string }).stderr?.trim();
    process.env[START_ERROR] = stderr || (err as Error).message;
  }
}

/** Global teardown: stops the server the set-up started, if it did, and removes its data. */
export function stopTestPostgres(): void {
  const dir = process.env[STARTED_DIR];
  if (!dir) return;
  execFileSync(script(), ['stop', dir], { stdio: 'ignore' });
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The server's URL, or a clear failure: these tests never skip silently. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return url;
  throw new Error(
    `These tests need a PostgreSQL server and none could be started (${process.env[START_ERROR] ?? 'unknown reason'}). ` +
      'Install the server (Debian: sudo apt-get install -y postgresql) or set TEST_DATABASE_URL to a server where the tests may create databases.',
  );
}

export interface TestDatabase {
  url: string;
  /** Drops the database (closing the test's own connections first). */
  drop(): Promise<void>;
}

/** A new, empty database on the test server; `migrated` applies the schema. */
export async function createTestDatabase({ migrated = true }: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `pbtest_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const parsed = new URL(server);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  if (migrated) {
    const pool = createPool({ url, poolSize: 2 });
    try {
      await migrate(pool);
    } finally {
      await pool.end();
    }
  }
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
