/**
 * The one retry policy for everything the bot asks of the Bot Connector on its own: messages
 * (reminders, digests, announcements), creating a leader's 1:1 chat and reading a team's roster.
 * It decides, from one failed attempt, whether to try again and when, to stop sending to the
 * conversation for good, or to give up on this request. A transient failure (429, 5xx, a timeout,
 * no answer) is always tried again: it never becomes a permanent failure, only the delivery's
 * own expiry ends it. It is pure: time and randomness are passed in.
 */

export interface FailedAttempt {
  /** HTTP status from the Bot Connector; undefined when no answer came (timeout, network error). */
  status?: number;
  /** The Retry-After header as sent: delay-seconds ("3") or an HTTP date. */
  retryAfter?: string;
  /** The Bot Framework error body's `error.code`, e.g. "ConversationBlockedByUser". */
  errorCode?: string;
  /** Attempts made so far, this failed one included (1 after the first failure). */
  attempt: number;
  /** Milliseconds since the epoch, to read a Retry-After given as a date. */
  now: number;
  /** A number in [0, 1), for jitter. */
  random: () => number;
}

export type RetryDecision =
  | { action: 'retry'; delayMs: number }
  /** The conversation cannot receive messages any more (blocked, bot removed): mark it inactive. */
  | { action: 'deactivate'; reason: string }
  /** This message will not be delivered; the conversation stays active. */
  | { action: 'fail'; reason: string };

export interface RetryLimits {
  /** Attempts in all, the first included, before a transient failure becomes `fail` (default: no limit). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After we honour; a longer one is cut to this (the message would be stale). */
  maxRetryAfterMs: number;
  /** Wait after a 429 that names no Retry-After, before jitter. */
  defaultThrottleDelayMs: number;
}

export const DEFAULT_RETRY_LIMITS: Readonly<RetryLimits> = Object.freeze({
  // A Teams outage of an hour must not lose a wave: deliveries expire, retries do not give up.
  maxAttempts: Infinity,
  baseDelayMs: 500,
  // With no attempt limit, a long outage is probed about once a minute, not every few seconds.
  maxDelayMs: 60_000,
  maxRetryAfterMs: 60_000,
  defaultThrottleDelayMs: 1_000,
});

/**
 * Codes with which Teams says the conversation is closed to the bot. Retrying cannot help and
 * sending again later would only fail again, so the conversation is deactivated.
 */
const CLOSED_CONVERSATION_CODES: Readonly<Record<number, readonly string[]>> = {
  403: ['ConversationBlockedByUser', 'BotDisabledByAdmin', 'ForbiddenOperationException', 'BotNotInConversationRoster'],
  404: ['ConversationNotFound'],
};

/**
 * Transient answers. Teams' rate-limit guidance asks bots to retry 412, 502 and 504 as well as
 * 429; 500 and 503 are the usual transient server errors, 408 is a timeout said out loud.
 */
const TRANSIENT_STATUSES = new Set([408, 412, 500, 502, 503, 504]);

/**
 * The error code the connector sender uses for a request it could not even build (no serviceUrl
 * or conversation id in the stored reference). Trying again would fail the same way.
 */
export const INVALID_REFERENCE_CODE = 'InvalidReference';

/** Decides what to do after one failed attempt to send to Teams. */
export function decideAfterFailure(failure: FailedAttempt, limits: RetryLimits = DEFAULT_RETRY_LIMITS): RetryDecision {
  const { status, errorCode, attempt } = failure;
  const label = describe(status, errorCode);

  const closedCodes = status === undefined ? undefined : CLOSED_CONVERSATION_CODES[status];
  if (closedCodes && errorCode && closedCodes.includes(errorCode)) return { action: 'deactivate', reason: errorCode };

  if (status === undefined && errorCode === INVALID_REFERENCE_CODE) return { action: 'fail', reason: label };

  const transient = status === undefined || status === 429 || TRANSIENT_STATUSES.has(status);
  if (!transient) return { action: 'fail', reason: label };
  if (attempt >= limits.maxAttempts) return { action: 'fail', reason: `gave up after ${attempt} attempts (${label})` };

  if (status === 429) {
    const asked = retryAfterMs(failure.retryAfter, failure.now);
    // Teams sends Retry-After with its 429s; without one, wait a second, jittered so that many
    // throttled sends do not all come back at the same instant.
    const delayMs = asked ?? limits.defaultThrottleDelayMs + Math.floor(failure.random() * limits.defaultThrottleDelayMs);
    return { action: 'retry', delayMs: Math.min(delayMs, limits.maxRetryAfterMs) };
  }

  // Exponential backoff with full jitter: the cap doubles per attempt, the wait is random under it.
  const cap = Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const backoff = Math.floor(failure.random() * cap);
  // A 503 may carry its own Retry-After; never come back sooner than the server asked.
  const asked = retryAfterMs(failure.retryAfter, failure.now);
  return { action: 'retry', delayMs: Math.min(Math.max(backoff, asked ?? 0), limits.maxRetryAfterMs) };
}

/** Milliseconds a Retry-After header asks for, or undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describe(status: number | undefined, errorCode: string | undefined): string {
  const what = status === undefined ? 'no HTTP answer' : `HTTP ${status}`;
  return errorCode ? `${what} ${errorCode}` : what;
}
