/**
 * Installs the Teams app for the leaders the bot cannot reach (optional, `graph.installAppForUsers`;
 * the Graph client is delivery/install-app-for-users.ts). 429, 5xx and timeouts are retried under
 * the one retry policy, within a time budget per tick. A refusal (403: permission missing; 404: no
 * such user) is recorded and tried again after a day, not on every tick.
 */
import type { Logger } from 'pino';
import { APP_INSTALL_RETRY_AFTER_MS, type AppInstaller } from '../delivery/install-app-for-users';
import { decideAfterFailure } from '../delivery/retry-policy';
import type { Store } from '../store/store';
import { reachOfParticipants } from './reach-report';

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
