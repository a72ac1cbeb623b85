/**
 * Keeps proactive traffic inside Teams' bot rate limits, so that a digest or an announcement to a
 * whole cohort is spread out by us instead of being answered with HTTP 429 by Teams.
 *
 * It is a sliding-window log: every reservation is remembered at the moment it will be sent, and a
 * new one is placed at the earliest moment where no window (per conversation and per app) would
 * hold more than its limit, counting reservations already placed in the future. So a burst is
 * spread out in advance and never exceeds any window, whatever order the reservations come in.
 */

import type { RateBudget } from '../store/store';

/** At most `limit` requests in any span of `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** The operations Teams limits separately, per bot and per thread. */
export type Operation = 'send' | 'create' | 'read';

/**
 * Teams' "per bot per thread" limits for sending to one conversation: 7 per 1 s, 8 per 2 s,
 * 60 per 30 s and 1,800 per hour.
 */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = Object.freeze([
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
]);

/**
 * Per bot per thread for each operation: creating a conversation has the send limits (its thread
 * is the new 1:1 chat, so the key is the user), reading members or conversations its own, twice
 * as wide: 14 per 1 s, 16 per 2 s, 120 per 30 s, 3,600 per hour.
 */
export const TEAMS_THREAD_LIMITS: Readonly<Record<Operation, readonly RateWindow[]>> = Object.freeze({
  send: TEAMS_CONVERSATION_LIMITS,
  create: TEAMS_CONVERSATION_LIMITS,
  read: Object.freeze([
    { limit: 14, windowMs: 1_000 },
    { limit: 16, windowMs: 2_000 },
    { limit: 120, windowMs: 30_000 },
    { limit: 3_600, windowMs: 3_600_000 },
  ]),
});

/** Teams' global limit for one bot app (per tenant): 50 requests per second, every operation together. */
export const TEAMS_GLOBAL_LIMITS: readonly RateWindow[] = Object.freeze([{ limit: 50, windowMs: 1_000 }]);

/** The `penalize` target that stands for the whole app rather than one conversation. */
export const GLOBAL_TARGET = 'global';

export interface RateLimiterOptions {
  /** Windows for sending to one conversation (and, unless `perThread` says otherwise, for creating one). */
  perConversation?: readonly RateWindow[];
  /** Windows per operation; overrides `perConversation`. */
  perThread?: Partial<Record<Operation, readonly RateWindow[]>>;
  global?: readonly RateWindow[];
  /** Milliseconds since an epoch; injected so tests run on a fake clock. */
  now: () => number;
}

export interface RateLimiterStats {
  /** Conversations with timestamps or a penalty still remembered. */
  conversations: number;
  /** Timestamps remembered, all logs together. */
  timestamps: number;
}

export interface RateLimiter {
  /**
   * Books one request on a thread and returns how many milliseconds the caller must wait before
   * making it (0 = now). The booking counts from that future moment on, so call it once per HTTP
   * attempt, right before waiting and sending. The thread is the conversation for `send` and
   * `read`, and the user for `create` (the 1:1 chat to be). Every operation counts against the
   * app-wide limit. The in-memory limiter answers at once; the shared one after a booking in the
   * store, so callers always await it.
   */
  reserve(thread: string, operation?: Operation): number | Promise<number>;
  /**
   * Holds back everything to the conversation (or to the whole app with `GLOBAL_TARGET`) for `ms`
   * milliseconds from now, as a 429's Retry-After asks. Bookings already handed out are not moved.
   */
  penalize(target: string, ms: number): void | Promise<void>;
}

/** The limiter of one process: bookings held in memory. */
export interface MemoryRateLimiter extends RateLimiter {
  reserve(thread: string, operation?: Operation): number;
  penalize(target: string, ms: number): void;
  /** What is held in memory, to show that it stays bounded. */
  stats(): RateLimiterStats;
}

