import { ReplayGuard } from '../../../src/http/replay-guard';

describe('The memory of processed activities', () => {
  it('When an activity is seen again, then the first answer comes back and the work is not done again', async () => {
    const guard = new ReplayGuard();
    let runs = 0;
    const work = async () => ({ status: 200, body: { card: ++runs } });
    expect(await guard.once('a:1\u0000m1', work)).toBeUndefined();
    expect(await guard.once('a:1\u0000m1', work)).toEqual({ status: 200, body: { card: 1 } });
    expect(runs).toBe(1);
  });

  it('When the same activity arrives again while the first is still being processed, then it waits for the first answer', async () => {
    const guard = new ReplayGuard();
    let finish!: () => void;
    let runs = 0;
    const slow = () => {
      runs++;
      return new Promise<{ status: number }>((resolve) => (finish = () => resolve({ status: 200 })));
    };
    const first = guard.once('k', slow);
    const second = guard.once('k', slow);
    finish();
    expect(await first).toBeUndefined();
    expect(await second).toEqual({ status: 200 });
    expect(runs).toBe(1);
  });

  it('When processing failed with a 5xx, then a retry is processed', async () => {
    const guard = new ReplayGuard();
    expect(await guard.once('k', async () => ({ status: 500 }))).toBeUndefined();
    expect(await guard.once('k', async () => ({ status: 200 }))).toBeUndefined();
    expect(await guard.once('k', async () => ({ status: 200 }))).toEqual({ status: 200 });
  });

  it('When more activities were answered than it may hold, then the least recently seen are forgotten, by count and by size', async () => {
    const byCount = new ReplayGuard({ maxEntries: 100 });
    for (let i = 0; i < 150; i++) await byCount.once(`k${i}`, async () => ({ status: 200 }));
    expect(await byCount.once('k149', async () => ({ status: 200 }))).toEqual({ status: 200 });
    expect(await byCount.once('k0', async () => ({ status: 200 }))).toBeUndefined();

    const bySize = new ReplayGuard({ maxEntries: 1000, maxBytes: 10_000 });
    const card = { text: 'x'.repeat(1000) };
    for (let i = 0; i < 50; i++) await bySize.once(`k${i}`, async () => ({ status: 200, body: card }));
    expect(await bySize.once('k49', async () => ({ status: 200 }))).toEqual({ status: 200, body: card });
    expect(await bySize.once('k0', async () => ({ status: 200 }))).toBeUndefined();
  });

  it('When an activity has no id, then it has no key and cannot be recognised', () => {
    expect(ReplayGuard.keyOf({ conversation: { id: 'a:1' } })).toBeUndefined();
    expect(ReplayGuard.keyOf({ id: 'm1', conversation: { id: 'a:1' } })).toBe('a:1\u0000m1');
  });
});
