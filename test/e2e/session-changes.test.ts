/**
 * HR moves a session from Teams: everyone affected gets a "changed" card with old and new, and
 * reminders follow the new time.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';

const NOW = new Date('2027-02-20T12:00:00Z'); // a Saturday: nothing else is due
const HR = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };
const SOFIE = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' };
let bot: TestBot;

const invoke = (data: Record<string, unknown>, from = HR) =>
  bot.invoke({
    ...personalMessage({ text: '', user: from, serviceUrl: bot.connector.serviceUrl, conversationId: `a:conv-${from.id}` }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb: 'sessionChange', data }, trigger: 'manual' },
  });

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { admins: ['aad-hr'] } });
  await installFor(bot, 'p3', 't');
  // A reminder already waiting in the outbox for the old date.
  await bot.store.enqueueDeliveries(
    [{ key: 'reminder:s3a:p3:P1D', kind: 'reminder', participantId: 'p3', sessionId: 's3a', offset: 'P1D', dueAt: '2027-03-03T08:00:00.000Z', expiresAt: '2027-03-04T08:00:00.000Z' }],
    NOW,
  );
  bot.connector.reset();
});
afterEach(() => bot.close());

it('When HR moves module 3 two weeks later to another place, then Sofie is told old and new, and her reminder follows the new date', async () => {
  bot.connector.reset();
  await bot.post(personalMessage({ text: 'flyt session', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }));
  const form = bot.connector.cards('a:conv-29:hr')[0];
  expect(form.body.find((e: any) => e.id === 'sessionId').choices.map((c: any) => c.value)).toContain('s3a');

  const { body } = await invoke({ sessionId: 's3a', date: '2027-03-18', startTime: '10:00', placeName: 'Medborgerhuset', room: 'Salen' });
  expect(cardText(body.value)).toContain('torsdag den 18. marts kl. 10.00–16.30, Medborgerhuset. 1 deltagere får besked.');
  const moved = (await bot.store.getProgramme()).sessions.find((s) => s.id === 's3a')!;
  expect(moved).toMatchObject({ start: '2027-03-18T10:00:00+01:00', end: '2027-03-18T16:30:00+01:00', place: { name: 'Medborgerhuset', room: 'Salen' } });
  expect((await bot.store.listAudit()).some((e) => e.action === 'session.changed' && e.actor === 'aad-hr')).toBe(true);
  expect(await bot.store.findDelivery('reminder:s3a:p3:P1D')).toBeUndefined();

  await bot.dispatcher.tick();
  const changed = bot.connector.cards('a:conv-p3');
  expect(changed).toHaveLength(1);
  const text = cardText(changed[0]);
  expect(text).toContain('Ændret: Modul 3');
  expect(text).toContain('torsdag den 4. marts kl. 09.00–15.30');
  expect(text).toContain('torsdag den 18. marts kl. 10.00–16.30');
  expect(text).toContain('Medborgerhuset, Salen');

  const dayBefore = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-17T08:00:00Z'), store: bot.store, connector: bot.connector });
  try {
    bot.connector.reset();
    await dayBefore.dispatcher.tick();
    const reminder = bot.connector.cards('a:conv-p3').map(cardText).find((c) => c.includes('Påmindelse'));
    expect(reminder).toContain('torsdag den 18. marts kl. 10.00–16.30');
  } finally {
    await dayBefore.close();
  }
});

it('When a leader who is not an admin submits the form, then nothing changes', async () => {
  const { body } = await invoke({ sessionId: 's3a', date: '2027-03-18' }, SOFIE);
  expect(cardText(body.value)).toContain('Det kan kun programmets administratorer');
  expect((await bot.store.getProgramme()).sessions.find((s) => s.id === 's3a')?.start).toBe('2027-03-04T09:00:00+01:00');
});
