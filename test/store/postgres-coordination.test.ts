/**
 * What replicas share through PostgreSQL besides the data: one planning tick at a time, the
 * bookings of Teams' rate budget and 429 pauses, and the leases of a live worker. Two pools
 * stand for two replicas.
 */
import type pg from 'pg';
import { createPool } from '../../src/store/postgres/database';
import { claimDueDeliveries, enqueueDeliveries, renewLeases } from '../../src/store/postgres/outbox-rows';
import { bookRequest, GLOBAL_PENALTY, penalize, sweepBookings } from '../../src/store/postgres/rate-budget-rows';
import type { BookingView } from '../../src/store/store';
import { runExclusive } from '../../src/store/postgres/scheduler-lock';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

let database: TestDatabase;
let replicas: pg.Pool[];
beforeEach(async () => {
  database = await createTestDatabase();
  replicas = [createPool({ url: database.url, poolSize: 6 }), createPool({ url: database.url, poolSize: 6 })];
}, 60_000);
afterEach(async () => {
  await Promise.all(replicas.map((p) => p.end()));
  await database.drop();
}, 60_000);

describe('one planning tick at a time', () => {
  it('When two replicas tick at once, then one plans and the other skips without waiting; afterwards the next may plan', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const first = runExclusive(replicas[0], 'tick', () => holding.then(() => 'planned'));
    await new Promise((r) => setTimeout(r, 100));
    expect(await runExclusive(replicas[1], 'tick', async () => 'planned too')).toEqual({ ran: false });
    release();
    expect(await first).toEqual({ ran: true, result: 'planned' });
    expect(await runExclusive(replicas[1], 'tick', async () => 'next')).toEqual({ ran: true, result: 'next' });
  });

  it('When the replica holding the tick dies (its connection drops), then the lock goes with it', async () => {
    let finish!: () => void;
    const first = runExclusive(replicas[0], 'tick', () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((r) => setTimeout(r, 100));
    expect(await runExclusive(replicas[1], 'tick', async () => 1)).toEqual({ ran: false });
    await replicas[1].query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()");
    let outcome: Awaited<ReturnType<typeof runExclusive<number>>> = { ran: false };
    // The server ends the dead backend (and its locks) a moment after it was told to.
    for (let tries = 0; tries < 50 && !outcome.ran; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      outcome = await runExclusive(replicas[1], 'tick', async () => 2);
    }
    expect(outcome).toEqual({ ran: true, result: 2 });
    finish();
    await first.catch(() => undefined);
  });

  it('When a planning step fails, then the lock is released all the same', async () => {
    await expect(runExclusive(replicas[0], 'tick', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await runExclusive(replicas[1], 'tick', async () => 'ok')).toEqual({ ran: true, result: 'ok' });
  });
});

describe('the shared rate budget', () => {
  /** A plain rule for the test: the first 20 ms slot after the last booking anywhere, and after any pause. */
  const nextSlot = (view: BookingView) => Math.max(view.nowMs, view.notBeforeMs, (view.globalLog.at(-1) ?? -Infinity) + 20);
  const request = (thread: string) => ({ logKey: `send ${thread}`, penaltyTarget: thread, globalHorizonMs: 1_100, threadHorizonMs: 3_600_000 });

  it('When two replicas book 100 requests at once, then every booking sees all earlier ones, whoever made them', async () => {
    const booked = await Promise.all(Array.from({ length: 100 }, (_, i) => bookRequest(replicas[i % 2], request(`a:${i}`), nextSlot)));
    const times = booked.map((b) => b.atMs).sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(20);
    const { rows } = await replicas[0].query<{ n: number }>('SELECT count(*)::int AS n FROM rate_bookings');
    expect(rows[0].n).toBe(100);
  });

  it('When one replica gets a 429 for a thread or for the app, then the other holds back too', async () => {
    const asSoonAsAllowed = (view: BookingView) => Math.max(view.nowMs, view.notBeforeMs);
    await penalize(replicas[0], 'a:busy', 30_000);
    const held = await bookRequest(replicas[1], request('a:busy'), asSoonAsAllowed);
    expect(held.atMs - held.nowMs).toBeGreaterThan(29_000);
    const free = await bookRequest(replicas[1], request('a:other'), asSoonAsAllowed);
    expect(free.atMs - free.nowMs).toBe(0);
    await penalize(replicas[1], GLOBAL_PENALTY, 10_000);
    await penalize(replicas[1], GLOBAL_PENALTY, 1_000);
    const everyone = await bookRequest(replicas[0], request('a:third'), asSoonAsAllowed);
    expect(everyone.atMs - everyone.nowMs).toBeGreaterThan(9_000);
  });

  it('When bookings are older than the longest window, then a sweep forgets them and the pauses that ran out', async () => {
    await bookRequest(replicas[0], request('a:1'), (view) => view.nowMs - 7_200_000);
    await bookRequest(replicas[0], request('a:2'), nextSlot);
    await penalize(replicas[0], 'a:1', 0);
    await new Promise((r) => setTimeout(r, 5));
    expect(await sweepBookings(replicas[1], 3_600_000)).toBe(2);
    const { rows } = await replicas[0].query<{ thread: string }>('SELECT thread FROM rate_bookings');
    expect(rows.map((r) => r.thread)).toEqual(['send a:2']);
  });
});

describe('leases', () => {
  it('When a live worker renews its leases, then no other worker can take its deliveries; when it stops renewing, they can', async () => {
    const now = new Date('2027-03-01T08:00:00.000Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    await enqueueDeliveries(replicas[0], ['a', 'b'].map((key) => ({ key, kind: 'reminder' as const, participantId: key, dueAt: now.toISOString(), expiresAt: later(3_600_000).toISOString() })), now);
    expect(await claimDueDeliveries(replicas[0], { now, limit: 10, workerId: 'alive', leaseMs: 10_000 })).toHaveLength(2);
    expect(await renewLeases(replicas[0], 'alive', later(20_000))).toBe(2);
    expect(await claimDueDeliveries(replicas[1], { now: later(15_000), limit: 10, workerId: 'other', leaseMs: 10_000 })).toEqual([]);
    expect((await claimDueDeliveries(replicas[1], { now: later(20_000), limit: 10, workerId: 'other', leaseMs: 10_000 })).map((d) => d.claimedBy)).toEqual(['other', 'other']);
    expect(await renewLeases(replicas[0], 'alive', later(40_000))).toBe(0);
  });
});
