import { signCalendarToken, verifyCalendarToken } from '../../../src/links/link-token';
import { signMyDataToken, verifyMyDataToken } from '../../../src/links/my-data-token';
import { configSchema } from '../../../src/config/config-schema';
import { buildMyData } from '../../../src/features/build-my-data';
import { purgeExpiredCheckInTexts } from '../../../src/features/purge-check-in-texts';
import { buildDigest } from '../../../src/domain/digest/digest';
import { createMemoryStore } from '../../../src/store/lowdb-store';
import { newStoreData } from '../../../src/store/store-schema';
import { smallProgramme } from '../../helpers/programmes';

const NOW = new Date('2027-03-05T13:00:00Z');
const KEY = 'a-test-key-of-at-least-16-chars';

async function populatedStore() {
  const store = createMemoryStore(newStoreData(smallProgramme()));
  const at = NOW.toISOString();
  await store.saveCheckIn({ promptKey: 'reflection:s3a:p3', participantId: 'p3', sessionId: 's3a', rating: 5, text: 'Sofies refleksion', mayShare: false, submittedAt: at, updatedAt: at });
  await store.saveCheckIn({ promptKey: 'reflection:s1:p1', participantId: 'p1', sessionId: 's1', rating: 2, text: 'Mettes refleksion', mayShare: true, submittedAt: at, updatedAt: at });
  await store.recordAbsence({ sessionId: 's4', participantId: 'p3', reason: 'Kursus', registeredAt: at });
  await store.recordAbsence({ sessionId: 's4', participantId: 'p1', reason: 'Mettes grund', registeredAt: at });
  await store.enqueueDeliveries(
    [{ key: 'digest:2027-W09:manager:p3', kind: 'digest', participantId: 'p3', dueAt: at, expiresAt: at, payload: { about: 'Jonas Østergaard' } }],
    NOW,
  );
  await store.chooseElectives('p1', ['e1', 'e2'], NOW, { joinWaitlist: true });
  await store.setRemindersPaused('p3', true, NOW);
  return store;
}

describe('A leader’s own data', () => {
  it('When Sofie’s data is built, then it holds her profile, check-ins, absences, deliveries and preferences, and nothing of other leaders', async () => {
    const data = (await buildMyData(await populatedStore(), 'p3', NOW))!;
    expect(data.profile).toMatchObject({ id: 'p3', name: 'Sofie Nørgaard', email: 'sofie.noergaard@kommune.example' });
    expect(data.checkIns).toEqual([expect.objectContaining({ text: 'Sofies refleksion', rating: 5 })]);
    expect(data.absences).toEqual([expect.objectContaining({ sessionId: 's4', reason: 'Kursus' })]);
    expect(data.deliveries).toEqual([expect.objectContaining({ key: 'digest:2027-W09:manager:p3', kind: 'digest' })]);
    expect(data.preferences).toEqual({ remindersPaused: true });
    expect(data.description.da).toContain('Alt, hvad Programme Bot gemmer om dig');
    const json = JSON.stringify(data);
    // A manager's digest card describes other leaders: its card data is left out.
    for (const other of ['Mettes refleksion', 'Mettes grund', 'mette.holm@kommune.example', 'Jonas Østergaard']) expect(json).not.toContain(other);
  });

  it('When Mette waits for an elective, then her data shows her place in line and the audit entry about her choice', async () => {
    const data = (await buildMyData(await populatedStore(), 'p1', NOW))!;
    expect(data.waitingList).toEqual([{ electiveId: 'e1', position: 1, joinedAt: NOW.toISOString() }]);
    expect(data.auditLog).toEqual([expect.objectContaining({ action: 'electives.chosen' })]);
  });

  it('When Sofie was in a round of sparring partners, then her data shows her choice, the round with her partner and her own answer only', async () => {
    const store = await populatedStore();
    const at = NOW.toISOString();
    const settings = { participation: 'opt-out' as const, vertical: false, repeatWindow: 12 };
    await store.setPairingPreference('p3', { pausedUntil: '2027-04-01' }, NOW);
    await store.savePairingPreview({ id: 'r1', date: '2027-03-02', seed: 1, settings, groups: [['p1', 'p2'], ['p3', 'p4']], excluded: [], absentIds: [], createdBy: 'hr', createdAt: at, updatedAt: at }, NOW);
    const audit = { at, actor: 'hr', action: 'pairing.sent', details: {} };
    await store.sendPairingRound('r1', 1, { deliveries: [], by: 'hr', audit }, NOW);
    await store.saveMeetingAnswer({ roundId: 'r1', participantId: 'p3', answer: 'yes', note: 'Sofies note', answeredAt: at, updatedAt: at });
    await store.saveMeetingAnswer({ roundId: 'r1', participantId: 'p4', answer: 'no', note: 'Jonas note', answeredAt: at, updatedAt: at });
    const data = (await buildMyData(store, 'p3', NOW))!;
    expect(data.sparring.preference).toMatchObject({ participantId: 'p3', pausedUntil: '2027-04-01' });
    expect(data.sparring.rounds).toEqual([{ roundId: 'r1', date: '2027-03-02', partnerIds: ['p4'] }]);
    expect(data.sparring.answers).toEqual([expect.objectContaining({ answer: 'yes', note: 'Sofies note' })]);
    expect(JSON.stringify(data)).not.toContain('Jonas note');
  });

  it('When the participant is unknown, then there is no data', async () => {
    expect(await buildMyData(await populatedStore(), 'nobody', NOW)).toBeUndefined();
  });
});

