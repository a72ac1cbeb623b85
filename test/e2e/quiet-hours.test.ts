/**
 * Quiet hours end to end: the outbox worker itself holds what the bot sends on its own until the
 * working window opens, whatever the planner decided (a late start, a retry after 16:00); the
 * weekly digest follows the working calendar over 2. påskedag; a reminder with no working time
 * before its session is recorded as dropped; and what HR sends now goes now.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';
import type { TestBotOptions } from '../helpers/start-test-bot';

// Gathering 2 (s4) is on Thursday 8 April 2027; its P7D reminders fall due Thursday 1 April at 09:00.
const THURSDAY_EVENING = new Date('2027-04-01T16:00:00Z'); // 18:00 in Copenhagen
const FRIDAY_OPENING = '2027-04-02T06:00:00.000Z'; // 08:00 in Copenhagen
const LEADERS = ['p1', 'p2', 'p3', 'p4'];
const HR = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };

const bots: TestBot[] = [];
async function start(now: Date, from?: TestBot, config?: TestBotOptions['config']): Promise<TestBot> {
  const bot = await startTestBot({ programme: smallProgramme(), now, store: from?.store, connector: from?.connector, config: { admins: ['aad-hr'], ...config } });
  bots.push(bot);
  return bot;
}
async function installEveryone(bot: TestBot): Promise<void> {
  await bot.store.linkParticipant('p4', 'aad-p4');
  for (const id of LEADERS) await installFor(bot, id);
  bot.connector.reset();
}
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

it('When the bot starts at 18:00 after being down all day, then the reminders due at 09:00 wait for the window to open the next morning and go out then, once', async () => {
  const evening = await start(THURSDAY_EVENING);
  await installEveryone(evening);
  const report = await evening.dispatcher.tick();
  expect(report).toMatchObject({ added: 4, sent: 0, held: 4 });
  expect(evening.connector.cards()).toHaveLength(0);
  const held = await evening.store.listDeliveries({ kinds: ['reminder'] });
  expect(held.map((d) => [d.status, d.attempts, d.reason, d.nextAttemptAt])).toEqual(LEADERS.map(() => ['pending', 0, 'quiet-hours', FRIDAY_OPENING]));

  const morning = await start(new Date(FRIDAY_OPENING), evening);
  expect(await morning.dispatcher.tick()).toMatchObject({ sent: 4, held: 0 });
  for (const id of LEADERS) expect(morning.connector.cards(`a:conv-${id}`)).toHaveLength(1);
  expect((await morning.store.listDeliveries({ kinds: ['reminder'] })).every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
});

it('When a retry after a 503 would come at 16:00:30, then it is not sent in the evening but when the window opens, and the hold is not counted as an attempt', async () => {
  const afternoon = await start(new Date('2027-04-01T07:00:00Z'));
  await installEveryone(afternoon);
  const key = 'reminder:s4:p1:P7D';
  await afternoon.store.enqueueDeliveries(
    [{ key, kind: 'reminder', participantId: 'p1', sessionId: 's4', offset: 'P7D', dueAt: '2027-04-01T07:00:00.000Z', expiresAt: '2027-04-08T07:00:00.000Z' }],
    new Date('2027-04-01T07:00:00Z'),
  );
  // The first attempt failed just before 16:00 and the retry policy asked for 16:00:30.
  await afternoon.store.recordDeliveryOutcome(key, { status: 'retry', nextAttemptAt: new Date('2027-04-01T14:00:30Z'), reason: '503' }, new Date('2027-04-01T13:59:58Z'));

  const late = await start(new Date('2027-04-01T14:00:30Z'), afternoon);
  await late.dispatcher.tick();
  expect(late.connector.cards('a:conv-p1')).toHaveLength(0);
  expect(await late.store.findDelivery(key)).toMatchObject({ status: 'pending', attempts: 1, reason: 'quiet-hours', nextAttemptAt: FRIDAY_OPENING });

  const morning = await start(new Date(FRIDAY_OPENING), afternoon);
  await morning.dispatcher.tick();
  expect(morning.connector.cards('a:conv-p1')).toHaveLength(1);
  expect(await morning.store.findDelivery(key)).toMatchObject({ status: 'sent', attempts: 2 });
});

it('When a reminder has no working time left before its session in a closed period, then it is recorded as dropped with the reason and never sent', async () => {
  const closed = { calendar: { closedPeriods: [{ from: '2027-04-01', to: '2027-04-07', name: { da: 'Påskeferie', en: 'Easter break' } }] } };
  const wednesday = await start(new Date('2027-03-31T07:00:00Z'), undefined, closed);
  await installEveryone(wednesday);
  // The week-before reminder moved back before the closed week, to Wednesday 31 March 09:00.
  await wednesday.dispatcher.tick();
  const early = await wednesday.store.listDeliveries({ kinds: ['reminder'] });
  expect(early.map((d) => [d.key, d.dueAt, d.status])).toEqual(LEADERS.map((id) => [`reminder:s4:${id}:P7D`, '2027-03-31T07:00:00.000Z', 'sent']));
  expect(wednesday.connector.cards('a:conv-p1').map(cardText).join()).toContain('Fællessamling 2');

  const dayBefore = await start(new Date('2027-04-07T07:00:00Z'), wednesday, closed);
  dayBefore.connector.reset();
  expect(await dayBefore.dispatcher.tick()).toMatchObject({ dropped: 4, sent: 0 });
  expect(dayBefore.connector.cards()).toHaveLength(0);
  expect(await dayBefore.store.findDelivery('reminder:s4:p1:P1D')).toMatchObject({
    status: 'skipped',
    reason: 'dropped:no-working-time-before-session (closed-period)',
  });
});

it('When the digest Monday is 2. påskedag, then no digest goes out that day and Tuesday 08:00 brings the digest of the week before Easter', async () => {
  const config = { owners: ['mette.holm@kommune.example'] };
  const easterMonday = await start(new Date('2027-03-29T06:00:00Z'), undefined, config);
  await installFor(easterMonday, 'p1');
  easterMonday.connector.reset();
  await easterMonday.dispatcher.tick();
  expect(await easterMonday.store.listDeliveries({ kinds: ['digest'] })).toEqual([]);

  const tuesday = await start(new Date('2027-03-30T06:00:00Z'), easterMonday, config);
  await tuesday.dispatcher.tick();
  const digests = await tuesday.store.listDeliveries({ kinds: ['digest'] });
  // Anders (p2, a manager) has no chat with the bot in this test, so his waits.
  expect(digests.map((d) => [d.key, d.dueAt, d.expiresAt, d.status]).sort()).toEqual([
    ['digest:2027-W12:manager:p1', '2027-03-30T06:00:00.000Z', '2027-04-01T06:00:00.000Z', 'sent'],
    ['digest:2027-W12:manager:p2', '2027-03-30T06:00:00.000Z', '2027-04-01T06:00:00.000Z', 'waiting'],
    ['digest:2027-W12:owner:p1', '2027-03-30T06:00:00.000Z', '2027-04-01T06:00:00.000Z', 'sent'],
  ]);
  expect(tuesday.connector.cards('a:conv-p1').map(cardText).join()).toContain('uge 12');
});

describe('What HR sends', () => {
  const invoke = (bot: TestBot, verb: string, data: Record<string, unknown>) =>
    bot.invoke({
      ...personalMessage({ text: '', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      replyToId: 'admin-card-1',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
  // Saturday 3 April 2027, 11:00 in Copenhagen.
  const SATURDAY = new Date('2027-04-03T09:00:00Z');

  it('When HR sends an announcement now on a Saturday, then it goes out at once: HR chose the moment', async () => {
    const bot = await start(SATURDAY);
    await installEveryone(bot);
    const preview = await invoke(bot, 'announcementPreview', { title: 'Aflyst', text: 'Fællessamlingen er aflyst på grund af sne.', audience: 'level:1' });
    expect(cardText(preview.body.value)).toContain('Sendes med det samme');
    await invoke(bot, 'announcementSend', { announcementId: preview.body.value.actions[0].data.announcementId });
    await bot.dispatcher.tick();
    expect(bot.connector.cards('a:conv-p1').map(cardText).join()).toContain('Fællessamlingen er aflyst');
  });

  it('When HR schedules an announcement for Saturday 10:00, then the preview says Monday 10:00 and it waits for Monday', async () => {
    const friday = await start(new Date('2027-04-02T09:00:00Z'));
    await installEveryone(friday);
    const preview = await invoke(friday, 'announcementPreview', { title: 'Valgmoduler', text: 'Tilmeldingen er åben.', audience: 'level:1', sendDate: '2027-04-03', sendTime: '10:00' });
    expect(cardText(preview.body.value)).toContain('Sendes mandag den 5. april kl. 10.00');
    await invoke(friday, 'announcementSend', { announcementId: preview.body.value.actions[0].data.announcementId });

    const saturday = await start(SATURDAY, friday);
    await saturday.dispatcher.tick();
    expect(saturday.connector.cards('a:conv-p1')).toHaveLength(0);
    const [item] = await saturday.store.listDeliveries({ kinds: ['announcement'] });
    expect(item).toMatchObject({ status: 'pending', dueAt: '2027-04-05T08:00:00.000Z', payload: { scheduled: true } });

    const monday = await start(new Date('2027-04-05T08:00:00Z'), friday);
    await monday.dispatcher.tick();
    expect(monday.connector.cards('a:conv-p1').map(cardText).join()).toContain('Tilmeldingen er åben');
  });
});
