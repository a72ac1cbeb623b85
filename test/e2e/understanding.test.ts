/**
 * What the deterministic understanding adds for leaders, over HTTP: small talk, and questions
 * that name a day, a week, a holiday, a module or a kind of session get the session they name.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { SOFIE } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import type { Programme } from '../../src/domain/programme/model';

async function ask(bot: TestBot, text: string, locale = 'da-DK') {
  const activity = personalMessage({ text, user: SOFIE, locale, serviceUrl: bot.connector.serviceUrl });
  expect(await bot.post(activity)).toBe(200);
  const cards = bot.connector.cards(activity.conversation.id);
  expect(cards).toHaveLength(1);
  bot.connector.reset();
  return { card: cards[0], text: cardText(cards[0]) };
}

describe('When a leader makes small talk', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ programme: smallProgramme(), now: new Date('2027-01-11T08:00:00Z') });
  });
  afterAll(() => bot.close());

  it('When Sofie says "hej", then she is greeted by name in Danish, with suggested questions', async () => {
    const { card, text } = await ask(bot, 'hej');
    expect(text).toContain('Hej Sofie');
    expect(card.actions.map((a: any) => a.data.question)).toContain('Hvornår er mit næste modul?');
  });

  it('When Sofie writes "tak!" or "mange tak", then the bot answers "Selv tak"; "thanks!" gets English', async () => {
    expect((await ask(bot, 'tak!')).text).toContain('Selv tak');
    expect((await ask(bot, 'mange tak')).text).toContain('Selv tak');
    expect((await ask(bot, 'thanks!', 'da-DK')).text).toContain("You're welcome");
  });

  it('When Sofie asks "hvem er du" or "what can you do", then the bot says briefly what it is and does, in her language', async () => {
    const da = await ask(bot, 'hvem er du?');
    expect(da.text).toContain('Jeg er programmets assistent');
    expect(da.text).toContain('lederudvikling@kommune.example');
    expect((await ask(bot, 'what can you do', 'da-DK')).text).toContain('I am the programme assistant');
  });

  it('When a greeting comes with a question the bot cannot answer, then it gets the fallback, not a greeting', async () => {
    expect((await ask(bot, 'hej, hvor er kantinen?')).text).toContain('Det forstod jeg ikke helt');
  });
});

describe('When a question names a day, a holiday, a module or a kind of session', () => {
  // Sofie's module 3 moves to Tuesday 2 March and gathering 2 to Thursday 4 March, with reading of its own.
  const programme = (): Programme => {
    const p = smallProgramme();
    const s3a = p.sessions.find((s) => s.id === 's3a')!;
    Object.assign(s3a, { start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T15:30:00+01:00' });
    const s4 = p.sessions.find((s) => s.id === 's4')!;
    Object.assign(s4, { start: '2027-03-04T09:00:00+01:00', end: '2027-03-04T15:30:00+01:00', preparation: { da: 'Læs kapitel 5 om tillid.', en: 'Read chapter 5 on trust.' } });
    return p;
  };
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ programme: programme(), now: new Date('2027-03-01T08:00:00Z') }); // Monday 1 March
  });
  afterAll(() => bot.close());

  it('When Sofie asks "hvad skal jeg have med på torsdag", then she gets Thursday\'s session, not her next one on Tuesday', async () => {
    const { text } = await ask(bot, 'hvad skal jeg have med på torsdag');
    expect(text).toContain('Læs kapitel 5 om tillid.');
    expect(text).toContain('torsdag den 4. marts');
    expect(text).not.toContain('Tag en udfordring');
  });

  it('When she asks what to prepare without a day, then it is her next session, on Tuesday', async () => {
    expect((await ask(bot, 'hvad skal jeg forberede')).text).toContain('Tag en udfordring fra din hverdag med.');
  });

  it('When she asks when the next joint gathering is, then it is the gathering, not the module before it', async () => {
    const { text } = await ask(bot, 'hvornår er næste fællessamling?');
    expect(text).toContain('Fællessamling 2: Inviter hinanden ind');
    expect(text).not.toContain('Ledelse tæt på medarbejderne');
  });

  it('When she asks where module 3 is, then she gets her own group\'s place', async () => {
    const { text } = await ask(bot, 'hvor er modul 3?');
    expect(text).toContain('Hvor og hvornår');
    expect(text).toContain('tirsdag den 2. marts');
    expect(text).not.toContain('Medborgerhuset');
  });

  it('When she asks about the session after Easter, then it is the first one after Easter Monday (29 March 2027)', async () => {
    const { text } = await ask(bot, 'when is the session after easter?', 'en-US');
    expect(text).toContain('Leading change');
    expect(text).toContain('Thursday 6 May');
  });

  it('When she names a day with no session of hers, then she is told so, with the day, instead of being shown another session', async () => {
    const { text } = await ask(bot, 'hvor er vi på fredag?');
    expect(text).toContain('Du har ingen session fredag den 5. marts.');
  });

  it('When she asks what this week\'s module is about, then she gets that module\'s description', async () => {
    const { text } = await ask(bot, 'hvad handler modulet i denne uge om');
    expect(text).toContain('Ledelse tæt på medarbejderne');
  });
});
