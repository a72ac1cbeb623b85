/**
 * What the outbox does after a failed send: try again (and when), stop sending to the
 * conversation, or give up on the message.
 */
import { decideAfterFailure, DEFAULT_RETRY_LIMITS, retryAfterMs, type FailedAttempt } from '../../../src/delivery/retry-policy';

const NOW = Date.parse('2027-01-11T08:00:00Z');

function after(failure: Partial<FailedAttempt>, random = 0.5) {
  return decideAfterFailure({ attempt: 1, now: NOW, random: () => random, ...failure });
}

describe('When Teams throttles (429)', () => {
  it('When Retry-After says 3 seconds, then the retry waits exactly 3 s', () => {
    expect(after({ status: 429, retryAfter: '3' })).toEqual({ action: 'retry', delayMs: 3_000 });
  });

  it('When Retry-After is an HTTP date, then the retry waits until that moment', () => {
    expect(after({ status: 429, retryAfter: 'Mon, 11 Jan 2027 08:00:07 GMT' })).toEqual({ action: 'retry', delayMs: 7_000 });
  });

  it('When Retry-After is a date already past, then the retry may go at once', () => {
    expect(after({ status: 429, retryAfter: 'Mon, 11 Jan 2027 07:59:00 GMT' })).toEqual({ action: 'retry', delayMs: 0 });
  });

  it('When Retry-After asks for 10 minutes, then the wait is cut to 60 s', () => {
    expect(after({ status: 429, retryAfter: '600' })).toEqual({ action: 'retry', delayMs: 60_000 });
  });

  it('When Retry-After is missing or unreadable, then the retry waits 1 s plus up to 1 s of jitter', () => {
    expect(after({ status: 429 }, 0)).toEqual({ action: 'retry', delayMs: 1_000 });
    expect(after({ status: 429 }, 0.999)).toEqual({ action: 'retry', delayMs: 1_999 });
    expect(after({ status: 429, retryAfter: 'soon' }, 0.5)).toEqual({ action: 'retry', delayMs: 1_500 });
  });

  it('When Teams keeps throttling, then the message is tried again however many attempts it took', () => {
    expect(after({ status: 429, retryAfter: '1', attempt: 40 })).toEqual({ action: 'retry', delayMs: 1_000 });
  });
});

describe('When Teams has a passing problem (412, 5xx, timeouts)', () => {
  it.each([412, 500, 502, 503, 504])('When Teams answers %i, then it is retried', (status) => {
    expect(after({ status }).action).toBe('retry');
  });

  it('When no answer came at all, then it is retried like a server error', () => {
    expect(after({ status: undefined, errorCode: 'ECONNRESET' }).action).toBe('retry');
    expect(after({ status: undefined, errorCode: 'Timeout' }).action).toBe('retry');
  });

  it('When attempts go on, then the backoff ceiling doubles from 500 ms and stops at a minute', () => {
    // With random just under 1 the wait is just under the ceiling, so the ceilings show.
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map(
      (attempt) => decideAfterFailure({ status: 503, attempt, now: NOW, random: () => 0.9999 }) as { delayMs: number },
    );
    expect(ceilings.map((d) => Math.round(d.delayMs / 100) * 100)).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('When jitter is drawn, then the wait is anywhere from 0 up to the ceiling (full jitter)', () => {
    expect(after({ status: 502, attempt: 3 }, 0)).toEqual({ action: 'retry', delayMs: 0 });
    expect(after({ status: 502, attempt: 3 }, 0.5)).toEqual({ action: 'retry', delayMs: 1_000 });
  });

  it('When a 503 names a Retry-After longer than the backoff, then the retry waits at least that long', () => {
    expect(after({ status: 503, retryAfter: '5' }, 0.5)).toEqual({ action: 'retry', delayMs: 5_000 });
  });

  it('When a passing problem lasts, then it is still retried: only the delivery’s expiry ends it', () => {
    expect(after({ status: 503, attempt: 6 }).action).toBe('retry');
    expect(after({ attempt: 100 }).action).toBe('retry');
  });

  it('When a caller sets an attempt limit, then the last attempt’s failure is given up with its status in the reason', () => {
    const limits = { ...DEFAULT_RETRY_LIMITS, maxAttempts: 6 };
    expect(decideAfterFailure({ status: 503, attempt: 6, now: NOW, random: () => 0.5 }, limits)).toEqual({ action: 'fail', reason: 'gave up after 6 attempts (HTTP 503)' });
  });
});

describe('When the conversation is closed to the bot', () => {
  it.each(['ConversationBlockedByUser', 'BotDisabledByAdmin', 'ForbiddenOperationException', 'BotNotInConversationRoster'])(
    'When Teams answers 403 %s, then the conversation is deactivated with that code as the reason',
    (errorCode) => {
      expect(after({ status: 403, errorCode })).toEqual({ action: 'deactivate', reason: errorCode });
    },
  );

  it('When Teams answers 404 ConversationNotFound, then the conversation is deactivated', () => {
    expect(after({ status: 404, errorCode: 'ConversationNotFound' })).toEqual({ action: 'deactivate', reason: 'ConversationNotFound' });
  });

  it('When a closed-conversation code comes with another status, then it is not read as closed', () => {
    expect(after({ status: 404, errorCode: 'ConversationBlockedByUser' })).toEqual({ action: 'fail', reason: 'HTTP 404 ConversationBlockedByUser' });
  });
});

describe('When the request itself is wrong (other 4xx)', () => {
  it.each([
    [400, 'BadArgument'],
    [401, ''],
    [403, 'SomethingElse'],
    [404, ''],
    [413, 'MessageSizeTooBig'],
  ])('When Teams answers %i %s, then the message fails without a retry', (status, code) => {
    const errorCode = code || undefined;
    expect(after({ status, errorCode }).action).toBe('fail');
  });

  it('When the stored reference could not even be used, then the message fails without a retry', () => {
    expect(after({ errorCode: 'InvalidReference' })).toEqual({ action: 'fail', reason: 'no HTTP answer InvalidReference' });
  });
});

describe('Reading Retry-After', () => {
  it('When the header holds seconds, a date, nothing or nonsense, then it reads as ms, ms, undefined, undefined', () => {
    expect(retryAfterMs('2', NOW)).toBe(2_000);
    expect(retryAfterMs(' 1.5 ', NOW)).toBe(1_500);
    expect(retryAfterMs('Mon, 11 Jan 2027 08:00:02 GMT', NOW)).toBe(2_000);
    expect(retryAfterMs(undefined, NOW)).toBeUndefined();
    expect(retryAfterMs('', NOW)).toBeUndefined();
    expect(retryAfterMs('later', NOW)).toBeUndefined();
  });
});
