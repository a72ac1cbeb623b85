import type { Logger } from 'pino';
import type { Config } from '../config/config-schema';
import { withLinkKey } from '../links/link-key-file';
import { loadConfig } from '../config/load-config';
import { environmentName, loadEnvFiles } from '../config/load-env-files';
import { createLogger } from '../create-logger';
import { projectRoot } from '../project-root';
import { openConfiguredStore, storeKind, withStoreLinkKey } from '../store/open-configured-store';
import type { Store } from '../store/store';

export interface CliContext {
  config: Config;
  logger: Logger;
  store: Store;
}

/** The configuration as the bot reads it, for the commands that work on the database itself (migrate, migrate-store). */
export async function loadCliConfig(): Promise<Config> {
  const env = loadEnvFiles(projectRoot(), environmentName(process.env), process.env);
  return loadConfig({ env, searchFrom: process.cwd() });
}

/** Configuration, logs (to stderr, so stdout stays for the command's output) and the store, as the bot has them. */
export async function openCliContext({ readOnly = false }: { readOnly?: boolean } = {}): Promise<CliContext> {
  const loaded = await loadCliConfig();
  // Commands that send (dispatch, broadcast) sign calendar links with the bot's own key, kept
  // beside the store file or in the database.
  const fileKeyed = readOnly || storeKind(loaded) !== 'lowdb' ? loaded : withLinkKey(loaded);
  const logger = createLogger(fileKeyed.logLevel === 'info' ? 'warn' : fileKeyed.logLevel, 2);
  const store = await openConfiguredStore(fileKeyed, () => new Date(), { lock: !readOnly, applicationName: 'programme-bot-cli', warn: (message) => logger.warn(message) });
  const config = readOnly ? fileKeyed : await withStoreLinkKey(fileKeyed, store);
  return { config, logger, store };
}
