/**
 * "Add my sessions to my calendar": a card with a signed link to one .ics file with all of the
 * leader's sessions, checked with an independent iCalendar parser (node-ical).
 */
import ical from 'node-ical';
import { smallProgramme } from '../helpers/programmes';
import { METTE, SOFIE, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { adaptiveCardProblems } from '../helpers/validate-card';

const NOW = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027, 09:00 in Copenhagen
let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
});
afterAll(() => bot.close());

async function download(url: string): Promise<{ raw: string; events: any[] }> {
  const { pathname, search } = new URL(url);
  const res = await fetch(`${bot.url}${pathname}${search}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/calendar');
  const raw = await res.text();
  return { raw, events: Object.values(ical.sync.parseICS(raw)).filter((e: any) => e.type === 'VEVENT') };
}

it('When Mette asks to add her sessions to her calendar, then the file holds all four of her sessions at the right local times, with stable UIDs', async () => {
  const { card, text } = await say(bot, 'add my sessions to my calendar', METTE, 'en-US');
  expect(text).toContain('Your programme in your calendar');
  expect(text).toContain('all your 4 sessions');
  expect(adaptiveCardProblems(card)).toEqual([]);
  const link = card.actions.find((a: any) => a.type === 'Action.OpenUrl');
  expect(link.title).toBe('Download calendar file');

  const first = await download(link.url);
  const second = await download(link.url);
  const byUid = (events: any[]) => Object.fromEntries(events.map((e) => [e.uid, e]));
  const uids = Object.keys(byUid(first.events)).sort();
  expect(uids).toEqual(['s1', 's2', 's4', 'se2'].map((id) => `${id}@test-programme.programme-bot`).sort());
  expect(Object.keys(byUid(second.events)).sort()).toEqual(uids);

  // 09:00 in Copenhagen is 08:00 UTC in winter and 07:00 UTC in summer (CEST from 28 March 2027).
  const starts = Object.fromEntries(first.events.map((e) => [e.uid.split('@')[0], new Date(e.start).toISOString()]));
  expect(starts).toEqual({
    s1: '2027-01-07T08:00:00.000Z',
    s2: '2027-02-04T08:00:00.000Z',
    s4: '2027-04-08T07:00:00.000Z',
    se2: '2027-05-20T07:00:00.000Z',
  });
  expect(first.events.every((e) => e.start.tz === 'Europe/Copenhagen')).toBe(true);
  expect(first.raw).toMatch(/BEGIN:VTIMEZONE[\s\S]*TZID:Europe\/Copenhagen[\s\S]*END:VTIMEZONE/);
  expect(first.raw).toContain('DTSTART;TZID=Europe/Copenhagen:20270408T090000');
});

it('When Sofie writes "kalender", then she gets the link in Danish for her five sessions, electives included', async () => {
  const { card, text } = await say(bot, 'kalender', SOFIE);
  expect(text).toContain('Dit program i din kalender');
  expect(text).toContain('alle dine 5 sessioner');
  const { events } = await download(card.actions[0].url);
  expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(['s1', 's3a', 's4', 'se1', 'se2']);
  expect(events.find((e) => e.uid.startsWith('s3a')).summary).toBe('Modul 3: Ledelse tæt på medarbejderne');
});

it('When the signature of a personal calendar link is changed, then the file is refused with 404', async () => {
  const { card } = await say(bot, 'kalender', SOFIE);
  const { pathname } = new URL(card.actions[0].url);
  const forged = pathname.replace(/\.([^.]+)\.ics$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
  expect((await fetch(`${bot.url}${forged}`)).status).toBe(404);
});
