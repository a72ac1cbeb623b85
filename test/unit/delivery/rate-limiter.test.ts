/**
 * Pacing proactive messages inside Teams' limits, on a fake clock: the limiter is asked for a
 * slot, and the test checks where it put every message in time.
 */
import { createRateLimiter, GLOBAL_TARGET, TEAMS_CONVERSATION_LIMITS, TEAMS_GLOBAL_LIMITS, TEAMS_THREAD_LIMITS, type RateWindow } from '../../../src/delivery/rate-limiter';

function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** The largest number of moments that fall in any span [a, a + windowMs). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

function expectWithin(times: number[], windows: readonly RateWindow[]): void {
  for (const { limit, windowMs } of windows) expect(busiestWindow(times, windowMs)).toBeLessThanOrEqual(limit);
}

describe('Pacing messages to one conversation', () => {
  it('When 7 messages go to one chat at once, then all may go now (7 per second is allowed)', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    expect(Array.from({ length: 7 }, () => limiter.reserve('a:chat'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('When 8 and 9 messages go at once, then the 8th waits a second and the 9th waits for the 2-second window', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const waits = Array.from({ length: 9 }, () => limiter.reserve('a:chat'));
    expect(waits.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // 8th: 7 per 1 s is full until the first second ends. 9th: 8 per 2 s is then full until 2 s.
    expect(waits[7]).toBe(1_000);
    expect(waits[8]).toBe(2_000);
  });

  it('When 200 messages go to one chat at once, then no 1 s, 2 s or 30 s window holds more than 7, 8 or 60', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const times = Array.from({ length: 200 }, () => clock.now() + limiter.reserve('a:chat'));
    expectWithin(times, TEAMS_CONVERSATION_LIMITS);
    // 60 per 30 s is the binding limit for a long burst: 200 messages need at least 3 full windows.
    expect(Math.max(...times) - clock.now()).toBeGreaterThanOrEqual(90_000);
    // And messages keep their order.
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('When bookings come in while time passes, then the windows still hold, counting bookings already placed', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const times: number[] = [];
    for (let i = 0; i < 150; i++) {
      times.push(clock.now() + limiter.reserve('a:chat'));
      clock.advance(37);
    }
    expectWithin(times, TEAMS_CONVERSATION_LIMITS);
  });

  it('When two chats each get a burst, then one chat’s burst does not hold up the other', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let i = 0; i < 30; i++) limiter.reserve('a:first');
    expect(limiter.reserve('a:second')).toBe(0);
  });
});

describe('Pacing a whole cohort', () => {
  it('When 10,000 conversations get a message at once, then no second carries more than 50 and it takes about 200 s', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const started = Date.now();
    const times = Array.from({ length: 10_000 }, (_, i) => clock.now() + limiter.reserve(`a:conversation-${i}`));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(busiestWindow(times, 1_000)).toBe(50);
    const span = Math.max(...times) - Math.min(...times);
    expect(span).toBeGreaterThanOrEqual(199_000);
    expect(span).toBeLessThan(200_000);
  });

  it('When some chats are pushed into the future by their own limits, then other chats fill the free seconds before them', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const times: number[] = [];
    // 9 to one chat: the 8th and 9th land at +1 s and +2 s.
    for (let i = 0; i < 9; i++) times.push(clock.now() + limiter.reserve('a:busy'));
    // 100 single messages to other chats: 43 fit in the first second, then the rest.
    for (let i = 0; i < 100; i++) times.push(clock.now() + limiter.reserve(`a:other-${i}`));
    expect(busiestWindow(times, 1_000)).toBeLessThanOrEqual(50);
    expect(times.filter((t) => t === clock.now())).toHaveLength(50);
  });
});

