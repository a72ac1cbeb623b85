import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { OutboxItem } from '../store/store-schema';
import type { Composed } from './compose-delivery';
import type { ConnectorSender } from './connector-sender';
import type { RateLimiter } from './rate-limiter';
import { decideAfterFailure } from './retry-policy';

export interface WorkerDeps {
  store: Store;
  sender: ConnectorSender;
  limiter: RateLimiter;
  logger: Logger;
  compose: (item: OutboxItem, now: Date) => Promise<Composed>;
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  workerId: string;
  random?: () => number;
  /** Set during shutdown: finish the items in hand, claim no more, wait for no retries. */
  shouldStop?: () => boolean;
}

export interface DrainOptions {
  /** Items sent at the same time; the rate limiter, not this number, sets the pace. */
  concurrency?: number;
  batchSize?: number;
  /** A claimed item returns to the queue if its worker has not finished it by then (crash). */
  leaseMs?: number;
  /** Wait for retries due within this time before returning; later ones are left to the next tick. */
  waitForRetriesMs?: number;
}

export interface DrainReport {
  sent: number;
  skipped: number;
  failed: number;
  blocked: number;
  retried: number;
}

/**
 * Sends what is due in the outbox until nothing due is left. Each item is recorded as sent only
 * after the connector accepted it; every other outcome is recorded too. Teams' rate limits are
 * respected before each attempt, and the one retry policy decides what a failure means.
 */
export async function drainOutbox(deps: WorkerDeps, options: DrainOptions = {}): Promise<DrainReport> {
  const { concurrency = 16, batchSize = 200, leaseMs = 120_000, waitForRetriesMs = 120_000 } = options;
  const report: DrainReport = { sent: 0, skipped: 0, failed: 0, blocked: 0, retried: 0 };
  for (;;) {
    if (deps.shouldStop?.()) return report;
    const batch = await deps.store.claimDueDeliveries({ now: deps.clock(), limit: batchSize, workerId: deps.workerId, leaseMs });
    if (batch.length === 0) {
      const next = await deps.store.nextPendingAttemptAt();
      const wait = next ? next.getTime() - deps.clock().getTime() : Infinity;
      if (wait > waitForRetriesMs) return report;
      await deps.sleep(Math.max(0, wait) + 5);
      continue;
    }
    let index = 0;
    // On shutdown the unstarted rest of a batch stays leased and returns to the queue when the lease runs out.
    const lane = async () => {
      while (index < batch.length && !deps.shouldStop?.()) await processItem(deps, batch[index++], report);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane));
  }
}

async function processItem(deps: WorkerDeps, item: OutboxItem, report: DrainReport): Promise<void> {
  const { store, logger } = deps;
  const record = (outcome: Parameters<Store['recordDeliveryOutcome']>[1]) => store.recordDeliveryOutcome(item.key, outcome, deps.clock());
  try {
    if (Date.parse(item.expiresAt) <= deps.clock().getTime()) {
      report.skipped++;
      return record({ status: 'skipped', reason: 'expired' });
    }
    const composed = await deps.compose(item, deps.clock());
    if (!composed.send) {
      report.skipped++;
      return record({ status: 'skipped', reason: composed.reason });
    }
    const wait = deps.limiter.reserve(composed.conversationId);
    if (wait > 0) await deps.sleep(wait);
    const outcome = await deps.sender.send(composed.reference, composed.activity);
    if (outcome.ok) {
      report.sent++;
      return record({ status: 'sent', activityId: outcome.activityId, sentTo: composed.conversationId });
    }
    const now = deps.clock();
    const decision = decideAfterFailure({
      status: outcome.status,
      retryAfter: outcome.retryAfter,
      errorCode: outcome.errorCode,
      attempt: item.attempts + 1,
      now: now.getTime(),
      random: deps.random ?? Math.random,
    });
    logger.warn({ key: item.key, status: outcome.status, code: outcome.errorCode, decision: decision.action }, 'delivery attempt failed');
    if (decision.action === 'retry') {
      if (outcome.status === 429) deps.limiter.penalize(composed.conversationId, decision.delayMs);
      report.retried++;
      return record({ status: 'retry', nextAttemptAt: new Date(now.getTime() + decision.delayMs), reason: `${outcome.status ?? 'network'} ${outcome.errorCode ?? ''}`.trim() });
    }
    if (decision.action === 'deactivate') {
      // The user blocked or removed the bot: stop sending there until they write again or reinstall.
      await store.deactivateConversation(composed.conversationId, decision.reason, now);
      report.blocked++;
      return record({ status: 'blocked', reason: decision.reason });
    }
    report.failed++;
    return record({ status: 'failed', reason: decision.reason });
  } catch (err) {
    // A bug or a store failure must not stop the batch; the lease returns the item to the queue.
    logger.error({ key: item.key, err: (err as Error).message }, 'delivery could not be processed');
  }
}
