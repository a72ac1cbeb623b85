/**
 * Composition root: reads the environment and configuration, opens the store and starts the bot.
 * Nothing else in the code base reads process.env.
 */
import { withLinkKey } from './links/link-key-file';
import { loadConfig } from './config/load-config';
import { environmentName, loadEnvFiles } from './config/load-env-files';
import { projectRoot } from './project-root';
import { createLogger } from './create-logger';
import { asCodedError } from './domain/errors';
import { openConfiguredStore, storeKind, withStoreLinkKey } from './store/open-configured-store';
import { startBot } from './start-bot';
import { writeBackup } from './store/backup-store';
import { Cron } from 'croner';

async function main(): Promise<void> {
  const envName = environmentName(process.env);
  const env = loadEnvFiles(projectRoot(), envName, process.env);
  const loaded = await loadConfig({ env, searchFrom: process.cwd() });
  const now = () => new Date();
  // The link key is kept with the store: beside the file (read first), or in the database.
  const fileKeyed = storeKind(loaded) === 'lowdb' ? withLinkKey(loaded) : loaded;
  const logger = createLogger(fileKeyed.logLevel);
  const store = await openConfiguredStore(fileKeyed, now, { warn: (message) => logger.warn(message) });
  const config = await withStoreLinkKey(fileKeyed, store);
  const server = await startBot({ config, store, logger, now });
  const kind = storeKind(config);
  logger.info({ endpoint: `${server.url}/api/messages`, store: kind, ...(kind === 'lowdb' ? { dataFile: config.dataFile } : {}), env: envName }, 'Programme Bot is running');

  // A daily copy of the store file at 02:00 local, and one on every orderly shutdown. A PostgreSQL
  // store is backed up by the database's own tools (pg_dump, or the managed service's backups).
  const backup = () => {
    if (kind !== 'lowdb') return;
    const file = writeBackup(config.dataFile, config.backups.dir, config.backups.keep, now());
    if (file) logger.info({ file }, 'store backed up');
  };
  const daily = new Cron('0 2 * * *', { timezone: config.timeZone }, backup);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new work, finishing what is in flight');
    daily.stop();
    await server.close();
    await store.close();
    try {
      backup();
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'backup on shutdown failed');
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const coded = asCodedError(err, 'STARTUP_FAILED');
  // Start-up errors go to stderr as one readable line: they are read by a person, not a log pipeline.
  console.error(`Programme Bot could not start [${coded.code}]: ${coded.message}`);
  process.exit(1);
});
