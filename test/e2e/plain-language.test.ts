/**
 * Plain-language errors and one language per reply: what is missing is said, with what to do, in
 * the reader's language; commands and buttons are answered in the language they were written or
 * shown in; someone outside the programme is told so before anything else. Real HTTP in.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-03-08T09:00:00Z'); // Monday 8 March 2027, 10:00 in Copenhagen
const PROMPT_KEY = 'reflection:s3a:p3';
const HR_ADMIN = { id: '29:hr', name: 'Helle Rask', aadObjectId: '00000000-0000-4000-8000-00000000beef' };

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { admins: [HR_ADMIN.aadObjectId] } });
  // Sofie's reflection prompt after module 3 went out on Friday.
  const sent = new Date('2027-03-05T13:00:00Z');
  await bot.store.enqueueDeliveries([{ key: PROMPT_KEY, kind: 'reflection', participantId: 'p3', sessionId: 's3a', dueAt: sent.toISOString(), expiresAt: '2027-03-12T13:00:00.000Z' }], sent);
  await bot.store.recordDeliveryOutcome(PROMPT_KEY, { status: 'sent', activityId: 'x', sentTo: 'a:conv-p3' }, sent);
});
afterEach(() => bot.close());

/** The input of a card with this id, wherever it sits. */
function input(card: any, id: string): any {
  return JSON.stringify(card).includes(`"id":"${id}"`) ? (card.body as any[]).find((e) => e.id === id) : undefined;
}

describe('When a leader writes a command in the other language than her preference', () => {
  it('When Sofie, who prefers Danish, writes "my data", then the answer is in English; "mine data" is answered in Danish', async () => {
    const english = await say(bot, 'my data', SOFIE, 'en-US');
    expect(english.text).toContain('Your data');
    expect(english.text).toContain('Download my data');
    expect(english.text).not.toContain('Dine data');
    const danish = await say(bot, 'mine data', SOFIE, 'en-US');
    expect(danish.text).toContain('Hent mine data');
  });

  it('When Sofie writes "check in", then her prompt comes in English, and its rating says in English what to do when left empty', async () => {
    const { card, text } = await say(bot, 'check in', SOFIE, 'da-DK');
    expect(text).toContain('Reflection after Module 3');
    expect(input(card, 'rating')).toMatchObject({ isRequired: true, errorMessage: 'Choose a rating from 1 to 5 before you submit.' });
    const danish = await say(bot, 'tjek ind', SOFIE, 'en-US');
    expect(input(danish.card, 'rating')).toMatchObject({ isRequired: true, errorMessage: 'Vælg en vurdering fra 1 til 5, før du sender.' });
  });
});