/** Creates a limiter with Teams' limits unless others are given. */
export function createRateLimiter({
  perConversation = TEAMS_CONVERSATION_LIMITS,
  perThread = {},
  global = TEAMS_GLOBAL_LIMITS,
  now,
}: RateLimiterOptions): MemoryRateLimiter {
  const { windowsOf, horizonOf, globalHorizonMs } = checkedWindows(perConversation, perThread, global);
  // Idle threads are looked at once per this span; each log keeps only its own horizon.
  const sweepEveryMs = Math.max(globalHorizonMs, 30_000);
  /** Logs per operation and thread, keyed "operation thread". */
  const conversations = new Map<string, number[]>();
  const operationOfKey = (key: string) => key.slice(0, key.indexOf(' ')) as Operation;
  const penalties = new Map<string, number>();
  const globalLog: number[] = [];
  let globalPenaltyUntil = -Infinity;
  let lastSweep = -Infinity;
  // The global log only ever gains entries in the future, so once a search from `a` found its
  // first fit at `b`, nothing in [a, b) can fit later either: the next search may start at b.
  // Without this, 10,000 bookings at once would each walk every full second again.
  let noGlobalFit: { from: number; until: number } | undefined;

  function globalFit(from: number): number {
    const start = noGlobalFit && from >= noGlobalFit.from && from < noGlobalFit.until ? noGlobalFit.until : from;
    const fit = earliestFit(globalLog, global, start);
    noGlobalFit = noGlobalFit && from >= noGlobalFit.from && from <= noGlobalFit.until ? { from: noGlobalFit.from, until: fit } : { from, until: fit };
    return fit;
  }

  function sweep(at: number): void {
    for (const [key, log] of conversations) {
      dropBefore(log, at - horizonOf[operationOfKey(key)]);
      if (log.length === 0) conversations.delete(key);
    }
    for (const [id, until] of penalties) if (until <= at) penalties.delete(id);
    dropBefore(globalLog, at - globalHorizonMs);
    if (noGlobalFit && noGlobalFit.until <= at) noGlobalFit = undefined;
    lastSweep = at;
  }

  return {
    reserve(thread, operation = 'send') {
      const at = now();
      // Idle threads are forgotten by a regular sweep, so memory follows the threads active
      // within their longest window (an hour), not every thread ever seen.
      if (at - lastSweep >= sweepEveryMs) sweep(at);
      const key = `${operation} ${thread}`;
      const log = conversations.get(key) ?? [];
      dropBefore(log, at - horizonOf[operation]);
      dropBefore(globalLog, at - globalHorizonMs);
      // Never before the thread's last booking: messages to one chat keep their order.
      let t = Math.max(at, globalPenaltyUntil, penalties.get(thread) ?? -Infinity, log.at(-1) ?? -Infinity);
      for (;;) {
        const next = globalFit(earliestFit(log, windowsOf[operation], t));
        if (next === t) break;
        t = next;
      }
      insertSorted(log, t);
      insertSorted(globalLog, t);
      conversations.set(key, log);
      return t - at;
    },

    penalize(target, ms) {
      const until = now() + Math.max(0, ms);
      if (target === GLOBAL_TARGET) {
        globalPenaltyUntil = Math.max(globalPenaltyUntil, until);
      } else {
        penalties.set(target, Math.max(penalties.get(target) ?? -Infinity, until));
      }
    },

    stats() {
      let timestamps = globalLog.length;
      for (const log of conversations.values()) timestamps += log.length;
      const ids = new Set([...[...conversations.keys()].map((key) => key.slice(key.indexOf(' ') + 1)), ...penalties.keys()]);
      return { conversations: ids.size, timestamps };
    },
  };
}

/** How late past its booked moment a request may still go (a busy process wakes late). */
export const LATE_MS = 20;

/**
 * Books a request and waits for its moment. When the process woke more than `LATE_MS` after it
 * (it was busy: a long garbage collection, a loaded machine), the moment is given up and a new
 * one booked: a late request sent anyway would arrive together with those booked after it and
 * crowd their second. So a request goes out within 40 ms of its booking, whatever the process
 * did meanwhile; after a few late wake-ups in a row it goes anyway, rather than never.
 */
export async function waitForTurn(limiter: RateLimiter, thread: string, operation: Operation, clock: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let tries = 1; ; tries++) {
    const wait = await limiter.reserve(thread, operation);
    const due = clock() + wait;
    if (wait > 0) await sleep(wait);
    if (clock() - due <= LATE_MS || tries >= 3) return;
  }
}

export interface SharedRateLimiterOptions {
  /** The store's shared bookings (PostgreSQL: every replica's). */
  budget: RateBudget;
  perConversation?: readonly RateWindow[];
  perThread?: Partial<Record<Operation, readonly RateWindow[]>>;
  global?: readonly RateWindow[];
}

/**
 * The limiter for replicas that share a store: the same windows and the same placing rule as the
 * in-memory limiter, but every booking is placed in the store, seeing every replica's bookings
 * and pauses, on the store's clock (so replicas' own clocks do not matter). Two replicas together
 * stay inside Teams' app-wide budget, and a 429 one of them gets holds back all of them.
 */
