import type { NewDelivery } from '../../../src/store/outbox-changes';
import { createMemoryStore } from '../../../src/store/lowdb-store';
import { newStoreData } from '../../../src/store/store-schema';
import { smallProgramme } from '../../helpers/programmes';

// Sofie's module 3 (s3a) starts on Thursday 4 March 2027 at 09:00 (08:00 UTC).
const REGISTERED = new Date('2027-02-20T08:00:00Z');
const DAY_BEFORE = new Date('2027-03-03T10:00:00Z');
const START = '2027-03-04T08:00:00.000Z';

const notice = (key: string): NewDelivery => ({ key, kind: 'absence-notice', participantId: 'p2', dueAt: REGISTERED.toISOString(), expiresAt: START, payload: { leaderId: 'p3' } });

/** A store where Sofie's reminders, prompt and nudge for s3a were skipped because she was absent. */
async function storeWithHeldBack() {
  const store = createMemoryStore(newStoreData(smallProgramme()));
  await store.recordAbsence({ sessionId: 's3a', participantId: 'p3', registeredAt: REGISTERED.toISOString() });
  const held: NewDelivery[] = [
    { key: 'reminder:s3a:p3:P7D', kind: 'reminder', participantId: 'p3', sessionId: 's3a', offset: 'P7D', dueAt: '2027-02-25T08:00:00.000Z', expiresAt: START },
    { key: 'reminder:s3a:p3:P1D', kind: 'reminder', participantId: 'p3', sessionId: 's3a', offset: 'P1D', dueAt: '2027-03-03T08:00:00.000Z', expiresAt: START },
    // Someone else's reminder, skipped for another reason: never touched.
    { key: 'reminder:s3a:p6:P1D', kind: 'reminder', participantId: 'p6', sessionId: 's3a', offset: 'P1D', dueAt: '2027-03-03T08:00:00.000Z', expiresAt: START },
  ];
  await store.enqueueDeliveries(held, REGISTERED);
  for (const d of held) await store.recordDeliveryOutcome(d.key, { status: 'skipped', reason: d.participantId === 'p3' ? 'absent' : 'paused' }, DAY_BEFORE);
  return store;
}

describe('The store’s absence operations', () => {
  it('When an absence is registered, then its notices are queued with it; registering it again with a reason keeps the first time and queues nothing', async () => {
    const store = createMemoryStore(newStoreData(smallProgramme()));
    expect(await store.recordAbsence({ sessionId: 's3a', participantId: 'p3', registeredAt: REGISTERED.toISOString() }, [notice('n1')])).toEqual({ created: true });
    const again = await store.recordAbsence({ sessionId: 's3a', participantId: 'p3', reason: 'Kursus', registeredAt: DAY_BEFORE.toISOString() }, [notice('n2')]);
    expect(again).toEqual({ created: false });
    expect(await store.listAbsences()).toEqual([{ sessionId: 's3a', participantId: 'p3', reason: 'Kursus', registeredAt: REGISTERED.toISOString() }]);
    expect((await store.listDeliveries({ kinds: ['absence-notice'] })).map((d) => d.key)).toEqual(['n1']);
  });

  it('When the absence is withdrawn the day before, then only the latest held-back reminder is due again at once, with its notices, in one operation', async () => {
    const store = await storeWithHeldBack();
    expect(await store.withdrawAbsence('s3a', 'p3', DAY_BEFORE, [notice('n3')])).toEqual({ withdrawn: true, restored: 1 });
    expect(await store.listAbsences()).toEqual([]);
    expect(await store.findDelivery('reminder:s3a:p3:P1D')).toMatchObject({ status: 'pending', nextAttemptAt: DAY_BEFORE.toISOString(), reason: undefined });
    expect(await store.findDelivery('reminder:s3a:p3:P7D')).toMatchObject({ status: 'skipped', reason: 'absent' });
    expect(await store.findDelivery('reminder:s3a:p6:P1D')).toMatchObject({ status: 'skipped', reason: 'paused' });
    expect(await store.findDelivery('n3')).toMatchObject({ status: 'pending' });
  });

  it('When the absence is withdrawn after the session started, then nothing expired comes back; with no absence, nothing changes and no notice is queued', async () => {
    const store = await storeWithHeldBack();
    expect(await store.withdrawAbsence('s3a', 'p3', new Date('2027-03-04T09:00:00Z'))).toEqual({ withdrawn: true, restored: 0 });
    expect(await store.withdrawAbsence('s3a', 'p3', DAY_BEFORE, [notice('n4')])).toEqual({ withdrawn: false, restored: 0 });
    expect(await store.findDelivery('n4')).toBeUndefined();
  });
});