describe('Any mix of bookings', () => {
  it('When bookings to a few chats arrive at random moments, with penalties, then every window of every log holds', () => {
    // A small seeded generator keeps the run repeatable.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const clock = fakeClock();
    const global: RateWindow[] = [{ limit: 10, windowMs: 1_000 }];
    const limiter = createRateLimiter({ now: clock.now, global });
    const byChat = new Map<string, number[]>();
    const all: number[] = [];
    for (let i = 0; i < 3_000; i++) {
      const chat = `a:chat-${Math.floor(random() * 6)}`;
      if (random() < 0.01) limiter.penalize(random() < 0.5 ? chat : GLOBAL_TARGET, Math.floor(random() * 3_000));
      const at = clock.now() + limiter.reserve(chat);
      byChat.set(chat, [...(byChat.get(chat) ?? []), at]);
      all.push(at);
      clock.advance(Math.floor(random() * 120));
    }
    for (const times of byChat.values()) expectWithin(times, TEAMS_CONVERSATION_LIMITS);
    expectWithin(all, global);
  });
});

describe('Backing off after Teams says 429', () => {
  it('When a conversation is penalized for 3 s, then its next message waits 3 s and other chats are not held up', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.penalize('a:throttled', 3_000);
    expect(limiter.reserve('a:throttled')).toBe(3_000);
    expect(limiter.reserve('a:fine')).toBe(0);
    clock.advance(3_000);
    expect(limiter.reserve('a:throttled')).toBe(0);
  });

  it('When the whole app is penalized, then every conversation waits until the penalty ends', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.penalize(GLOBAL_TARGET, 5_000);
    clock.advance(1_000);
    expect(limiter.reserve('a:one')).toBe(4_000);
    expect(limiter.reserve('a:two')).toBe(4_000);
  });

  it('When a shorter penalty follows a longer one, then the longer one still holds', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    limiter.penalize('a:chat', 10_000);
    limiter.penalize('a:chat', 1_000);
    expect(limiter.reserve('a:chat')).toBe(10_000);
  });
});

describe('Memory', () => {
  it('When more than an hour has passed since traffic to many conversations, then only the last hour is remembered', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 200; i++) limiter.reserve(`a:minute-${minute}-chat-${i}`);
      limiter.penalize(`a:minute-${minute}-chat-0`, 1_000);
      clock.advance(60_000);
    }
    // Teams' longest window is an hour: after another hour nothing of that traffic can matter.
    clock.advance(3_600_000);
    limiter.reserve('a:latest');
    expect(limiter.stats()).toEqual({ conversations: 1, timestamps: 2 });
  });

  it('When one conversation is written to for hours, then its log never grows past its hour window', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    let largest = 0;
    const times: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      clock.advance(limiter.reserve('a:chat'));
      times.push(clock.now());
      clock.advance(600);
      largest = Math.max(largest, limiter.stats().timestamps);
    }
    // The conversation's log holds an hour (1,800, plus the one exactly an hour old); the app's a second.
    expect(largest).toBeLessThanOrEqual(1_801 + 2);
    expectWithin(times, TEAMS_CONVERSATION_LIMITS);
  });
});

describe('Operations other than sending', () => {
  it('When a team’s roster is read page after page, then reads follow the read windows (14 per second), not the send windows', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const waits = Array.from({ length: 16 }, () => limiter.reserve('19:team@thread.tacv2', 'read'));
    expect(waits.filter((w) => w === 0)).toHaveLength(14);
    expect(waits[14]).toBe(1_000);
    expectWithin(waits.map((w) => clock.now() + w), TEAMS_THREAD_LIMITS.read);
  });

  it('When reads, creates and sends share the app, then together they never exceed 50 in a second', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      times.push(clock.now() + limiter.reserve(`29:user-${i}`, 'create'));
      times.push(clock.now() + limiter.reserve(`a:chat-${i}`, 'send'));
      if (i % 30 === 0) times.push(clock.now() + limiter.reserve('19:team@thread.tacv2', 'read'));
    }
    expectWithin(times, TEAMS_GLOBAL_LIMITS);
  });
});

describe('Configuration', () => {
  it('When a window has no positive limit, then creating the limiter fails with a clear message', () => {
    expect(() => createRateLimiter({ now: () => 0, global: [{ limit: 0, windowMs: 1_000 }] })).toThrow(/global: each window needs/);
  });

  it('When stricter limits are given, then they are used instead of Teams’ numbers', () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ now: clock.now, perConversation: [{ limit: 1, windowMs: 500 }], global: [{ limit: 45, windowMs: 1_000 }] });
    expect([limiter.reserve('a:chat'), limiter.reserve('a:chat')]).toEqual([0, 500]);
  });
});
