import type { Activity, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { Store } from '../store/store';
import type { OutboxItem } from '../store/store-schema';
import type { ConnectorSender, SendFailure } from './connector-sender';
import { personalConversationRecord, type OpenChat } from './open-personal-conversation';
import { waitForTurn, type RateLimiter } from './rate-limiter';
import { decideAfterFailure } from './retry-policy';

/**
 * A delivery ready to send; or ready once the leader's 1:1 chat is opened (`open`); or the reason
 * it must not be sent: recorded as skipped, or as waiting when the leader cannot be reached yet.
 * The worker is given a composer that turns an outbox item into one of these (features/compose).
 */
export type Composed =
  | { send: true; conversationId: string; reference: Partial<ConversationReference>; activity: Partial<Activity> }
  | { send: 'open'; open: OpenChat; activity: Partial<Activity> }
  | { send: false; reason: string; wait?: boolean };

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
  /**
   * Quiet hours: when an item may not be sent at `now`, the moment it may (the working window's
   * next opening); undefined when it may go now. Without it, everything due is sent.
   */
  heldUntil?: (item: OutboxItem, now: Date) => Date | undefined;
}

export interface DrainOptions {
  /** Items sent at the same time; the rate limiter, not this number, sets the pace. */
  concurrency?: number;
  batchSize?: number;
  /** A claimed item returns to the queue if its worker has not finished it (or renewed the lease) by then: a crash. */
  leaseMs?: number;
  /** Wait for retries due within this time before returning; later ones are left to the next tick. */
  waitForRetriesMs?: number;
}

export interface DrainReport {
  sent: number;
  /** Held back by quiet hours until the working window opens (not an attempt). */
  held: number;
  skipped: number;
  failed: number;
  blocked: number;
  retried: number;
  /** Parked until the leader can be reached (no chat, in no known roster). */
  waiting: number;
  /** 1:1 chats opened with leaders who never wrote to the bot. */
  opened: number;
}

/**
 * Sends what is due in the outbox until nothing due is left. Each item is recorded as sent only
 * after the connector accepted it; every other outcome is recorded too. Teams' rate limits are
 * respected before each attempt, and the one retry policy decides what a failure means.
 */
export async function drainOutbox(deps: WorkerDeps, options: DrainOptions = {}): Promise<DrainReport> {
  const { concurrency = 16, batchSize = 200, leaseMs = 30_000, waitForRetriesMs = 120_000 } = options;
  const report: DrainReport = { sent: 0, held: 0, skipped: 0, failed: 0, blocked: 0, retried: 0, waiting: 0, opened: 0 };
  for (;;) {
    if (deps.shouldStop?.()) return report;
    const batch = await deps.store.claimDueDeliveries({ now: deps.clock(), limit: batchSize, workerId: deps.workerId, leaseMs });
    if (batch.length === 0) {
      const next = await deps.store.nextPendingAttemptAt();
      const wait = next ? next.getTime() - deps.clock().getTime() : Infinity;
      if (wait > waitForRetriesMs) return report;
      // Look again within a second: a shutdown need not wait for a later retry, and with replicas
      // sharing the outbox, what is due may be another replica's lease that ran out, or a
      // conversation that another replica's send no longer holds.
      await deps.sleep(Math.min(Math.max(0, wait) + 5, 1_000));
      continue;
    }
    let index = 0;
    // On shutdown the unstarted rest of a batch stays leased and returns to the queue when the lease runs out.
    const lane = async () => {
      while (index < batch.length && !deps.shouldStop?.()) await processItem(deps, batch[index++], report);
    };
    await withHeartbeat(deps, leaseMs, () => Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, lane)));
  }
}

/**
 * Renews this worker's leases every third of a lease while `work` runs, so a batch that takes
 * longer than one lease is not taken over by another replica while this one is alive; a worker
 * that dies stops renewing, and its deliveries are free one lease later.
 */
