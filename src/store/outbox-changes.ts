/**
 * The outbox operations as pure functions of the store data: the lowdb store applies them to
 * its document; a database store implements the same operations as statements.
 */
import type { PlannedDelivery } from '../domain/schedule/delivery';
import type { DeliveryStatus, OutboxItem, StoreData } from './store-schema';

/** A delivery to add: a planned one, or one with its own payload (announcements, digests). */
export type NewDelivery = PlannedDelivery & { conversationId?: string; payload?: Record<string, unknown> };

/**
 * What happened when a worker tried to send. "retry" puts the item back with a later attempt
 * time; "deferred" does the same without counting an attempt (nothing was sent: quiet hours hold
 * it until the working window opens); "waiting" parks it until the leader can be reached (see
 * releaseWaiting).
 */
export type DeliveryOutcome =
  | { status: 'sent'; activityId?: string; sentTo: string }
  | { status: 'retry'; nextAttemptAt: Date; reason: string }
  | { status: 'deferred'; nextAttemptAt: Date; reason: string }
  | { status: 'waiting'; reason: string }
  | { status: 'skipped' | 'failed' | 'blocked'; reason: string };

export interface ClaimOptions {
  now: Date;
  limit: number;
  workerId: string;
  leaseMs: number;
}

/** A new delivery as the outbox keeps it: pending, no attempt yet, first due at its due time. */
export function newOutboxItem(item: NewDelivery, at: string): OutboxItem {
  return {
    key: item.key,
    kind: item.kind,
    participantId: item.participantId || undefined,
    conversationId: item.conversationId,
    sessionId: item.sessionId,
    offset: item.offset,
    dueAt: item.dueAt,
    expiresAt: item.expiresAt,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: item.dueAt,
    payload: item.payload,
    createdAt: at,
    updatedAt: at,
  };
}

/** Adds the deliveries whose key is new; a key already present (any status) is left alone. */
export function enqueue(data: StoreData, items: NewDelivery[], now: Date): { data: StoreData; added: number } {
  const existing = new Set(data.outbox.map((o) => o.key));
  const at = now.toISOString();
  const fresh: OutboxItem[] = [];
  for (const item of items) {
    if (existing.has(item.key)) continue;
    existing.add(item.key);
    fresh.push(newOutboxItem(item, at));
  }
  return { data: fresh.length ? { ...data, outbox: [...data.outbox, ...fresh] } : data, added: fresh.length };
}

/**
 * Whether a worker may take the item now: pending and due, abandoned by a worker whose lease ran
 * out, or waiting and expired (the worker then records it as expired).
 */
export function isClaimable(item: OutboxItem, now: number): boolean {
  if (item.status === 'pending') return Date.parse(item.nextAttemptAt) <= now;
  if (item.status === 'waiting') return Date.parse(item.expiresAt) <= now;
  return item.status === 'sending' && item.claimedUntil !== undefined && Date.parse(item.claimedUntil) <= now;
}

/** A delivery's thread: the conversation of a channel post, else the leader (whose chat is resolved when sending). */
export function threadOf(item: OutboxItem): string | undefined {
  return item.conversationId || item.participantId || undefined;
}

/**
 * Leases up to `limit` due items to a worker, oldest due first, and at most one per thread: a
 * thread with a delivery in flight (leased, lease running) gets none, so one conversation never
 * has two sends at once, whichever workers (or replicas) there are.
 */
export function claim(data: StoreData, { now, limit, workerId, leaseMs }: ClaimOptions): { data: StoreData; claimed: OutboxItem[] } {
  const t = now.getTime();
  const busy = new Set(data.outbox.filter((o) => o.status === 'sending' && o.claimedUntil !== undefined && Date.parse(o.claimedUntil) > t).map(threadOf));
  const taken = new Set<string>();
  const due = data.outbox
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isClaimable(item, t))
    .sort((a, b) => a.item.nextAttemptAt.localeCompare(b.item.nextAttemptAt) || a.item.key.localeCompare(b.item.key))
    .filter(({ item }) => {
      const thread = threadOf(item);
      if (thread === undefined) return true;
      if (busy.has(thread) || taken.has(thread)) return false;
      taken.add(thread);
      return true;
    })
    .slice(0, limit);
  if (due.length === 0) return { data, claimed: [] };
  const until = new Date(t + leaseMs).toISOString();
  const outbox = [...data.outbox];
  const claimed = due.map(({ item, index }) => {
    const leased: OutboxItem = { ...item, status: 'sending', claimedBy: workerId, claimedUntil: until, updatedAt: now.toISOString() };
    outbox[index] = leased;
    return leased;
  });
  return { data: { ...data, outbox }, claimed };
}

