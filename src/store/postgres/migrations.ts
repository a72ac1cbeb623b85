/**
 * Versioned schema migrations: numbered SQL files in `migrations/`, applied in order by umzug and
 * recorded in `schema_migrations`. `npm run migrate` applies what is missing, all of it in one
 * transaction under a transaction-scoped advisory lock, so two operators (or a deployment pipeline
 * and an operator) running it at once apply each file once, and a failed file leaves the schema as
 * it was. The bot itself never migrates: at start it only checks (checkSchema) and refuses an
 * older or newer schema, so a replica of an old version never runs against a changed schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { Umzug, type RunnableMigration } from 'umzug';
import { CodedError } from '../../domain/errors';
import { projectRoot } from '../../project-root';
import { inTransaction, type Queryable } from './database';

/** The SQL files; read from the project root, so the built bot (dist/) finds the same files. */
export const MIGRATIONS_DIR = path.join(projectRoot(), 'src', 'store', 'postgres', 'migrations');
const FILE_NAME = /^\d{4}_[a-z0-9_]+\.sql$/;

/** Held while migrating; other migrators wait for it (it ends with the transaction, never leaks). */
const MIGRATION_LOCK = 'programme-bot:migrate';

function migrations(dir: string): RunnableMigration<Queryable>[] {
  return fs
    .readdirSync(dir)
    .filter((file) => FILE_NAME.test(file))
    .sort()
    .map((file) => ({
      name: path.basename(file, '.sql'),
      path: path.join(dir, file),
      up: async ({ context }) => context.query(fs.readFileSync(path.join(dir, file), 'utf8')),
    }));
}

/** The names recorded in schema_migrations (none when the table is not there yet). */
async function appliedMigrations(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ exists: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS exists");
  if (!rows[0].exists) return [];
  const applied = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
  return applied.rows.map((r) => r.name);
}

function createMigrator(db: Queryable, dir: string, log: (line: string) => void): Umzug<Queryable> {
  return new Umzug<Queryable>({
    migrations: migrations(dir),
    context: db,
    logger: { info: (event) => (event.event === 'migrated' ? log(`applied ${String(event.name)}`) : undefined), warn: () => undefined, error: () => undefined, debug: () => undefined },
    storage: {
      executed: ({ context }) => appliedMigrations(context),
      async logMigration({ name, context }) {
        await context.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      },
      async unlogMigration({ name, context }) {
        await context.query('DELETE FROM schema_migrations WHERE name = $1', [name]);
      },
    },
  });
}

export interface SchemaState {
  applied: string[];
  /** Files this version of the bot has that the database lacks. */
  pending: string[];
  /** Migrations the database has that this version of the bot does not know (a newer bot ran them). */
  unknown: string[];
}

/** What the database has applied compared with this version's files. Reads only. */
export async function schemaState(db: Queryable, dir = MIGRATIONS_DIR): Promise<SchemaState> {
  // umzug lists only the applied migrations it knows, so the unknown ones come from the table itself.
  const [applied, pending] = await Promise.all([appliedMigrations(db), createMigrator(db, dir, () => undefined).pending()]);
  const known = new Set(migrations(dir).map((m) => m.name));
  return { applied, pending: pending.map((m) => m.name), unknown: applied.filter((n) => !known.has(n)) };
}

/**
 * Refuses a database whose schema is not exactly this version's: never migrated (run
 * `npm run migrate`), older (the same), or newer (upgrade the bot). Called at every start.
 */
export async function checkSchema(db: Queryable, where: string, dir = MIGRATIONS_DIR): Promise<void> {
  const state = await schemaState(db, dir);
  if (state.unknown.length) {
    throw new CodedError(
      'STORE_TOO_NEW',
      `The database ${where} has schema migrations this version of the bot does not know (${state.unknown.join(', ')}): a newer version migrated it. Upgrade the bot; nothing was changed.`,
    );
  }
  if (state.pending.length) {
    const what = state.applied.length ? `is older than this version of the bot: ${state.pending.length} migration(s) not applied (${state.pending.join(', ')})` : 'has no Programme Bot schema yet';
    throw new CodedError(
      'STORE_SCHEMA_OUTDATED',
      `The database ${where} ${what}. Run \`npm run migrate\` first (the bot never changes the schema by itself); nothing was changed.`,
    );
  }
}

/**
 * Applies every pending migration, in order, in one transaction. Returns the names applied (none
 * when the schema is current). A newer schema than this version knows is refused untouched.
 */
export async function migrate(pool: pg.Pool, log: (line: string) => void = () => undefined, dir = MIGRATIONS_DIR): Promise<string[]> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const state = await schemaState(client, dir);
    if (state.unknown.length) {
      throw new CodedError('STORE_TOO_NEW', `The database has migrations this version does not know (${state.unknown.join(', ')}): a newer version migrated it. Nothing was changed.`);
    }
    const applied = await createMigrator(client, dir, log).up();
    return applied.map((m) => m.name);
  });
}
