import { CodedError } from '../domain/errors';
import type { Config } from '../config/config-schema';
import { storeKind } from '../store/open-configured-store';
import { copyFileStore } from '../store/postgres/copy-file-store';
import { createPool, describeDatabase, unreachable } from '../store/postgres/database';
import { checkSchema, migrate } from '../store/postgres/migrations';

/** The configured PostgreSQL database, or a clear error when the configuration chooses the embedded store. */
function postgresUrl(config: Config, command: string): string {
  if (storeKind(config) !== 'postgres' || !config.store.url) {
    throw new CodedError('STORE_NOT_POSTGRES', `${command} works on the PostgreSQL store: set DATABASE_URL (or one of its other names, see the README's "Running on PostgreSQL", or store.url in the config file) to the database first.`);
  }
  return config.store.url;
}

async function withPool<T>(url: string, work: (pool: ReturnType<typeof createPool>) => Promise<T>): Promise<T> {
  const pool = createPool({ url, poolSize: 2, applicationName: 'programme-bot-migrate' });
  try {
    await pool.query('SELECT 1').catch((err: unknown) => {
      throw unreachable(url, err);
    });
    return await work(pool);
  } finally {
    await pool.end();
  }
}

/**
 * `migrate` (`npm run migrate`): applies the schema migrations the database lacks, in one
 * transaction. Safe to run again, and from several places at once; the bot never does this itself.
 */
export async function migrateCommand(config: Config, out: (line: string) => void): Promise<void> {
  const url = postgresUrl(config, 'migrate');
  await withPool(url, async (pool) => {
    const applied = await migrate(pool, out);
    out(applied.length ? `${describeDatabase(url)}: ${applied.length} migration(s) applied.` : `${describeDatabase(url)}: the schema is up to date; nothing to do.`);
  });
}

/**
 * `migrate-store --from <file>`: copies an embedded store file into the (migrated, empty)
 * PostgreSQL database and checks every collection's count. Running it again with the same file
 * changes nothing.
 */
export async function migrateStoreCommand(config: Config, options: { from: string }, out: (line: string) => void): Promise<void> {
  const url = postgresUrl(config, 'migrate-store');
  await withPool(url, async (pool) => {
    await checkSchema(pool, describeDatabase(url));
    const report = await copyFileStore(pool, options.from, new Date());
    out(
      report.copied
        ? `${options.from} copied into ${describeDatabase(url)}; every collection checked:`
        : `${options.from} was copied into ${describeDatabase(url)} before (${report.copiedAt.toISOString()}); nothing was copied again. At that copy:`,
    );
    for (const [collection, count] of Object.entries(report.counts)) out(`  ${collection.padEnd(18)} ${count}`);
  });
}
