import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Config } from './config/config-schema';
import { startWebServer, type RunningWebServer } from './http/start-web-server';
import type { Store } from './store/store';
import { createApplication } from './teams/create-app';

export interface StartBotOptions {
  config: Config;
  store: Store;
  logger: Logger;
  now?: () => Date;
  host?: string;
}

/**
 * Wires the Bot Framework adapter, the teams-ai Application and the web server. Used by index.ts
 * and by the end-to-end tests, so both run exactly the same bot.
 */
export async function startBot({ config, store, logger, now = () => new Date(), host }: StartBotOptions): Promise<RunningWebServer> {
  // Without an app id botbuilder accepts unauthenticated requests: fine on a developer's machine only.
  if (!config.bot.appId) {
    logger.warn(
      config.botIdWithoutCredential
        ? 'BOT_ID is set without SECRET_BOT_PASSWORD: running anonymously, accepting unauthenticated requests (local development only).'
        : 'No BOT_ID configured: accepting unauthenticated requests (local development only).',
    );
  }
  const adapter = new TeamsAdapter({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appId ? config.bot.appType : undefined,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const app = createApplication(adapter, {
    store,
    logger,
    now,
    defaultLanguage: config.defaultLocale,
    contact: config.contact,
  });
  return startWebServer({ port: config.port, host, adapter, app, logger });
}