async function withHeartbeat<T>(deps: WorkerDeps, leaseMs: number, work: () => Promise<T>): Promise<T> {
  const renew = () =>
    deps.store.renewLeases(deps.workerId, new Date(deps.clock().getTime() + leaseMs)).catch((err: Error) => {
      deps.logger.warn({ err: err.message }, 'leases could not be renewed');
    });
  const timer = setInterval(() => void renew(), Math.max(1_000, leaseMs / 3));
  try {
    return await work();
  } finally {
    clearInterval(timer);
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
    // Checked here, at the moment of sending, so a retry or a late start cannot write after hours.
    const until = deps.heldUntil?.(item, deps.clock());
    if (until) {
      report.held++;
      return record({ status: 'deferred', nextAttemptAt: until, reason: 'quiet-hours' });
    }
    const composed = await deps.compose(item, deps.clock());
    if (!composed.send) {
      if (composed.wait) {
        report.waiting++;
        return record({ status: 'waiting', reason: composed.reason });
      }
      report.skipped++;
      return record({ status: 'skipped', reason: composed.reason });
    }
    let target: { conversationId: string; reference: Partial<ConversationReference> };
    if (composed.send === 'open') {
      // A leader who never wrote to the bot: open the 1:1 chat first, under the same limits and
      // retry policy as the send. Teams returns the same chat for the same user, so a retry after
      // a lost answer does not make a second one.
      const { target: chat } = composed.open;
      await waitForTurn(deps.limiter, chat.userId, 'create', () => deps.clock().getTime(), deps.sleep);
      const created = await deps.sender.createPersonalConversation(chat);
      if (!created.ok) {
        return afterFailure(deps, item, created, chat.userId, report, async (reason) => {
          if (reason === 'ConversationBlockedByUser') {
            report.blocked++;
            return record({ status: 'blocked', reason });
          }
          // Teams will not open the chat (the app is not installed for the leader, or is
          // disabled): wait until they can be reached, as for a leader in no roster.
          report.waiting++;
          return record({ status: 'waiting', reason: `cannot-open-chat:${reason}` });
        });
      }
      await store.saveConversation(personalConversationRecord(composed.open, created.conversationId, created.reference, deps.clock()));
      report.opened++;
      target = { conversationId: created.conversationId, reference: created.reference };
    } else {
      target = composed;
    }
    await waitForTurn(deps.limiter, target.conversationId, 'send', () => deps.clock().getTime(), deps.sleep);
    const outcome = await deps.sender.send(target.reference, composed.activity);
    if (outcome.ok) {
      report.sent++;
      return record({ status: 'sent', activityId: outcome.activityId, sentTo: target.conversationId });
    }
    return afterFailure(deps, item, outcome, target.conversationId, report, async (reason) => {
      // The user blocked or removed the bot: stop sending there until they write again or reinstall.
      await store.deactivateConversation(target.conversationId, reason, deps.clock());
      report.blocked++;
      return record({ status: 'blocked', reason });
    });
  } catch (err) {
    // A bug or a store failure must not stop the batch; the lease returns the item to the queue.
    logger.error({ key: item.key, err: (err as Error).message }, 'delivery could not be processed');
  }
}

/** The one retry policy decides what a failed request means; a closed conversation is the caller's to handle. */
async function afterFailure(
  deps: WorkerDeps,
  item: OutboxItem,
  failure: SendFailure,
  thread: string,
  report: DrainReport,
  closed: (reason: string) => Promise<void>,
): Promise<void> {
  const now = deps.clock();
  const decision = decideAfterFailure({
    status: failure.status,
    retryAfter: failure.retryAfter,
    errorCode: failure.errorCode,
    attempt: item.attempts + 1,
    now: now.getTime(),
    random: deps.random ?? Math.random,
  });
  deps.logger.warn({ key: item.key, status: failure.status, code: failure.errorCode, decision: decision.action }, 'delivery attempt failed');
  const record = (outcome: Parameters<Store['recordDeliveryOutcome']>[1]) => deps.store.recordDeliveryOutcome(item.key, outcome, now);
  if (decision.action === 'retry') {
    if (failure.status === 429) await deps.limiter.penalize(thread, decision.delayMs);
    report.retried++;
    return record({ status: 'retry', nextAttemptAt: new Date(now.getTime() + decision.delayMs), reason: `${failure.status ?? 'network'} ${failure.errorCode ?? ''}`.trim() });
  }
  if (decision.action === 'deactivate') return closed(decision.reason);
  report.failed++;
  return record({ status: 'failed', reason: decision.reason });
}