export function createSharedRateLimiter({ budget, perConversation = TEAMS_CONVERSATION_LIMITS, perThread = {}, global = TEAMS_GLOBAL_LIMITS }: SharedRateLimiterOptions): RateLimiter & {
  /** Forgets bookings no window can see any more (call now and then). */
  sweep(): Promise<number>;
} {
  const { windowsOf, horizonOf, globalHorizonMs } = checkedWindows(perConversation, perThread, global);
  const longestHorizon = Math.max(globalHorizonMs, ...Object.values(horizonOf));
  return {
    async reserve(thread, operation = 'send') {
      const windows = windowsOf[operation];
      const { atMs, nowMs } = await budget.book(
        { logKey: `${operation} ${thread}`, penaltyTarget: thread, globalHorizonMs, threadHorizonMs: horizonOf[operation] },
        ({ nowMs: at, globalLog, threadLog, notBeforeMs }) => {
          // Never before the thread's last booking: messages to one chat keep their order.
          let t = Math.max(at, notBeforeMs, threadLog.at(-1) ?? -Infinity);
          for (;;) {
            const next = earliestFit(globalLog, global, earliestFit(threadLog, windows, t));
            if (next === t) return t;
            t = next;
          }
        },
      );
      return Math.max(0, atMs - nowMs);
    },
    penalize: (target, ms) => budget.penalize(target, ms),
    sweep: () => budget.sweep(longestHorizon),
  };
}

function checkedWindows(perConversation: readonly RateWindow[], perThread: Partial<Record<Operation, readonly RateWindow[]>>, global: readonly RateWindow[]) {
  const windowsOf: Record<Operation, readonly RateWindow[]> = {
    send: perThread.send ?? perConversation,
    create: perThread.create ?? perThread.send ?? perConversation,
    read: perThread.read ?? TEAMS_THREAD_LIMITS.read,
  };
  for (const [operation, windows] of Object.entries(windowsOf)) assertWindows(windows, operation === 'send' ? 'perConversation' : operation);
  assertWindows(global, 'global');
  // Nothing older than a log's longest window can affect a future booking, so it is forgotten.
  const longest = (windows: readonly RateWindow[]) => Math.max(...windows.map((w) => w.windowMs));
  const horizonOf: Record<Operation, number> = { send: longest(windowsOf.send), create: longest(windowsOf.create), read: longest(windowsOf.read) };
  return { windowsOf, horizonOf, globalHorizonMs: longest(global) };
}

function assertWindows(windows: readonly RateWindow[], name: string): void {
  for (const w of windows) {
    if (!(Number.isInteger(w.limit) && w.limit >= 1 && w.windowMs > 0)) {
      throw new Error(`Rate limit ${name}: each window needs a whole limit of at least 1 and a positive windowMs, got ${JSON.stringify(w)}`);
    }
  }
}

/** The earliest moment at or after `from` that a new entry fits every window of the sorted log. */
function earliestFit(log: readonly number[], windows: readonly RateWindow[], from: number): number {
  let t = from;
  for (let moved = true; moved; ) {
    moved = false;
    for (const w of windows) {
      const next = escapeWindow(log, w, t);
      if (next !== t) {
        t = next;
        moved = true;
      }
    }
  }
  return t;
}

/**
 * The earliest moment at or after `t` where one more entry keeps every span of `windowMs` at
 * `limit` entries or fewer. Adding t breaks the window when `limit` consecutive entries together
 * with t span less than windowMs; the only way out of such a group is t ≥ its first entry + windowMs.
 */
function escapeWindow(log: readonly number[], { limit, windowMs }: RateWindow, from: number): number {
  let t = from;
  for (;;) {
    const lo = firstIndexAbove(log, t - windowMs);
    const hi = firstIndexAtOrAbove(log, t + windowMs);
    let needed = t;
    for (let i = lo; i + limit - 1 < hi; i++) {
      const first = log[i];
      const last = log[i + limit - 1];
      if (Math.max(last, t) - Math.min(first, t) < windowMs) needed = Math.max(needed, first + windowMs);
    }
    if (needed === t) return t;
    t = needed;
  }
}

function firstIndexAbove(log: readonly number[], value: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstIndexAtOrAbove(log: readonly number[], value: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid] >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function insertSorted(log: number[], value: number): void {
  // Bookings mostly arrive in time order, so appending is the common case.
  if (log.length === 0 || log[log.length - 1] <= value) log.push(value);
  else log.splice(firstIndexAbove(log, value), 0, value);
}

function dropBefore(log: number[], cutoff: number): void {
  const keepFrom = firstIndexAtOrAbove(log, cutoff);
  if (keepFrom > 0) log.splice(0, keepFrom);
}