describe('When a form comes back incomplete', () => {
  it('When Sofie sends her English check-in without a rating, then the same prompt comes back saying what to do, with her text kept, and nothing is stored', async () => {
    const { card } = await say(bot, 'check in', SOFIE);
    const submit = executeActions(card)[0];
    const again = await press(bot, submit.verb, { ...submit.data, reflection: 'I tried the trios', mayShare: 'true' }, SOFIE);
    expect(again.text).toContain('Your answer has not been saved yet. Choose a rating from 1 to 5 before you submit.');
    expect(input(again.card, 'reflection').value).toBe('I tried the trios');
    expect(input(again.card, 'mayShare').value).toBe('true');
    expect(again.text).not.toMatch(/rating:|Invalid|Required/);
    expect(await bot.store.listCheckIns()).toEqual([]);
  });

  it('When HR sends the announcement form without an audience, then the form comes back in English saying what to do, with the title and text kept', async () => {
    const user = { ...HR_ADMIN };
    await bot.post(personalMessage({ text: 'announce', user, locale: 'da-DK', serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-hr' }));
    const compose = bot.connector.cards('a:conv-hr')[0];
    expect(input(compose, 'audience')).toMatchObject({ isRequired: true, errorMessage: 'Choose at least one audience.' });
    expect(input(compose, 'title')).toMatchObject({ errorMessage: 'Write a title of at most 200 characters.' });
    const preview = executeActions(compose)[0];
    const { body } = await bot.invoke({
      ...personalMessage({ text: '', user, locale: 'da-DK', serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-hr' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: preview.verb, data: { ...preview.data, title: 'Husk tilmelding', text: 'Fristen er fredag.', audience: '' } }, trigger: 'manual' },
    });
    const text = cardText(body.value);
    expect(text).toContain('The announcement cannot be sent yet. Choose at least one audience.');
    expect(input(body.value, 'title').value).toBe('Husk tilmelding');
    expect(input(body.value, 'text').value).toBe('Fristen er fredag.');
    expect(await bot.store.listAnnouncements()).toEqual([]);
  });
});

describe('When a leader acts on an English card', () => {
  it('When Sofie writes "I can\'t come", then the buttons say "Report absence", and pressing one answers in English although she prefers Danish', async () => {
    const { card } = await say(bot, "I can't come", SOFIE, 'da-DK');
    const buttons = executeActions(card);
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.every((b) => b.title === 'Report absence')).toBe(true);
    const done = await press(bot, buttons[0].verb, buttons[0].data, SOFIE, 'da-DK');
    expect(done.text).toContain("You have said you can't come to Module 4");
    expect(done.text).toContain('Withdraw absence');
    expect(done.text).not.toContain('afbud');
  });
});

describe('When a leader thanks the bot', () => {
  it.each([
    ['Tak!', 'en-US', 'Selv tak', 'Skriv bare, hvis der er mere, jeg kan hjælpe med.'],
    ['Mange tak', 'en-US', 'Selv tak', 'Skriv bare'],
    ['Thanks!', 'da-DK', "You're welcome", 'Just write if there is anything else I can help with.'],
  ])('When Sofie writes "%s" (Teams locale %s), then she is answered "%s" in the language she thanked in, not "I did not get that"', async (words, locale, heading, text) => {
    const answer = await say(bot, words, SOFIE, locale);
    expect(answer.text).toContain(heading);
    expect(answer.text).toContain(text);
    expect(answer.text).not.toMatch(/forstod jeg ikke|didn't quite get/);
  });

  it('When Sofie writes "tak, hvornår er mit næste modul?", then the thanks does not hide the question', async () => {
    const { text } = await say(bot, 'tak, hvornår er mit næste modul?', SOFIE);
    expect(text).toContain('Dit næste modul');
  });
});

describe('When someone outside the programme writes', () => {
  it('When a stranger writes "help", then they are told they are not in the programme and whom to contact, and get no help card', async () => {
    const stranger = { id: '29:stranger', name: 'Ole Udenfor', aadObjectId: 'aad-stranger' };
    const conversationId = 'a:conv-stranger';
    await bot.post(personalMessage({ text: 'help', user: stranger, locale: 'en-US', serviceUrl: bot.connector.serviceUrl, conversationId }));
    await bot.post(personalMessage({ text: 'my data', user: stranger, locale: 'en-US', serviceUrl: bot.connector.serviceUrl, conversationId }));
    const answers = bot.connector.cards(conversationId).map(cardText);
    expect(answers).toHaveLength(2);
    for (const answer of answers) {
      expect(answer).toContain('You are not in the programme');
      expect(answer).toContain('please contact HR – Lederudvikling at lederudvikling@kommune.example');
      expect(answer).not.toContain('When is my next module?');
    }
  });

  it('When an HR admin who is no participant writes "hjælp", then she is told what she can do as an administrator', async () => {
    const { text } = await say(bot, 'hjælp', HR_ADMIN, 'en-US');
    expect(text).toContain('Du er ikke selv deltager i Fælles ledelse (test), men du er administrator. Skriv "ny meddelelse", "status" eller "flyt session".');
  });
});
