/**
 * The shared rate limiter on a real PostgreSQL server: two replicas (two pools) booking at once
 * together keep every window of Teams' limits, app-wide and per thread, as the in-memory limiter
 * does for one process.
 */
import { createRateLimiter, createSharedRateLimiter, TEAMS_CONVERSATION_LIMITS, waitForTurn, type RateWindow } from '../../src/delivery/rate-limiter';
import { SHARED_GLOBAL_LIMITS } from '../../src/create-dispatcher';
import { createPool } from '../../src/store/postgres/database';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

let database: TestDatabase;
let replicas: PostgresStore[];
beforeEach(async () => {
  database = await createTestDatabase();
  replicas = [0, 1].map(() => new PostgresStore(createPool({ url: database.url, poolSize: 8 })));
}, 60_000);
afterEach(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await database.drop();
}, 60_000);

/** The most entries of `times` inside any span of `windowMs`. */
function busiest(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}

const bookedTimes = async (thread?: string) =>
  (await replicas[0].database.query<{ at_ms: string }>('SELECT at_ms FROM rate_bookings WHERE $1::text IS NULL OR thread = $1', [thread ?? null])).rows.map((r) => Number(r.at_ms));

it('When two replicas book 300 sends to 150 conversations at once, then no window of the app-wide budget or of a conversation is ever over its limit', async () => {
  const limiters = replicas.map((r) => createSharedRateLimiter({ budget: r.rateBudget, global: SHARED_GLOBAL_LIMITS }));
  await Promise.all(Array.from({ length: 300 }, (_, i) => limiters[i % 2].reserve(`a:${i % 150}`, 'send')));
  const all = await bookedTimes();
  expect(all).toHaveLength(300);
  for (const window of SHARED_GLOBAL_LIMITS as RateWindow[]) expect(busiest(all, window.windowMs)).toBeLessThanOrEqual(window.limit);
  expect(busiest(all, 1_000)).toBeLessThanOrEqual(50);
  for (const thread of ['send a:0', 'send a:77']) {
    const times = await bookedTimes(thread);
    expect(times).toHaveLength(2);
    for (const window of TEAMS_CONVERSATION_LIMITS) expect(busiest(times, window.windowMs)).toBeLessThanOrEqual(window.limit);
  }
});

it('When one conversation gets twenty sends from two replicas, then its own windows hold: at most 7 in a second, 8 in two', async () => {
  const limiters = replicas.map((r) => createSharedRateLimiter({ budget: r.rateBudget }));
  await Promise.all(Array.from({ length: 20 }, (_, i) => limiters[i % 2].reserve('19:busy@thread.tacv2', 'send')));
  const times = await bookedTimes('send 19:busy@thread.tacv2');
  expect(busiest(times, 1_000)).toBeLessThanOrEqual(7);
  expect(busiest(times, 2_000)).toBeLessThanOrEqual(8);
});

it('When a replica is answered 429 for the whole app, then the other replica books nothing before the pause is over', async () => {
  const limiters = replicas.map((r) => createSharedRateLimiter({ budget: r.rateBudget }));
  await limiters[0].penalize('global', 5_000);
  expect(await limiters[1].reserve('a:someone', 'send')).toBeGreaterThan(4_000);
});

it('When a process wakes later than its booked moment, then it gives the moment up and books a new one, and otherwise goes at once', async () => {
  let now = 0;
  const limiter = createRateLimiter({ now: () => now, global: [{ limit: 1, windowMs: 100 }] });
  limiter.reserve('a:other', 'send'); // the app's slot at 0 is taken: the next is at 100
  let reservations = 0;
  const counting = { reserve: (thread: string) => (reservations++, limiter.reserve(thread, 'send')), penalize: () => undefined };
  // The first wait (100 ms) oversleeps by 50 ms; the second booking is then kept.
  let first = true;
  await waitForTurn(counting, 'a:late', 'send', () => now, async (ms) => {
    now += ms + (first ? 50 : 0);
    first = false;
  });
  expect(reservations).toBe(2);
  await waitForTurn(counting, 'a:on-time', 'send', () => now, async (ms) => void (now += ms));
  expect(reservations).toBe(3);
});
