import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Config } from '../config/config-schema';

function authOptions(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appId ? (config.bot.appType ?? 'SingleTenant') : undefined,
    MicrosoftAppTenantId: config.bot.tenantId,
    ToBotFromChannelOpenIdMetadataUrl: config.bot.openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: config.bot.tokenIssuer,
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

/** The Bot Framework adapter. Without an app id botbuilder accepts unauthenticated requests (local only). */
export function createAdapter(config: Config): TeamsAdapter {
  return new TeamsAdapter(authOptions(config));
}

export type RequestAuthenticator = (activity: Partial<Activity>, authHeader: string) => Promise<'ok' | 'unauthorized' | 'unavailable'>;

/**
 * Checks a request's Bot Framework token before the adapter sees it. botbuilder answers a token
 * with a bad signature with a 500 (the JWT library's error is not its AuthenticationError); a
 * forged request must get a plain 401. Key-fetch failures are reported as unavailable, not as the
 * caller's fault.
 */
export function createRequestAuthenticator(config: Config): RequestAuthenticator {
  const auth = new ConfigurationBotFrameworkAuthentication(authOptions(config));
  return async (activity, authHeader) => {
    if (!config.bot.appId) return 'ok';
    try {
      await auth.authenticateRequest(activity as Activity, authHeader);
      return 'ok';
    } catch (err) {
      // Only a failure to reach the key endpoint is ours; every other failure is the token's.
      const e = err as { code?: string; type?: string; message?: string };
      const unreachable = e.type === 'system' || ['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'].includes(e.code ?? '');
      return unreachable ? 'unavailable' : 'unauthorized';
    }
  };
}
