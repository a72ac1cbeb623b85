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

export type AuthVerdict = 'ok' | 'unauthorized' | 'unavailable';

export interface RequestAuthenticator {
  /**
   * Checks the token alone (signature, issuer, audience, expiry, Teams endorsement), before the
   * body is read, so an unsigned or forged request costs no body reading or parsing at all.
   */
  checkToken(authHeader: string): Promise<AuthVerdict>;
  /** Checks the token against the activity (its serviceurl claim must match the activity's serviceUrl). */
  checkActivity(activity: Partial<Activity>, authHeader: string): Promise<AuthVerdict>;
}

/**
 * Checks a request's Bot Framework token before the adapter sees it. botbuilder answers a token
 * with a bad signature with a 500 (the JWT library's error is not its AuthenticationError); a
 * forged request must get a plain 401. Key-fetch failures are reported as unavailable, not as the
 * caller's fault. Returns undefined when the bot runs anonymously (no app id).
 */
export function createRequestAuthenticator(config: Config): RequestAuthenticator | undefined {
  if (!config.bot.appId) return undefined;
  const auth = new ConfigurationBotFrameworkAuthentication(authOptions(config));
  const verdict = async (check: () => Promise<unknown>): Promise<AuthVerdict> => {
    try {
      await check();
      return 'ok';
    } catch (err) {
      // Only a failure to reach the key endpoint is ours; every other failure is the token's.
      const e = err as { code?: string; type?: string; message?: string };
      const unreachable = e.type === 'system' || ['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN'].includes(e.code ?? '');
      return unreachable ? 'unavailable' : 'unauthorized';
    }
  };
  return {
    // botbuilder offers a token-only check for streaming connections, where no activity exists
    // yet when the token is checked: our situation before the body is read. Teams is the only
    // channel this bot serves, so the token must be endorsed for msteams.
    checkToken: (authHeader) => verdict(() => auth.authenticateStreamingRequest(authHeader, 'msteams')),
    checkActivity: (activity, authHeader) => verdict(() => auth.authenticateRequest(activity as Activity, authHeader)),
  };
}
