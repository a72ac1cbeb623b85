import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config/config-schema';

/** The Bot Framework adapter. Without an app id botbuilder accepts unauthenticated requests (local only). */
export function createAdapter(config: Config): TeamsAdapter {
  return new TeamsAdapter({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appId ? config.bot.appType : undefined,
    MicrosoftAppTenantId: config.bot.tenantId,
  });
}
