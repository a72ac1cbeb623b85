/**
 * Installing the Teams app for leaders the bot cannot reach (optional, `graph.installAppForUsers`):
 * Microsoft Graph's "install app for user" (POST /users/{id}/teamwork/installedApps), with the
 * application permission TeamsAppInstallation.ReadWriteSelfForUser.All granted to the bot's own
 * app registration. Teams then sends the bot an installationUpdate from the leader's new 1:1 chat;
 * the bot stores that chat like any installation, and the leader's waiting cards go out.
 *
 * This is the Graph client: each request is one attempt with a timeout. Which leaders to install
 * for, retries and the time budget are decided in features/install-app-for-unreachable.ts.
 */
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Config } from '../config/config-schema';
import type { SendFailure } from './connector-sender';

export type InstallOutcome = { ok: true; status: 'installed' | 'already-installed' } | SendFailure;

export interface AppInstaller {
  /** Installs the app for one user, by Entra object id or UPN. One HTTP attempt. */
  installFor(user: string): Promise<InstallOutcome>;
}

/** A failed installation is tried again after this long. */
export const APP_INSTALL_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * The bot's own identity as a Graph client: its client secret in its tenant, or its user-assigned
 * managed identity.
 */
export function graphCredential(config: Config): TokenCredential {
  const { appId, appPassword, appType, tenantId } = config.bot;
  if (appType === 'UserAssignedMSI') return new ManagedIdentityCredential({ clientId: appId! });
  return new ClientSecretCredential(tenantId!, appId!, appPassword!, {
    authorityHost: config.graph.authorityHost,
    // The default host's metadata is well known; another host (a national cloud) answers for itself.
    disableInstanceDiscovery: config.graph.authorityHost !== 'https://login.microsoftonline.com',
  });
}

export function createAppInstaller({ baseUrl, teamsAppId, credential, timeoutMs = 20_000 }: { baseUrl: string; teamsAppId: string; credential: TokenCredential; timeoutMs?: number }): AppInstaller {
  const graph = baseUrl.replace(/\/+$/, '');
  const scope = `${new URL(graph).origin}/.default`;
  return {
    async installFor(user) {
      let token: string;
      try {
        const got = await credential.getToken(scope);
        if (!got) return { ok: false, errorCode: 'NoToken', message: 'No Graph token was issued for the bot.' };
        token = got.token;
      } catch (err) {
        return { ok: false, errorCode: 'TokenFailed', message: `Could not get a Graph token for the bot: ${(err as Error).message}` };
      }
      let res: Response;
      try {
        res = await fetch(`${graph}/users/${encodeURIComponent(user)}/teamwork/installedApps`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ 'teamsApp@odata.bind': `${graph}/appCatalogs/teamsApps/${encodeURIComponent(teamsAppId)}` }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const e = err as Error;
        return e.name === 'TimeoutError'
          ? { ok: false, errorCode: 'Timeout', message: `Microsoft Graph did not answer within ${timeoutMs} ms.` }
          : { ok: false, errorCode: 'NetworkError', message: e.message };
      }
      const text = await res.text();
      if (res.ok) return { ok: true, status: 'installed' };
      // 409: the app is installed for the user already.
      if (res.status === 409) return { ok: true, status: 'already-installed' };
      let code: string | undefined;
      try {
        code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
      } catch {
        code = undefined;
      }
      const failure: SendFailure = { ok: false, status: res.status, message: `Microsoft Graph answered ${res.status}: ${text.slice(0, 300)}` };
      if (code) failure.errorCode = code;
      const retryAfter = res.headers.get('retry-after');
      if (retryAfter) failure.retryAfter = retryAfter;
      return failure;
    },
  };
}