/** A live worker's heartbeat: its running leases now last until `until`. */
export function renewLeases(data: StoreData, workerId: string, until: Date): { data: StoreData; renewed: number } {
  const at = until.toISOString();
  let renewed = 0;
  const outbox = data.outbox.map((item) => {
    if (item.status !== 'sending' || item.claimedBy !== workerId || !item.claimedUntil || item.claimedUntil >= at) return item;
    renewed++;
    return { ...item, claimedUntil: at };
  });
  return renewed ? { data: { ...data, outbox }, renewed } : { data, renewed };
}

/** Records the outcome of one attempt. Final states are never changed again. */
export function recordOutcome(data: StoreData, key: string, outcome: DeliveryOutcome, now: Date): StoreData {
  const index = data.outbox.findIndex((o) => o.key === key);
  if (index < 0) return data;
  const item = data.outbox[index];
  if (isFinal(item.status)) return data;
  const at = now.toISOString();
  if (outcome.status === 'deferred') {
    const held: OutboxItem = { ...item, status: 'pending', nextAttemptAt: outcome.nextAttemptAt.toISOString(), reason: outcome.reason, claimedBy: undefined, claimedUntil: undefined, updatedAt: at };
    const outbox = [...data.outbox];
    outbox[index] = held;
    return { ...data, outbox };
  }
  const base = { ...item, attempts: item.attempts + 1, claimedBy: undefined, claimedUntil: undefined, updatedAt: at };
  const next: OutboxItem =
    outcome.status === 'sent'
      ? { ...base, status: 'sent', activityId: outcome.activityId, sentTo: outcome.sentTo, sentAt: at, reason: undefined }
      : outcome.status === 'retry'
        ? { ...base, status: 'pending', nextAttemptAt: outcome.nextAttemptAt.toISOString(), reason: outcome.reason }
        : outcome.status === 'waiting'
          ? { ...base, status: 'waiting', nextAttemptAt: item.expiresAt, reason: outcome.reason }
          : { ...base, status: outcome.status, reason: outcome.reason };
  const outbox = [...data.outbox];
  outbox[index] = next;
  return { ...data, outbox };
}

/**
 * The leaders became reachable (a chat was stored, or a roster read found them): their waiting
 * deliveries are due again at once. Returns how many were released.
 */
export function releaseWaiting(data: StoreData, participantIds: ReadonlySet<string>, now: Date): { data: StoreData; released: number } {
  if (participantIds.size === 0) return { data, released: 0 };
  const at = now.toISOString();
  let released = 0;
  const outbox = data.outbox.map((item) => {
    if (item.status !== 'waiting' || !item.participantId || !participantIds.has(item.participantId)) return item;
    released++;
    return { ...item, status: 'pending' as const, nextAttemptAt: at, updatedAt: at };
  });
  return released ? { data: { ...data, outbox }, released } : { data, released };
}

/**
 * Returns every delivery marked `sending` to the queue at once. Only for a store with one writer
 * (the embedded file store, under its lock): whatever is `sending` when a process takes the lock
 * was claimed by a process that is gone. Those whose attempt was in flight at the crash may be
 * sent again (Teams has no idempotency key); the rest were never attempted.
 */
export function reclaimAll(data: StoreData, now: Date): { data: StoreData; reclaimed: number } {
  const at = now.toISOString();
  let reclaimed = 0;
  const outbox = data.outbox.map((item) => {
    if (item.status !== 'sending') return item;
    reclaimed++;
    return { ...item, status: 'pending' as const, claimedBy: undefined, claimedUntil: undefined, updatedAt: at };
  });
  return reclaimed ? { data: { ...data, outbox }, reclaimed } : { data, reclaimed };
}

export function isFinal(status: DeliveryStatus): boolean {
  return status === 'sent' || status === 'skipped' || status === 'failed' || status === 'blocked';
}
