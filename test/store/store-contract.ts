/**
 * The store contract: what every Store implementation must do, written once and run against each
 * of them (the embedded lowdb store and the PostgreSQL store on a real server). A store that
 * passes can replace another without the rest of the bot noticing.
 */
import type { Participant, Programme } from '../../src/domain/programme/model';
import type { Store } from '../../src/store/store';
import { newStoreData, type ConversationRecord, type StoreData } from '../../src/store/store-schema';
import type { NewDelivery } from '../../src/store/outbox-changes';
import { smallProgramme } from '../helpers/programmes';

/** Opens a store holding `data`; `close` releases it. */
export type StoreFactory = (data: StoreData) => Promise<{ store: Store; close(): Promise<void> }>;

const NOW = new Date('2027-01-11T08:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

/** The small programme with elective e4 (3 seats, nobody yet) and ten leaders who have not chosen. */
export function contractProgramme(): { programme: Programme; racers: Participant[] } {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  const racers: Participant[] = Array.from({ length: 10 }, (_, i) => ({
    id: `r${i}`, name: `Leder ${i}`, email: `R${i}@Kommune.example`, level: 3, area: 'Kultur', electives: [], active: true,
  }));
  return {
    programme: { ...base, modules: [...base.modules, { ...e2, id: 'e4', number: 14, capacity: 3, audience: { electives: ['e4'] } }], participants: [...base.participants, ...racers] },
    racers,
  };
}

/** A reminder due `dueMinutes` after NOW; each to a leader of its own unless `extra` says whom. */
const delivery = (key: string, dueMinutes: number, extra: Partial<NewDelivery> = {}): NewDelivery => ({
  key, kind: 'reminder', participantId: `leader-${key}`, sessionId: 's1', offset: 'P1D', dueAt: iso(dueMinutes), expiresAt: iso(dueMinutes + 600), ...extra,
});

const personalChat = (id: string, participantId: string, updatedMinutes: number, extra: Partial<ConversationRecord> = {}): ConversationRecord => ({
  id, scope: 'personal', participantId, userId: `29:${id}`, reference: { conversation: { id } }, active: true, updatedAt: iso(updatedMinutes), ...extra,
});

export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`The store contract: ${name}`, () => {
    let store: Store;
    let close: () => Promise<void>;
    let racers: Participant[];

    beforeEach(async () => {
      const made = contractProgramme();
      racers = made.racers;
      ({ store, close } = await factory(newStoreData(made.programme)));
    });
    afterEach(async () => close());

    describe('programme and participants', () => {
      it('When storage works, then the store reports itself writable (ready)', async () => {
        expect(await store.isWritable()).toBe(true);
      });

      it('When the programme is read, then it is the one stored, participants in order, and it cannot be changed in place', async () => {
        const programme = await store.getProgramme();
        expect(programme).toEqual(contractProgramme().programme);
        expect(Object.isFrozen(programme) && Object.isFrozen(programme.participants[0])).toBe(true);
      });

      it('When a leader is looked up by Entra object id or e-mail in any case, then they are found; an unknown one is not', async () => {
        const sofie = (await store.getProgramme()).participants.find((p) => p.aadObjectId)!;
        expect(await store.findParticipantByAadObjectId(sofie.aadObjectId!.toUpperCase())).toEqual(sofie);
        expect(await store.findParticipantByEmail(`  ${sofie.email.toUpperCase()} `)).toEqual(sofie);
        expect(await store.findParticipantByEmail('r3@kommune.EXAMPLE')).toMatchObject({ id: 'r3' });
        expect(await store.findParticipantByAadObjectId('no-such-id')).toBeUndefined();
        expect(await store.findParticipantByEmail('nobody@kommune.example')).toBeUndefined();
      });

      it('When a leader is linked to their Entra object id, then every later read knows it; an unknown leader is refused', async () => {
        const linked = await store.linkParticipant('r1', 'AAAA-1');
        expect(linked).toMatchObject({ id: 'r1', aadObjectId: 'AAAA-1' });
        expect(await store.findParticipantByAadObjectId('aaaa-1')).toMatchObject({ id: 'r1' });
        expect((await store.getProgramme()).participants.find((p) => p.id === 'r1')?.aadObjectId).toBe('AAAA-1');
        await expect(store.linkParticipant('nobody', 'x')).rejects.toMatchObject({ code: 'PARTICIPANT_NOT_FOUND' });
      });

      it('When the programme is replaced based on the current one, then it is saved with its audit entry; based on an older one, nothing is saved', async () => {
        const before = await store.getProgramme();
        const next = { ...before, name: { da: 'Nyt navn', en: 'New name' }, participants: before.participants.filter((p) => p.id !== 'r9') };
        await store.replaceProgramme(next, { at: iso(0), actor: 'hr@kommune.example', action: 'import.programme', details: {} }, before);
        const saved = await store.getProgramme();
        expect(saved.name.da).toBe('Nyt navn');
        expect(saved.participants.map((p) => p.id)).toEqual(before.participants.map((p) => p.id).filter((id) => id !== 'r9'));
        expect(await store.findParticipantByEmail('r9@kommune.example')).toBeUndefined();
        await expect(store.replaceProgramme({ ...before, name: { da: 'Forældet', en: 'Stale' } }, { at: iso(1), actor: 'x', action: 'import.programme', details: {} }, before)).rejects.toMatchObject({
          code: 'PROGRAMME_CHANGED',
        });
        expect((await store.getProgramme()).name.da).toBe('Nyt navn');
        expect((await store.listAudit()).map((a) => a.action)).toEqual(['import.programme']);
      });

      it('When a leader is linked after the programme was read, then replacing based on that read is refused', async () => {
        const before = await store.getProgramme();
        await store.linkParticipant('r2', 'BBBB-2');
        await expect(store.replaceProgramme(before, { at: iso(0), actor: 'x', action: 'session.changed', details: {} }, before)).rejects.toMatchObject({ code: 'PROGRAMME_CHANGED' });
      });
    });

    describe('conversations', () => {
      it('When a conversation is saved again after it was closed, then it is active again and keeps its welcome', async () => {
        await store.saveConversation(personalChat('a:1', 'r0', 0));
        expect(await store.markWelcomed('a:1', at(1))).toBe(true);
        await store.deactivateConversation('a:1', 'uninstalled', at(2));
        expect(await store.findConversation('a:1')).toMatchObject({ active: false, inactiveReason: 'uninstalled', updatedAt: iso(2) });
        await store.saveConversation(personalChat('a:1', 'r0', 3));
        const saved = await store.findConversation('a:1');
        expect(saved).toMatchObject({ active: true, welcomedAt: iso(1), updatedAt: iso(3), reference: { conversation: { id: 'a:1' } } });
        expect(saved?.inactiveReason).toBeUndefined();
        expect(await store.findConversation('a:nope')).toBeUndefined();
      });

      it('When Teams repeats the installation event on several replicas at once, then exactly one may welcome', async () => {
        await store.saveConversation(personalChat('a:2', 'r0', 0));
        const answers = await Promise.all(Array.from({ length: 6 }, () => store.markWelcomed('a:2', at(1))));
        expect(answers.filter(Boolean)).toHaveLength(1);
        expect(await store.markWelcomed('a:unknown', at(1))).toBe(false);
      });

      it('When a leader has two personal chats, then the most recently updated one is theirs; lists filter by scope and activity', async () => {
        await store.saveConversation(personalChat('a:old', 'r0', 0));
        await store.saveConversation(personalChat('a:new', 'r0', 5));
        await store.saveConversation({ id: '19:c@thread.tacv2', scope: 'channel', teamId: 't1', name: 'Generelt', reference: {}, active: true, updatedAt: iso(1) });
        await store.deactivateConversation('a:old', 'blocked', at(6));
        expect((await store.findPersonalConversation('r0'))?.id).toBe('a:old');
        await store.saveConversation(personalChat('a:new', 'r0', 7));
        expect((await store.findPersonalConversation('r0'))?.id).toBe('a:new');
        expect(await store.findPersonalConversation('r5')).toBeUndefined();
        expect((await store.listConversations({ scope: 'channel' })).map((c) => c.id)).toEqual(['19:c@thread.tacv2']);
        expect((await store.listConversations({ active: false })).map((c) => c.id)).toEqual(['a:old']);
        expect((await store.listConversations()).map((c) => c.id).sort()).toEqual(['19:c@thread.tacv2', 'a:new', 'a:old']);
      });

      it('When a leader’s personal chat is saved, then their waiting deliveries are due at once, and no one else’s', async () => {
        await store.enqueueDeliveries([delivery('w:r0', 0, { participantId: 'r0' }), delivery('w:r1', 0, { participantId: 'r1' })], at(0));
        for (const item of await store.claimDueDeliveries({ now: at(1), limit: 10, workerId: 'w', leaseMs: 60_000 })) {
          await store.recordDeliveryOutcome(item.key, { status: 'waiting', reason: 'no-conversation' }, at(1));
        }
        await store.saveConversation(personalChat('a:r0', 'r0', 2));
        expect(await store.findDelivery('w:r0')).toMatchObject({ status: 'pending', nextAttemptAt: iso(2) });
        expect(await store.findDelivery('w:r1')).toMatchObject({ status: 'waiting' });
      });
    });

    describe('outbox', () => {
      it('When the same deliveries are added twice (and twice in one batch), then each key is kept once, first one wins', async () => {
        expect(await store.enqueueDeliveries([delivery('k1', 0), delivery('k2', 1), delivery('k1', 5, { participantId: 'r9' })], at(0))).toBe(2);
        expect(await store.enqueueDeliveries([delivery('k1', 0), delivery('k3', 2)], at(0))).toBe(1);
        expect(await store.findDelivery('k1')).toMatchObject({ participantId: 'leader-k1', status: 'pending', attempts: 0, nextAttemptAt: iso(0), dueAt: iso(0), createdAt: iso(0) });
        expect((await store.listDeliveries()).map((d) => d.key).sort()).toEqual(['k1', 'k2', 'k3']);
        expect(await store.deliveryKeysSince(at(0))).toEqual(new Set(['k2', 'k3']));
      });

      it('When workers claim, then only due deliveries are leased, oldest first, up to the limit', async () => {
        await store.enqueueDeliveries([delivery('late', 30), delivery('b', 2), delivery('a', 1), delivery('c', 3)], at(0));
        const first = await store.claimDueDeliveries({ now: at(10), limit: 2, workerId: 'w1', leaseMs: 60_000 });
        expect(first.map((d) => d.key)).toEqual(['a', 'b']);
        expect(first[0]).toMatchObject({ status: 'sending', claimedBy: 'w1', claimedUntil: iso(11) });
        expect((await store.claimDueDeliveries({ now: at(10), limit: 10, workerId: 'w2', leaseMs: 60_000 })).map((d) => d.key)).toEqual(['c']);
        expect(await store.claimDueDeliveries({ now: at(10), limit: 10, workerId: 'w3', leaseMs: 60_000 })).toEqual([]);
        expect(await store.nextPendingAttemptAt()).toEqual(at(11));
      });

      it('When several workers claim at the same moment, then no delivery is leased twice and every due one is leased', async () => {
        await store.enqueueDeliveries(Array.from({ length: 60 }, (_, i) => delivery(`race-${String(i).padStart(2, '0')}`, 0)), at(0));
        const claims = await Promise.all(Array.from({ length: 6 }, (_, w) => store.claimDueDeliveries({ now: at(1), limit: 15, workerId: `w${w}`, leaseMs: 60_000 })));
        const keys = claims.flat().map((d) => d.key);
        expect(new Set(keys).size).toBe(keys.length);
        const rest = await store.claimDueDeliveries({ now: at(1), limit: 100, workerId: 'late', leaseMs: 60_000 });
        expect(keys.length + rest.length).toBe(60);
      });

      it('When one conversation has several deliveries due, then only one of them is in flight at a time, across workers', async () => {
        const channel = { participantId: '', conversationId: '19:c@thread.tacv2' };
        await store.enqueueDeliveries([delivery('r0-a', 0, { participantId: 'r0' }), delivery('r0-b', 1, { participantId: 'r0' }), delivery('ch-a', 0, channel), delivery('ch-b', 0, channel), delivery('solo', 2)], at(0));
        const claims = await Promise.all(['w1', 'w2', 'w3'].map((workerId) => store.claimDueDeliveries({ now: at(5), limit: 10, workerId, leaseMs: 60_000 })));
        expect(claims.flat().map((d) => d.key).sort()).toEqual(['ch-a', 'r0-a', 'solo']);
        expect(await store.claimDueDeliveries({ now: at(5), limit: 10, workerId: 'w4', leaseMs: 60_000 })).toEqual([]);
        await store.recordDeliveryOutcome('r0-a', { status: 'sent', sentTo: 'a:r0' }, at(5.5));
        await store.recordDeliveryOutcome('ch-a', { status: 'retry', nextAttemptAt: at(9), reason: '503' }, at(5.5));
        expect((await store.claimDueDeliveries({ now: at(5.5), limit: 10, workerId: 'w4', leaseMs: 60_000 })).map((d) => d.key).sort()).toEqual(['ch-b', 'r0-b']);
      });

      it('When a live worker renews its leases, then only its own running ones last longer', async () => {
        await store.enqueueDeliveries([delivery('mine', 0), delivery('theirs', 0)], at(0));
        await store.claimDueDeliveries({ now: at(1), limit: 1, workerId: 'me', leaseMs: 60_000 });
        await store.claimDueDeliveries({ now: at(1), limit: 1, workerId: 'them', leaseMs: 60_000 });
        expect(await store.renewLeases('me', at(10))).toBe(1);
        expect(await store.findDelivery('mine')).toMatchObject({ claimedBy: 'me', claimedUntil: iso(10) });
        expect(await store.findDelivery('theirs')).toMatchObject({ claimedBy: 'them', claimedUntil: iso(2) });
        expect((await store.claimDueDeliveries({ now: at(5), limit: 10, workerId: 'other', leaseMs: 60_000 })).map((d) => d.key)).toEqual(['theirs']);
        expect(await store.renewLeases('nobody', at(20))).toBe(0);
      });

      it('When work is run exclusively, then it runs and its result comes back; a failure is passed on', async () => {
        expect(await store.runExclusive('contract', async () => 42)).toEqual({ ran: true, result: 42 });
        await expect(store.runExclusive('contract', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
        expect(await store.runExclusive('contract', async () => 'again')).toEqual({ ran: true, result: 'again' });
      });

      it('When a worker’s lease runs out, then another worker may take the delivery over', async () => {
        await store.enqueueDeliveries([delivery('lease', 0)], at(0));
        await store.claimDueDeliveries({ now: at(1), limit: 1, workerId: 'dead', leaseMs: 60_000 });
        expect(await store.claimDueDeliveries({ now: at(1.5), limit: 1, workerId: 'alive', leaseMs: 60_000 })).toEqual([]);
        expect(await store.claimDueDeliveries({ now: at(2), limit: 1, workerId: 'alive', leaseMs: 60_000 })).toEqual([expect.objectContaining({ key: 'lease', claimedBy: 'alive' })]);
      });

      it('When outcomes are recorded, then sent, retry and waiting are kept as such, and a final outcome is never changed', async () => {
        await store.enqueueDeliveries([delivery('s', 0), delivery('r', 0), delivery('w', 0), delivery('f', 0)], at(0));
        await store.claimDueDeliveries({ now: at(1), limit: 10, workerId: 'w', leaseMs: 60_000 });
        await store.recordDeliveryOutcome('s', { status: 'sent', activityId: 'act-1', sentTo: 'a:1' }, at(2));
        await store.recordDeliveryOutcome('r', { status: 'retry', nextAttemptAt: at(5), reason: '503' }, at(2));
        await store.recordDeliveryOutcome('w', { status: 'waiting', reason: 'no-conversation' }, at(2));
        await store.recordDeliveryOutcome('f', { status: 'failed', reason: 'bad-card' }, at(2));
        await store.recordDeliveryOutcome('s', { status: 'retry', nextAttemptAt: at(9), reason: 'late' }, at(3));
        await store.recordDeliveryOutcome('f', { status: 'sent', sentTo: 'a:1' }, at(3));
        await store.recordDeliveryOutcome('missing', { status: 'sent', sentTo: 'a:1' }, at(3));
        expect(await store.findDelivery('s')).toMatchObject({ status: 'sent', attempts: 1, activityId: 'act-1', sentTo: 'a:1', sentAt: iso(2) });
        expect((await store.findDelivery('s'))?.claimedBy).toBeUndefined();
        expect(await store.findDelivery('r')).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: iso(5), reason: '503' });
        expect(await store.findDelivery('w')).toMatchObject({ status: 'waiting', nextAttemptAt: iso(600), reason: 'no-conversation' });
        expect(await store.findDelivery('f')).toMatchObject({ status: 'failed', attempts: 1, reason: 'bad-card' });
        expect(await store.findDelivery('missing')).toBeUndefined();
        expect(await store.nextPendingAttemptAt()).toEqual(at(5));
        expect((await store.listDeliveries({ statuses: ['sent', 'failed'] })).map((d) => d.key).sort()).toEqual(['f', 's']);
        // A waiting delivery is claimed once it has expired, so the worker can record it as expired.
        expect((await store.claimDueDeliveries({ now: at(601), limit: 10, workerId: 'w', leaseMs: 1 })).map((d) => d.key).sort()).toEqual(['r', 'w']);
      });

      it('When a session moves, then only its unattempted reminders are dropped; sent ones and other kinds stay', async () => {
        await store.enqueueDeliveries([delivery('m1', 0), delivery('m2', 0), delivery('m3', 0, { kind: 'nudge' }), delivery('other', 0, { sessionId: 's2' })], at(0));
        const [claimed] = await store.claimDueDeliveries({ now: at(1), limit: 1, workerId: 'w', leaseMs: 60_000 });
        await store.recordDeliveryOutcome(claimed.key, { status: 'sent', sentTo: 'a:1' }, at(1));
        expect(await store.dropPendingDeliveries('s1', ['reminder'])).toBe(1);
        expect((await store.listDeliveries()).map((d) => d.key).sort()).toEqual([claimed.key, 'm3', 'other'].sort());
        expect((await store.listDeliveries({ kinds: ['nudge'], participantId: 'leader-m3' })).map((d) => d.key)).toEqual(['m3']);
      });

      it('When nothing is pending or sending, then there is no next attempt', async () => {
        expect(await store.nextPendingAttemptAt()).toBeUndefined();
      });
    });

    describe('rosters', () => {
      it('When a team’s roster is read, then only participants are kept (by object id, else e-mail), the read is recorded and their waiting deliveries are released', async () => {
        const sofie = (await store.getProgramme()).participants.find((p) => p.aadObjectId)!;
        await store.enqueueDeliveries([delivery('wait-r3', 0, { participantId: 'r3' })], at(0));
        const [item] = await store.claimDueDeliveries({ now: at(1), limit: 1, workerId: 'w', leaseMs: 60_000 });
        await store.recordDeliveryOutcome(item.key, { status: 'waiting', reason: 'no-conversation' }, at(1));
        await store.requestRosterSync('t1', at(1));
        const saved = await store.saveRoster(
          't1',
          [
            { userId: '29:sofie', aadObjectId: sofie.aadObjectId!.toUpperCase() },
            { userId: '29:r3', userPrincipalName: 'r3@kommune.example' },
            { userId: '29:stranger', aadObjectId: 'x', email: 'someone@else.example' },
          ],
          { startedAt: at(2), now: at(3) },
        );
        expect(saved).toEqual({ members: 3, matched: 2, released: 1 });
        expect((await store.listRosterMembers({ teamId: 't1' })).map((m) => m.participantId).sort()).toEqual([sofie.id, 'r3'].sort());
        expect(await store.listRosterMembers({ aadObjectId: sofie.aadObjectId!.toUpperCase() })).toEqual([expect.objectContaining({ userId: '29:sofie', syncedAt: iso(3) })]);
        expect(await store.listRosterSyncs()).toEqual([{ teamId: 't1', syncedAt: iso(3), members: 3, matched: 2 }]);
        expect(await store.findDelivery('wait-r3')).toMatchObject({ status: 'pending', nextAttemptAt: iso(3) });
      });

      it('When a new read is asked for while one runs, then it stays asked for; failures are recorded and members who leave are forgotten', async () => {
        await store.requestRosterSync('t1', at(5));
        await store.saveRoster('t1', [{ userId: '29:r1', email: 'r1@kommune.example' }, { userId: '29:r2', email: 'r2@kommune.example' }], { startedAt: at(4), now: at(6) });
        expect(await store.listRosterSyncs()).toEqual([expect.objectContaining({ teamId: 't1', requestedAt: iso(5), syncedAt: iso(6) })]);
        await store.recordRosterSyncFailure('t1', '503', at(7));
        expect(await store.listRosterSyncs()).toEqual([expect.objectContaining({ lastError: '503', lastErrorAt: iso(7), requestedAt: iso(5) })]);
        expect(await store.removeRosterMembers('t1', ['29:r1', '29:nobody'])).toBe(1);
        expect((await store.listRosterMembers()).map((m) => m.userId)).toEqual(['29:r2']);
        expect(await store.removeRosterMembers('t1')).toBe(1);
        expect(await store.listRosterMembers()).toEqual([]);
        expect(await store.listRosterSyncs()).toEqual([]);
      });

      it('When the app is installed for a leader twice, then only the latest attempt is kept', async () => {
        await store.recordAppInstallation({ participantId: 'r1', status: 'failed', reason: '403', at: iso(0) });
        await store.recordAppInstallation({ participantId: 'r2', status: 'installed', at: iso(0) });
        await store.recordAppInstallation({ participantId: 'r1', status: 'installed', at: iso(1) });
        expect(await store.listAppInstallations()).toEqual([{ participantId: 'r2', status: 'installed', at: iso(0) }, { participantId: 'r1', status: 'installed', at: iso(1) }]);
      });
    });

    describe('check-ins', () => {
      const checkIn = (promptKey: string, participantId: string, minutes: number, text = 'Godt') => ({
        promptKey, participantId, sessionId: 's1', rating: 4, text, mayShare: true, submittedAt: iso(minutes), updatedAt: iso(minutes),
      });

      it('When a leader answers the same prompt twice, then the second answer replaces the first and keeps when it was first given', async () => {
        expect(await store.saveCheckIn(checkIn('reflection:s1:r1', 'r1', 0))).toEqual({ created: true });
        expect(await store.saveCheckIn({ ...checkIn('reflection:s1:r1', 'r1', 5, 'Bedre'), rating: 5 })).toEqual({ created: false });
        expect(await store.findCheckIn('reflection:s1:r1')).toEqual({ ...checkIn('reflection:s1:r1', 'r1', 5, 'Bedre'), rating: 5, submittedAt: iso(0) });
        expect(await store.findCheckIn('reflection:s1:nobody')).toBeUndefined();
      });

      it('When the same answer arrives on two replicas at once, then exactly one of them created it', async () => {
        const answers = await Promise.all(Array.from({ length: 5 }, () => store.saveCheckIn(checkIn('reflection:s1:r2', 'r2', 0))));
        expect(answers.filter((a) => a.created)).toHaveLength(1);
        expect(await store.listCheckIns()).toHaveLength(1);
      });

      it('When check-ins are listed, then they filter by leader and by time of the last change; answered prompts are known', async () => {
        await store.saveCheckIn(checkIn('p1', 'r1', 0));
        await store.saveCheckIn(checkIn('p2', 'r2', 10));
        await store.saveCheckIn(checkIn('p3', 'r1', 20));
        expect((await store.listCheckIns({ participantId: 'r1' })).map((c) => c.promptKey)).toEqual(['p1', 'p3']);
        expect((await store.listCheckIns({ since: at(10) })).map((c) => c.promptKey)).toEqual(['p2', 'p3']);
        expect(await store.answeredPromptKeys()).toEqual(new Set(['p1', 'p2', 'p3']));
      });

      it('When texts are erased, then ratings stay, consent is withdrawn, only texts not erased already are counted', async () => {
        await store.saveCheckIn(checkIn('p1', 'r1', 0));
        await store.saveCheckIn(checkIn('p2', 'r2', 0));
        await store.saveCheckIn({ ...checkIn('p3', 'r1', 0, ''), mayShare: true });
        expect(await store.eraseCheckInTexts({ participantId: 'r1' }, at(30))).toBe(1);
        expect(await store.findCheckIn('p3')).toMatchObject({ text: '', mayShare: false, textErasedAt: iso(30), rating: 4 });
        expect(await store.eraseCheckInTexts({}, at(40))).toBe(1);
        expect(await store.eraseCheckInTexts({}, at(50))).toBe(0);
        expect(await store.listCheckIns()).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ promptKey: 'p1', text: '', mayShare: false, textErasedAt: iso(30), rating: 4 }),
            expect.objectContaining({ promptKey: 'p2', text: '', textErasedAt: iso(40) }),
          ]),
        );
      });
    });

    describe('electives', () => {
      it('When ten leaders choose the last three seats at the same moment, then exactly three get a seat and seven wait in line, in order', async () => {
        const outcomes = await Promise.all(racers.map((r) => store.chooseElectives(r.id, ['e2', 'e4'], NOW, { joinWaitlist: true })));
        expect(outcomes.filter((o) => o.status === 'saved' && o.seats.includes('e4'))).toHaveLength(3);
        const programme = await store.getProgramme();
        expect(programme.participants.filter((p) => p.electives.includes('e4'))).toHaveLength(3);
        const line = await store.listWaitlist({ electiveId: 'e4' });
        expect(line).toHaveLength(7);
        const positions = outcomes.flatMap((o) => (o.status === 'saved' ? o.waiting.map((w) => w.position) : []));
        expect(positions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      });

      it('When a seated leader gives up the seat, then the first in line gets it, is told through the outbox, and the audit log records both', async () => {
        for (const r of racers.slice(0, 4)) await store.chooseElectives(r.id, ['e2', 'e4'], NOW, { joinWaitlist: true });
        expect(await store.listWaitlist({ participantId: 'r3' })).toEqual([{ electiveId: 'e4', participantId: 'r3', joinedAt: NOW.toISOString() }]);
        const outcome = await store.chooseElectives('r0', ['e1', 'e2'], at(1), { joinWaitlist: true });
        expect(outcome).toMatchObject({ status: 'saved', promoted: [{ participantId: 'r3', electiveId: 'e4' }] });
        expect(await store.listWaitlist({ electiveId: 'e4' })).toEqual([]);
        expect((await store.getProgramme()).participants.find((p) => p.id === 'r3')?.electives.toSorted()).toEqual(['e2', 'e4']);
        expect(await store.listDeliveries({ kinds: ['waitlist-promotion'] })).toEqual([expect.objectContaining({ participantId: 'r3', status: 'pending', payload: { electiveId: 'e4' } })]);
        const audit = (await store.listAudit()).map((a) => a.action);
        expect(audit.filter((a) => a === 'electives.chosen')).toHaveLength(5);
        expect(audit).toContain('electives.promoted');
      });

      it('When a choice comes after the deadline or repeats the current one, then nothing is written', async () => {
        expect(await store.chooseElectives('r1', ['e2', 'e4'], NOW, { joinWaitlist: false, deadline: at(-1) })).toEqual({ status: 'refused', code: 'closed' });
        await store.chooseElectives('r1', ['e2', 'e4'], NOW, { joinWaitlist: false });
        expect(await store.chooseElectives('r1', ['e4', 'e2'], at(1), { joinWaitlist: false })).toMatchObject({ status: 'saved', changed: false });
        expect((await store.listAudit()).filter((a) => a.action === 'electives.chosen')).toHaveLength(1);
      });
    });

    describe('sparring partners', () => {
      const round = (id: string, groups = [['r1', 'r2'], ['r3', 'r4', 'r5']]) => ({
        id,
        date: '2027-01-19',
        seed: 7,
        settings: { participation: 'opt-out' as const, vertical: false, repeatWindow: 12 },
        groups,
        excluded: [],
        absentIds: [],
        createdBy: 'aad-hr',
        createdAt: iso(0),
        updatedAt: iso(0),
      });
      const intro = (leader: string) => ({ key: `pairing:p1:intro:${leader}`, kind: 'pairing-intro' as const, participantId: leader, dueAt: iso(0), expiresAt: iso(600), payload: { roundId: 'p1' } });

      it('When a leader says yes and later pauses, then each change keeps what the other set, and ending the pause keeps the yes', async () => {
        await store.setPairingPreference('r1', { choice: 'in' }, at(0));
        expect(await store.setPairingPreference('r1', { pausedUntil: '2027-03-01' }, at(1))).toEqual({ participantId: 'r1', choice: 'in', pausedUntil: '2027-03-01', updatedAt: iso(1) });
        await store.setPairingPreference('r1', { pausedUntil: null }, at(2));
        expect(await store.listPairingPreferences()).toEqual([{ participantId: 'r1', choice: 'in', updatedAt: iso(2) }]);
      });

      it('When a second preview is saved, then the first is cancelled; an edit on an old version is refused and the newer one stays', async () => {
        await store.savePairingPreview(round('p0'), at(0));
        await store.savePairingPreview(round('p1'), at(1));
        expect((await store.listPairingRounds()).map((r) => [r.id, r.status, r.version])).toEqual([
          ['p0', 'cancelled', 2],
          ['p1', 'preview', 1],
        ]);
        await store.savePairingPreview(round('p1', [['r1', 'r3'], ['r2', 'r4', 'r5']]), at(2), 1);
        await expect(store.savePairingPreview(round('p1'), at(3), 1)).rejects.toMatchObject({ code: 'PAIRING_ROUND_CHANGED' });
        expect(await store.findPairingRound('p1')).toMatchObject({ version: 2, groups: [['r1', 'r3'], ['r2', 'r4', 'r5']] });
      });

      it('When a round is sent, then it is sent, its cards are queued once and audited in one operation, and it cannot be sent or cancelled again', async () => {
        await store.savePairingPreview(round('p1'), at(0));
        const audit = { at: iso(1), actor: 'aad-hr', action: 'pairing.sent', details: { roundId: 'p1' } };
        const sent = await store.sendPairingRound('p1', 1, { deliveries: ['r1', 'r2'].map(intro), by: 'aad-hr', audit }, at(1));
        expect(sent).toMatchObject({ round: { status: 'sent', version: 2, sentBy: 'aad-hr' }, queued: 2 });
        expect(await store.findDelivery('pairing:p1:intro:r2')).toMatchObject({ status: 'pending', kind: 'pairing-intro' });
        expect((await store.listAudit()).filter((e) => e.action === 'pairing.sent')).toHaveLength(1);
        await expect(store.sendPairingRound('p1', 2, { deliveries: [intro('r1')], by: 'aad-hr', audit }, at(2))).rejects.toMatchObject({ code: 'PAIRING_ROUND_CLOSED' });
        await expect(store.cancelPairingRound('p1', 2, at(2))).rejects.toMatchObject({ code: 'PAIRING_ROUND_CLOSED' });
        expect(await store.listPairingRounds({ statuses: ['sent'] })).toHaveLength(1);
      });

      it('When a leader answers the follow-up twice, then the second answer replaces the first and keeps when it was first given', async () => {
        const answer = { roundId: 'p1', participantId: 'r1', answer: 'not-yet' as const, note: '', answeredAt: iso(0), updatedAt: iso(0) };
        expect(await store.saveMeetingAnswer(answer)).toEqual({ created: true });
        expect(await store.saveMeetingAnswer({ ...answer, answer: 'yes', note: 'Godt', answeredAt: iso(5), updatedAt: iso(5) })).toEqual({ created: false });
        expect(await store.listMeetingAnswers({ roundId: 'p1' })).toEqual([{ ...answer, answer: 'yes', note: 'Godt', updatedAt: iso(5) }]);
        expect(await store.listMeetingAnswers({ participantId: 'r2' })).toEqual([]);
      });
    });

    describe('absences, pauses, announcements, audit', () => {
      it('When an absence is registered twice, then the reason is updated and the first time kept; withdrawing says whether there was one', async () => {
        expect(await store.recordAbsence({ sessionId: 's1', participantId: 'r1', registeredAt: iso(0) })).toEqual({ created: true });
        await store.recordAbsence({ sessionId: 's2', participantId: 'r1', reason: 'Syg', registeredAt: iso(1) });
        expect(await store.recordAbsence({ sessionId: 's1', participantId: 'r1', reason: 'Kursus', registeredAt: iso(2) })).toEqual({ created: false });
        expect(await store.listAbsences({ participantId: 'r1' })).toEqual(
          expect.arrayContaining([{ sessionId: 's1', participantId: 'r1', reason: 'Kursus', registeredAt: iso(0) }, { sessionId: 's2', participantId: 'r1', reason: 'Syg', registeredAt: iso(1) }]),
        );
        expect(await store.listAbsences({ sessionId: 's2' })).toHaveLength(1);
        expect(await store.withdrawAbsence('s1', 'r1', at(3))).toEqual({ withdrawn: true, restored: 0 });
        expect(await store.withdrawAbsence('s1', 'r1', at(3))).toEqual({ withdrawn: false, restored: 0 });
        expect(await store.listAbsences()).toHaveLength(1);
      });

      it('When an absence is registered with notices, then they are queued once; withdrawing brings back the latest held-back reminder and the prompt, and queues its notices', async () => {
        const notice = (key: string) => ({ key, kind: 'absence-notice' as const, participantId: 'r9', dueAt: iso(0), expiresAt: iso(600) });
        await store.recordAbsence({ sessionId: 's1', participantId: 'r1', registeredAt: iso(0) }, [notice('n1')]);
        await store.recordAbsence({ sessionId: 's1', participantId: 'r1', reason: 'Kursus', registeredAt: iso(1) }, [notice('n2')]);
        expect(await store.findDelivery('n1')).toMatchObject({ status: 'pending' });
        expect(await store.findDelivery('n2')).toBeUndefined();
        const held = (key: string, kind: 'reminder' | 'reflection', due: number) => ({ key, kind, participantId: 'r1', sessionId: 's1', dueAt: iso(due), expiresAt: iso(600) });
        await store.enqueueDeliveries([held('rem-7', 'reminder', 1), held('rem-1', 'reminder', 2), held('prompt', 'reflection', 3)], at(0));
        // One delivery per leader is in flight at a time: skip them one after the other, as the worker would.
        for (let round = 0; round < 4; round++) {
          for (const item of await store.claimDueDeliveries({ now: at(4), limit: 10, workerId: 'w', leaseMs: 60_000 })) {
            await store.recordDeliveryOutcome(item.key, item.participantId === 'r1' ? { status: 'skipped', reason: 'absent' } : { status: 'sent', sentTo: 'a:r9' }, at(4));
          }
        }
        expect(await store.withdrawAbsence('s1', 'r1', at(5), [notice('n3')])).toEqual({ withdrawn: true, restored: 2 });
        expect(await store.findDelivery('rem-1')).toMatchObject({ status: 'pending' });
        expect(await store.findDelivery('prompt')).toMatchObject({ status: 'pending' });
        expect(await store.findDelivery('rem-7')).toMatchObject({ status: 'skipped', reason: 'absent' });
        expect(await store.findDelivery('n3')).toMatchObject({ status: 'pending' });
      });

      it('When leaders pause and resume reminders, then only those paused now are paused', async () => {
        await store.setRemindersPaused('r1', true, at(0));
        await store.setRemindersPaused('r2', true, at(0));
        await store.setRemindersPaused('r1', false, at(1));
        expect(await store.pausedParticipants()).toEqual(new Set(['r2']));
      });

      it('When an announcement is saved again, then it replaces the earlier version', async () => {
        const draft = { id: 'ann1', title: 'Hej', text: 'Tekst', audience: { everyone: true, levels: [], groups: [], electives: [], channels: [] }, createdBy: 'hr', createdAt: iso(0), status: 'draft' as const };
        await store.saveAnnouncement(draft);
        await store.saveAnnouncement({ ...draft, id: 'ann2' });
        await store.saveAnnouncement({ ...draft, status: 'scheduled', recipients: 12 });
        expect(await store.findAnnouncement('ann1')).toEqual({ ...draft, status: 'scheduled', recipients: 12 });
        expect(await store.findAnnouncement('nope')).toBeUndefined();
        expect((await store.listAnnouncements()).map((a) => a.id).sort()).toEqual(['ann1', 'ann2']);
      });

      it('When an announcement is sent, then it is saved, its deliveries are queued and the audit records it, in one operation; sending it again adds nothing', async () => {
        const announcement = { id: 'ann9', title: 'Hej', text: 'Tekst', audience: { everyone: false, levels: [3 as const], groups: [], electives: [], channels: [] }, createdBy: 'hr', createdAt: iso(0), status: 'scheduled' as const, recipients: 2 };
        const deliveries = ['r1', 'r2'].map((id) => delivery(`announcement:ann9:${id}`, 0, { kind: 'announcement', participantId: id, sessionId: undefined, offset: undefined, payload: { announcementId: 'ann9' } }));
        const audit = { at: iso(0), actor: 'hr', action: 'announcement.sent', details: { announcementId: 'ann9', recipients: 2 } };
        expect(await store.scheduleAnnouncement(announcement, deliveries, audit, at(0))).toBe(2);
        expect(await store.findAnnouncement('ann9')).toEqual(announcement);
        expect((await store.listDeliveries({ kinds: ['announcement'] })).map((d) => [d.key, d.payload])).toEqual(
          expect.arrayContaining([['announcement:ann9:r1', { announcementId: 'ann9' }], ['announcement:ann9:r2', { announcementId: 'ann9' }]]),
        );
        expect(await store.scheduleAnnouncement(announcement, deliveries, audit, at(1))).toBe(0);
        expect((await store.listAudit()).filter((a) => a.action === 'announcement.sent')).toHaveLength(2);
      });

      it('When the audit log is read with a limit, then it gives the latest entries, oldest first', async () => {
        for (let i = 0; i < 5; i++) await store.appendAudit({ at: iso(i), actor: 'cli', action: `a${i}`, details: { i } });
        expect((await store.listAudit({ limit: 2 })).map((a) => a.action)).toEqual(['a3', 'a4']);
        expect(await store.listAudit()).toHaveLength(5);
        expect((await store.listAudit())[0]).toEqual({ at: iso(0), actor: 'cli', action: 'a0', details: { i: 0 } });
      });
    });
  });
}
