/**
 * Keeps proactive traffic inside Teams' bot rate limits, so that a digest or an announcement to a
 * whole cohort is spread out by us instead of being answered with HTTP 429 by Teams.
 *
 * It is a sliding-window log: every reservation is remembered at the moment it will be sent, and a
 * new one is placed at the earliest moment where no window (per conversation and per app) would
 * hold more than its limit, counting reservations already placed in the future. So a burst is
 * spread out in advance and never exceeds any window, whatever order the reservations come in.
 */

/** At most `limit` requests in any span of `windowMs` milliseconds. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * Teams' "per bot per thread" limits for sending to one conversation: 7 per 1 s, 8 per 2 s and
 * 60 per 30 s. (Teams also has 1800 per hour per thread; add `{ limit: 1800, windowMs: 3_600_000 }`
 * if one conversation can ever see that many.)
 */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = Object.freeze([
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
]);

/** Teams' global limit for one bot app (per tenant): 50 requests per second. */
export const TEAMS_GLOBAL_LIMITS: readonly RateWindow[] = Object.freeze([{ limit: 50, windowMs: 1_000 }]);

/** The `penalize` target that stands for the whole app rather than one conversation. */
export const GLOBAL_TARGET = 'global';

export interface RateLimiterOptions {
  perConversation?: readonly RateWindow[];
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
   * Books one request to the conversation and returns how many milliseconds the caller must wait
   * before sending it (0 = send now). The booking counts from that future moment on, so call it
   * once per HTTP attempt, right before waiting and sending.
   */
  reserve(conversationId: string): number;
  /**
   * Holds back everything to the conversation (or to the whole app with `GLOBAL_TARGET`) for `ms`
   * milliseconds from now, as a 429's Retry-After asks. Bookings already handed out are not moved.
   */
  penalize(target: string, ms: number): void;
  /** What is held in memory, to show that it stays bounded. */
  stats(): RateLimiterStats;
}

/** Creates a limiter with Teams' limits unless others are given. */
export function createRateLimiter({
  perConversation = TEAMS_CONVERSATION_LIMITS,
  global = TEAMS_GLOBAL_LIMITS,
  now,
}: RateLimiterOptions): RateLimiter {
  assertWindows(perConversation, 'perConversation');
  assertWindows(global, 'global');
  // Nothing older than the longest window can affect a future booking, so it is forgotten.
  const horizonMs = Math.max(...perConversation.map((w) => w.windowMs), ...global.map((w) => w.windowMs));
  const conversations = new Map<string, number[]>();
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
    const cutoff = at - horizonMs;
    for (const [id, log] of conversations) {
      dropBefore(log, cutoff);
      if (log.length === 0) conversations.delete(id);
    }
    for (const [id, until] of penalties) if (until <= at) penalties.delete(id);
    dropBefore(globalLog, cutoff);
    if (noGlobalFit && noGlobalFit.until <= at) noGlobalFit = undefined;
    lastSweep = at;
  }

  return {
    reserve(conversationId) {
      const at = now();
      // Idle conversations are forgotten by a sweep once per horizon, so memory follows the
      // conversations active in the last 30 s, not every conversation ever seen.
      if (at - lastSweep >= horizonMs) sweep(at);
      const log = conversations.get(conversationId) ?? [];
      dropBefore(log, at - horizonMs);
      dropBefore(globalLog, at - horizonMs);
      // Never before the conversation's last booking: messages to one chat keep their order.
      let t = Math.max(at, globalPenaltyUntil, penalties.get(conversationId) ?? -Infinity, log.at(-1) ?? -Infinity);
      for (;;) {
        const next = globalFit(earliestFit(log, perConversation, t));
        if (next === t) break;
        t = next;
      }
      insertSorted(log, t);
      insertSorted(globalLog, t);
      conversations.set(conversationId, log);
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
      const ids = new Set([...conversations.keys(), ...penalties.keys()]);
      return { conversations: ids.size, timestamps };
    },
  };
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
