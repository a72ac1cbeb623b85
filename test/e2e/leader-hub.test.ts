/**
 * The leader's card is the hub: the answer to "when is my next module?" carries what a leader does
 * about that session (calendar, "I can't come", online meeting, map, materials), not questions the
 * card already answers; "mit forløb" / "my progress" shows how far they have come. Real HTTP in.
 */
import ical from 'node-ical';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { smallProgramme } from '../helpers/programmes';
import { SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { adaptiveCardProblems } from '../helpers/validate-card';

const NOW = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027; Sofie's next session is module 3 on 4 March

/** The small programme, Sofie's module 3 with an online meeting, a map and materials. */
function programme(): Programme {
  const base = smallProgramme();
  return programmeSchema.parse({
    ...base,
    sessions: base.sessions.map((s) =>
      s.id === 's3a'
        ? { ...s, materialsUrl: 'https://intra.example/lederudvikling/modul-3', place: { ...s.place, mapUrl: 'https://www.openstreetmap.org/search?query=Torvet%201%2C%208000%20Aarhus', onlineUrl: 'https://meet.example/modul-3' } }
        : s,
    ),
  });
}

let bot: TestBot;
afterEach(() => bot.close());

/** Every button of a card: its kind, title and (for links) where it goes. */
function buttons(card: any): { type: string; title: string; url?: string }[] {
  const found: { type: string; title: string; url?: string }[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) found.push({ type: node.type, title: node.title, ...(node.url ? { url: node.url } : {}) });
    for (const [key, child] of Object.entries(node)) if (key !== 'card') walk(child);
  };
  walk(card);
  return found;
}

describe('When a leader asks about her next module', () => {
  beforeEach(async () => {
    bot = await startTestBot({ programme: programme(), now: NOW });
  });

  it('When Sofie asks "hvornår er mit næste modul?", then the card carries calendar, "I can\'t come", online meeting, map and materials, and no question it already answers', async () => {
    const { card } = await say(bot, 'hvornår er mit næste modul?', SOFIE);
    const all = buttons(card);
    expect(all.map((b) => b.title)).toEqual(['Deltag online', 'Vis på kort', 'Materialer', 'Føj til min kalender', 'Jeg kan ikke komme', 'Vis mit program', 'Mit forløb']);
    expect(all.find((b) => b.title === 'Vis på kort')?.url).toBe('https://www.openstreetmap.org/search?query=Torvet%201%2C%208000%20Aarhus');
    expect(all.find((b) => b.title === 'Materialer')?.url).toBe('https://intra.example/lederudvikling/modul-3');
    expect(all.find((b) => b.title === 'Deltag online')?.url).toBe('https://meet.example/modul-3');
    // The card shows place and preparation: no buttons asking for them.
    expect(all.map((b) => b.title)).not.toContain('Hvor er det?');
    expect(all.map((b) => b.title)).not.toContain('Hvad skal jeg forberede?');
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('When Sofie opens "Føj til min kalender" on it, then she gets that session as an iCalendar file', async () => {
    const { card } = await say(bot, 'hvornår er mit næste modul?', SOFIE);
    const url = new URL(buttons(card).find((b) => b.title === 'Føj til min kalender')!.url!);
    const res = await fetch(`${bot.url}${url.pathname}${url.search}`);
    expect(res.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(await res.text())).filter((e: any) => e.type === 'VEVENT') as any[];
    expect(events.map((e) => e.uid)).toEqual(['s3a@test-programme.programme-bot']);
  });

  it('When Sofie says she cannot come from the card, then the absence is registered; asked again, the card says so, offers to withdraw it and no calendar button', async () => {
    const { card } = await say(bot, 'When is my next module?', SOFIE, 'da-DK');
    const send = executeActions(card).find((a) => a.title === 'Report absence')!;
    const done = await press(bot, send.verb, { ...send.data, reason: 'Board meeting' }, SOFIE, 'da-DK');
    expect(done.text).toContain("You have said you can't come to Module 3");
    expect(await bot.store.listAbsences({ participantId: 'p3' })).toEqual([expect.objectContaining({ sessionId: 's3a', reason: 'Board meeting' })]);

    const again = await say(bot, 'hvornår er mit næste modul?', SOFIE);
    expect(again.text).toContain('Du har meldt afbud.');
    const titles = buttons(again.card).map((b) => b.title);
    expect(titles).toContain('Fortryd afbud');
    expect(titles).not.toContain('Jeg kan ikke komme');
    // A session she will miss is nothing to add to her calendar.
    expect(titles).not.toContain('Føj til min kalender');
  });

  it('When Sofie asks "where is it?", then the card offers what to prepare (not shown there), but not where it is', async () => {
    const { card } = await say(bot, 'where is it?', SOFIE, 'en-US');
    const titles = buttons(card).map((b) => b.title);
    expect(titles).toContain('What should I prepare?');
    expect(titles).not.toContain('Where is it?');
  });
});

describe('When a leader asks how far she has come', () => {
  // Monday 10 May 2027: modules 1 (7 January) and 3 (4 March) and elective e1 (6 May) are behind her.
  const MAY = new Date('2027-05-10T07:00:00Z');

  beforeEach(async () => {
    bot = await startTestBot({ programme: programme(), now: MAY });
    const at = '2027-01-08T13:00:00.000Z';
    await bot.store.saveCheckIn({ promptKey: 'reflection:s1:p3', participantId: 'p3', sessionId: 's1', rating: 4, text: '', mayShare: false, submittedAt: at, updatedAt: at });
    await bot.store.recordAbsence({ sessionId: 's4', participantId: 'p3', registeredAt: '2027-04-01T08:00:00.000Z' });
  });

  it('When Sofie writes "mit forløb", then she sees what she attended (and reflected on), her absence, what is coming and her electives', async () => {
    const { card, text } = await say(bot, 'mit forløb', SOFIE);
    expect(text).toContain('Dit forløb');
    expect(text).toContain('Sofie, du har været med til 3 af dine 5 sessioner, og 1 venter endnu. Afbud: 1.');
    expect(text).toMatch(/Deltaget \(3\)\nModul 1 – Fællessamling 1: Et fælles ledelsessprog\nRefleksion afgivet\ntorsdag den 7\. januar kl\. 09\.00–15\.30 · Rådhuset, Byrådssalen/);
    expect(text).toMatch(/Afbud \(1\)\nModul 4 – Fællessamling 2: Inviter hinanden ind/);
    expect(text).toMatch(/Kommende \(1\)\nModul 12 – Coachende ledelse/);
    expect(text).toMatch(/Valgmoduler\nForandringsledelse\nGennemført\nCoachende ledelse\nDu har en plads\. Første dag: torsdag den 20\. maj/);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it('When Sofie writes "my progress", then she gets the same in English', async () => {
    const { text } = await say(bot, 'my progress', SOFIE, 'da-DK');
    expect(text).toContain('Sofie, you have attended 3 of your 5 sessions, with 1 still to come. Absences: 1.');
    expect(text).toContain('Attended (3)');
    expect(text).toContain('Reflection given');
    expect(text).toContain('Completed');
  });
});
