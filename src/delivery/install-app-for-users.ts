/**
 * Installing the Teams app for leaders the bot cannot reach (optional, `graph.installAppForUsers`):
 * Microsoft Graph's "install app for user" (POST /users/{id}/teamwork/installedApps), with the
 * application permission TeamsAppInstallation.ReadWriteSelfForUser.All granted to the bot's own
 * app registration. Teams then sends the bot an installationUpdate from the leader's new 1:1 chat;
 * the bot stores that chat like any installation, and the leader's waiting cards go out.
 *
 * Each request is one attempt with a timeout; 429, 5xx and timeouts are retried under the one
 * retry policy, within a time budget per tick. A refusal (403: permission missing; 404: no such
 * user) is recorded and tried again after a day, not on every tick.
 */
import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Logger } from 'pino';
import type { Config } from '../config/config-schema';
import type { Store } from '../store/store';
import type { SendFailure } from './connector-sender';
import { reachOfParticipants } from './reach-report';
import { decideAfterFailure } from './retry-policy';

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

export interface InstallDeps {
  store: Store;
  installer: AppInstaller;
  logger: Logger;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  shouldStop?: () => boolean;
}

export interface InstallReport {
  installed: number;
  alreadyInstalled: number;
  failed: number;
}

/** Installs the app for every active leader the bot cannot reach, except those tried recently. */
export async function installAppForUnreachable(deps: InstallDeps, { budgetMs = 30_000 }: { budgetMs?: number } = {}): Promise<InstallReport> {
  const { store, installer, logger } = deps;
  const report: InstallReport = { installed: 0, alreadyInstalled: 0, failed: 0 };
  const deadline = deps.clock().getTime() + budgetMs;
  const earlier = new Map((await store.listAppInstallations()).map((a) => [a.participantId, a]));
  const due = (await reachOfParticipants(store)).filter((r) => {
    if (r.state !== 'unreachable') return false;
    const last = earlier.get(r.participantId);
    return !last || (last.status === 'failed' && Date.parse(last.at) + APP_INSTALL_RETRY_AFTER_MS <= deps.clock().getTime());
  });
  for (const leader of due) {
    if (deps.shouldStop?.()) break;
    // Graph finds a user by Entra object id or by UPN (usually the e-mail).
    const user = leader.aadObjectId ?? leader.email;
    for (let attempt = 1; ; attempt++) {
      const outcome = await installer.installFor(user);
      if (!outcome.ok && outcome.errorCode === 'TokenFailed') {
        // The bot's identity could not sign in: every installation would fail the same way.
        logger.error({ err: outcome.message }, 'cannot install the app for leaders: no Graph token');
        return report;
      }
      if (outcome.ok) {
        await store.recordAppInstallation({ participantId: leader.participantId, status: outcome.status, at: deps.clock().toISOString() });
        if (outcome.status === 'installed') report.installed++;
        else report.alreadyInstalled++;
        break;
      }
      const now = deps.clock().getTime();
      const decision = decideAfterFailure({ status: outcome.status, retryAfter: outcome.retryAfter, errorCode: outcome.errorCode, attempt, now, random: deps.random ?? Math.random });
      if (decision.action === 'retry' && now + decision.delayMs <= deadline) {
        await deps.sleep(decision.delayMs);
        continue;
      }
      if (decision.action === 'retry') return report; // out of time: the rest waits for the next tick
      const reason = [outcome.status ? `HTTP ${outcome.status}` : undefined, outcome.errorCode].filter(Boolean).join(' ') || outcome.message;
      await store.recordAppInstallation({ participantId: leader.participantId, status: 'failed', reason, at: deps.clock().toISOString() });
      logger.warn({ participantId: leader.participantId, status: outcome.status, code: outcome.errorCode }, 'could not install the app for a leader through Microsoft Graph');
      report.failed++;
      break;
    }
  }
  if (report.installed || report.alreadyInstalled || report.failed) logger.info(report, 'app installed for leaders the bot could not reach');
  return report;
}
