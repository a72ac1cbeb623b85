/**
 * The proactive engine end to end: the dispatcher plans what is due, sends it through the real
 * adapter to a fake Bot Connector that throttles and fails like Teams does, and records every
 * outcome. Every due card must arrive exactly once.
 */
import { event } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';

// Thursday 1 April 2027, 09:00 in Copenhagen: the P7D reminders for gathering 2 (8 April) are due.
const NOW = new Date('2027-04-01T07:00:00Z');
const LEADERS = [
  { participantId: 'p1', aadObjectId: 'aad-p1', conversationId: 'a:conv-p1' },
  { participantId: 'p2', aadObjectId: 'aad-p2', conversationId: 'a:conv-p2' },
  { participantId: 'p3', aadObjectId: 'aad-p3', conversationId: 'a:conv-p3' },
  { participantId: 'p4', aadObjectId: 'aad-p4', conversationId: 'a:conv-p4' },
];

let bot: TestBot;

async function installForEveryone(): Promise<void> {
  await bot.store.linkParticipant('p4', 'aad-p4');
  for (const leader of LEADERS) expect(await installFor(bot, leader)).toBe(200);
  bot.connector.reset(); // forget the welcome cards
}

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  await installForEveryone();
});
afterEach(() => bot.close());

describe('When reminders fall due', () => {
  it('When the connector throttles, fails and blocks, then every deliverable reminder arrives exactly once and the blocked chat is marked inactive', async () => {
    bot.connector.failNext('a:conv-p1', [{ status: 429, retryAfter: '1' }]);
    bot.connector.failNext('a:conv-p2', [{ status: 503 }, { status: 502 }]);
    bot.connector.failNext('a:conv-p3', [{ status: 403, code: 'ConversationBlockedByUser' }]);

    const report = await bot.dispatcher.tick();

    expect(report).toMatchObject({ added: 4, sent: 3, blocked: 1, failed: 0 });
    for (const id of ['a:conv-p1', 'a:conv-p2']) {
      const cards = bot.connector.cards(id);
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0])).toContain('Fællessamling 2: Inviter hinanden ind');
      expect(cardText(cards[0])).toContain('torsdag den 8. april kl. 09.00–15.30');
    }
    // Jonas prefers English.
    expect(bot.connector.cards('a:conv-p4')).toHaveLength(1);
    expect(cardText(bot.connector.cards('a:conv-p4')[0])).toContain('Thursday 8 April, 09:00–15:30');
    expect(bot.connector.cards('a:conv-p3')).toHaveLength(0);
    expect(await bot.store.findConversation('a:conv-p3')).toMatchObject({ active: false, inactiveReason: 'ConversationBlockedByUser' });

    const outcomes = await bot.store.listDeliveries({ kinds: ['reminder'] });
    const byParticipant = Object.fromEntries(outcomes.map((o) => [o.participantId, o]));
    expect(byParticipant.p1).toMatchObject({ status: 'sent', attempts: 2, sentTo: 'a:conv-p1' });
    expect(byParticipant.p2).toMatchObject({ status: 'sent', attempts: 3 });
    expect(byParticipant.p3).toMatchObject({ status: 'blocked', reason: 'ConversationBlockedByUser' });
    expect(byParticipant.p4).toMatchObject({ status: 'sent', attempts: 1 });
    expect(byParticipant.p1.key).toBe('reminder:s4:p1:P7D');

    // The next tick finds nothing new: keys once recorded are never sent again.
    bot.connector.reset();
    const again = await bot.dispatcher.tick();
    expect(again).toMatchObject({ added: 0, sent: 0 });
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('When a leader blocked the bot earlier, then writing to it again reactivates the conversation for the next reminder', async () => {
    await bot.store.deactivateConversation('a:conv-p3', 'ConversationBlockedByUser', NOW);
    await bot.post({
      ...event('personal-bot-added', bot.connector.serviceUrl),
      type: 'message',
      text: 'hjælp',
      from: { id: '29:p3', aadObjectId: 'aad-p3' },
      conversation: { conversationType: 'personal', tenantId: 'tenant', id: 'a:conv-p3' },
      membersAdded: undefined,
    });
    expect(await bot.store.findConversation('a:conv-p3')).toMatchObject({ active: true });
  });

  it('When the bot restarts in the middle of a batch, then nothing already accepted is sent again and abandoned items are taken over', async () => {
    const now = bot.clock();
    const planned = LEADERS.map((l) => ({
      key: `reminder:s4:${l.participantId}:P7D`,
      kind: 'reminder' as const,
      participantId: l.participantId,
      sessionId: 's4',
      offset: 'P7D',
      dueAt: now.toISOString(),
      expiresAt: '2027-04-08T07:00:00.000Z',
    }));
    await bot.store.enqueueDeliveries(planned, now);
    // The crashed process had claimed everything, and the connector had accepted p1 and p2.
    await bot.store.claimDueDeliveries({ now, limit: 10, workerId: 'crashed-worker', leaseMs: 1 });
    await bot.store.recordDeliveryOutcome(planned[0].key, { status: 'sent', activityId: 'x1', sentTo: 'a:conv-p1' }, now);
    await bot.store.recordDeliveryOutcome(planned[1].key, { status: 'sent', activityId: 'x2', sentTo: 'a:conv-p2' }, now);

    const report = await bot.dispatcher.tick();

    expect(report.sent).toBe(2);
    expect(bot.connector.cards('a:conv-p1')).toHaveLength(0);
    expect(bot.connector.cards('a:conv-p2')).toHaveLength(0);
    expect(bot.connector.cards('a:conv-p3')).toHaveLength(1);
    expect(bot.connector.cards('a:conv-p4')).toHaveLength(1);
  });

  it('When the bot was down until after the session started, then the reminder is recorded as skipped, not sent late', async () => {
    const late = await startTestBot({ programme: smallProgramme(), now: new Date('2027-04-08T08:00:00Z'), store: bot.store, connector: bot.connector });
    try {
      const report = await late.dispatcher.tick();
      expect(report.sent).toBe(0);
      expect(bot.connector.sent()).toHaveLength(0);
      const reminders = await bot.store.listDeliveries({ kinds: ['reminder'] });
      expect(reminders.length).toBeGreaterThan(0);
      expect(reminders.every((r) => r.status === 'skipped' && r.reason === 'expired')).toBe(true);
    } finally {
      await late.close();
    }
  });

  it('When a leader never opened the bot but is in a team where it is installed, then a 1:1 chat is created and the reminder arrives there', async () => {
    const fresh = await startTestBot({ programme: smallProgramme(), now: NOW });
    try {
      expect(await fresh.post(event('team-bot-added', fresh.connector.serviceUrl))).toBe(200);
      fresh.connector.addTeam('19:general-channel@thread.tacv2', {
        members: [{ id: '29:jonas', name: 'Jonas Østergaard', aadObjectId: 'aad-jonas', email: 'jonas.oestergaard@kommune.example' }],
      });
      const report = await fresh.dispatcher.tick();
      const created = fresh.connector.created();
      expect(created).toHaveLength(1);
      expect(created[0].parameters).toMatchObject({ isGroup: false, members: [{ id: '29:jonas' }], channelData: { tenant: { id: '11111111-1111-4111-8111-111111111111' } } });
      const conversation = await fresh.store.findPersonalConversation('p4');
      expect(conversation?.id).toBe(created[0].id);
      expect(fresh.connector.cards(conversation!.id)).toHaveLength(1);
      // The others are in no known roster: they wait (not skipped for good) until they can be reached.
      expect(report.sent).toBe(1);
      const waiting = await fresh.store.listDeliveries({ statuses: ['waiting'] });
      expect(waiting.map((d) => d.reason)).toEqual(['no-conversation', 'no-conversation', 'no-conversation']);
      expect(await fresh.store.listDeliveries({ statuses: ['skipped'] })).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('When a leader paused reminders, then their reminder is not sent', async () => {
    await bot.store.setRemindersPaused('p4', true, NOW);
    await bot.dispatcher.tick();
    expect(bot.connector.cards('a:conv-p4')).toHaveLength(0);
    expect(bot.connector.cards('a:conv-p1')).toHaveLength(1);
  });
});