describe('Signed "my data" links', () => {
  const expires = new Date(NOW.getTime() + 15 * 60_000);

  it('When the token is used before it expires, then it grants that participant, also when the id contains ":"', () => {
    expect(verifyMyDataToken(signMyDataToken('p3', expires, KEY), KEY, NOW)).toBe('p3');
    expect(verifyMyDataToken(signMyDataToken('hr:p:3', expires, KEY), KEY, NOW)).toBe('hr:p:3');
  });

  it('When the token has expired, was signed with another key or was changed, then it grants nothing', () => {
    const token = signMyDataToken('p3', expires, KEY);
    expect(verifyMyDataToken(token, KEY, expires)).toBeUndefined();
    expect(verifyMyDataToken(token, 'another-key-of-16-chars', NOW)).toBeUndefined();
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(`my-data:p1:${Math.floor(expires.getTime() / 1000)}`).toString('base64url')}.${signature}`;
    expect(verifyMyDataToken(forged, KEY, NOW)).toBeUndefined();
  });

  it('When a calendar token is used as a data token, or the other way round, then it is refused', () => {
    expect(verifyMyDataToken(signCalendarToken({ kind: 'participant', id: 'p3' }, KEY), KEY, NOW)).toBeUndefined();
    expect(verifyCalendarToken(signMyDataToken('p3', expires, KEY), KEY)).toBeUndefined();
  });
});

describe('Retention of check-in texts', () => {
  // The small programme's last session ends Thursday 20 May 2027 at 15:00 in Copenhagen.
  const config = configSchema.parse({ retention: { checkInTextsAfterProgrammeEnd: 'P180D' } });

  it('When the retention period after the last session has not passed, then nothing is erased and the due date is told', async () => {
    const store = await populatedStore();
    const report = await purgeExpiredCheckInTexts(store, config, new Date('2027-11-16T12:00:00Z'));
    expect(report).toEqual({ purged: 0, dueAt: new Date('2027-11-16T14:00:00Z') });
    expect((await store.listCheckIns()).map((c) => c.text)).toEqual(['Sofies refleksion', 'Mettes refleksion']);
  });

  it('When it has passed, then every text is erased once, ratings stay, and the audit log says so', async () => {
    const store = await populatedStore();
    const after = new Date('2027-11-16T14:00:00Z');
    expect((await purgeExpiredCheckInTexts(store, config, after)).purged).toBe(2);
    expect((await store.listCheckIns()).map((c) => [c.text, c.rating])).toEqual([['', 5], ['', 2]]);
    expect((await purgeExpiredCheckInTexts(store, config, after)).purged).toBe(0);
    expect((await store.listAudit()).filter((a) => a.action === 'checkIns.textsPurged')).toEqual([
      expect.objectContaining({ actor: 'system', details: expect.objectContaining({ count: 2, retention: 'P180D' }) }),
    ]);
  });
});

describe('Digests after check-in texts were erased', () => {
  it('When a week\'s digest is built again after the texts were erased, then its numbers are the same and it quotes nothing', async () => {
    const store = await populatedStore();
    const digestOf = async () =>
      buildDigest({
        programme: await store.getProgramme(),
        checkIns: await store.listCheckIns(),
        prompts: [],
        absences: [],
        reachable: new Set(),
        paused: new Set(),
        week: '2027-W09',
        scope: { kind: 'programme' },
        // The arithmetic, not the small-group rule, is under test: every figure shown.
        privacy: { minimumGroupSize: 1, showNamesInQuotes: false, showNonResponderNames: true },
        now: new Date('2027-03-08T08:00:00Z'),
      });
    const before = await digestOf();
    await store.eraseCheckInTexts({}, NOW);
    const after = await digestOf();
    expect(before.reflections).toBe(2);
    expect(after.reflections).toBe(2);
    expect(after.groups).toEqual(before.groups);
    expect(before.quotes.length).toBe(1);
    expect(after.quotes).toEqual([]);
  });
});
