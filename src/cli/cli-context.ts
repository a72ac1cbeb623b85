import type { Logger } from 'pino';
import type { Config } from '../config/config-schema';
import { withLinkKey } from '../links/link-key-file';
import { loadConfig } from '../config/load-config';
import { environmentName, loadEnvFiles } from '../config/load-env-files';
import { createLogger } from '../create-logger';
import { projectRoot } from '../project-root';
import type { LowdbStore } from '../store/lowdb-store';
import { openConfiguredStore } from '../store/open-configured-store';

export interface CliContext {
  config: Config;
  logger: Logger;
  store: LowdbStore;
}

/** Configuration, logs (to stderr, so stdout stays for the command's output) and the store, as the bot has them. */
export async function openCliContext({ readOnly = false }: { readOnly?: boolean } = {}): Promise<CliContext> {
  const envName = environmentName(process.env);
  const env = loadEnvFiles(projectRoot(), envName, process.env);
  const loaded = await loadConfig({ env, searchFrom: process.cwd() });
  // Commands that send (dispatch, broadcast) sign calendar links with the bot's own key.
  const config = readOnly ? loaded : withLinkKey(loaded);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 2);
  const store = await openConfiguredStore(config, () => new Date(), { lock: !readOnly, warn: (message) => logger.warn(message) });
  return { config, logger, store };
}
