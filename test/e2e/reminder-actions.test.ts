/**
 * What a leader does with a reminder card: adds the session to the calendar (a signed .ics link,
 * checked with an independent iCalendar parser) and says "I can't come".
 */
import ical from 'node-ical';
import { event } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installThenTick } from '../helpers/install-leaders';

// Thursday 25 February 2027, 09:00 in Copenhagen: Sofie's P7D reminder for module 3 (4 March) is due.
const NOW = new Date('2027-02-25T08:00:00Z');
const SOFIE = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' };
const KEY = 'reminder:s3a:p3:P7D';
let bot: TestBot;
let reminder: any;

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  await installThenTick(bot, ['p3']);
  reminder = bot.connector.cards('a:conv-p3')[0];
});
afterEach(() => bot.close());

function absenceInvoke(data: Record<string, unknown>, from = SOFIE) {
  return {
    ...event('personal-bot-added', bot.connector.serviceUrl),
    type: 'invoke',
    name: 'adaptiveCard/action',
    membersAdded: undefined,
    from,
    conversation: { conversationType: 'personal', tenantId: 'tenant', id: 'a:conv-p3' },
    value: { action: { type: 'Action.Execute', verb: 'absence', data }, trigger: 'manual' },
  };
}

it('When the reminder is due, then it shows the session in Danish with calendar and absence buttons', () => {
  const text = cardText(reminder);
  expect(text).toContain('Påmindelse: om 7 dage');
  expect(text).toContain('torsdag den 4. marts kl. 09.00–15.30');
  expect(text).toContain('Tag en udfordring fra din hverdag med.');
  expect(reminder.actions.map((a: any) => a.type)).toEqual(['Action.OpenUrl', 'Action.ShowCard']);
});

it('When Sofie opens "Add to my calendar", then she gets an iCalendar file that an independent parser reads as 09:00–15:30 Copenhagen time', async () => {
  const url = new URL(reminder.actions[0].url);
  const res = await fetch(`${bot.url}${url.pathname}${url.search}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/calendar');
  const events = Object.values(ical.sync.parseICS(await res.text())).filter((e: any) => e.type === 'VEVENT') as any[];
  expect(events).toHaveLength(1);
  expect(events[0].uid).toBe('s3a@test-programme.programme-bot');
  expect(new Date(events[0].start).toISOString()).toBe('2027-03-04T08:00:00.000Z');
  expect(new Date(events[0].end).toISOString()).toBe('2027-03-04T14:30:00.000Z');
  expect(events[0].location).toContain('Rådhuset');
});

it('When a calendar link is tampered with, then it is refused with 404', async () => {
  const url = new URL(reminder.actions[0].url);
  const forged = url.pathname.replace(/\.([^.]+)\.ics$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
  expect((await fetch(`${bot.url}${forged}`)).status).toBe(404);
});

it('When Sofie says she cannot come, then the absence is stored with her reason and the card shows it', async () => {
  const { status, body } = await bot.invoke(absenceInvoke({ deliveryKey: KEY, reason: 'Kursus i Odense' }));
  expect(status).toBe(200);
  expect(cardText(body.value)).toContain('Du har meldt afbud. Årsag: Kursus i Odense');
  expect(body.value.actions.map((a: any) => a.type)).toEqual(['Action.OpenUrl']);
  expect(await bot.store.listAbsences({ participantId: 'p3' })).toEqual([
    expect.objectContaining({ sessionId: 's3a', reason: 'Kursus i Odense' }),
  ]);
});

it('When another leader replays Sofie\'s absence action, then nothing is stored', async () => {
  const { body } = await bot.invoke(absenceInvoke({ deliveryKey: KEY }, { id: '29:p4', name: 'Jonas', aadObjectId: 'aad-p2' }));
  expect(cardText(body.value)).toContain('Dette kort blev sendt til en anden leder');
  expect(await bot.store.listAbsences()).toHaveLength(0);
});
