/**
 * Leaders ask the bot about their programme in Teams. Activities go over real HTTP into
 * /api/messages; the answers are read from what the fake Bot Connector received.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027, 09:00 in Copenhagen
const SOFIE = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' }; // level 3, group g1
const ANDERS = { id: '29:anders', name: 'Anders Kjær', aadObjectId: 'aad-p2' }; // level 2

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
});
afterAll(() => bot.close());
beforeEach(() => bot.connector.reset());

async function ask(text: string, user = SOFIE, locale = 'da-DK') {
  const activity = personalMessage({ text, user, locale, serviceUrl: bot.connector.serviceUrl });
  const status = await bot.post(activity);
  expect(status).toBe(200);
  const sent = bot.connector.sent(activity.conversation.id);
  expect(sent).toHaveLength(1);
  // Replies go back into the same conversation, threaded on the question.
  expect(sent[0].replyToId).toBe(activity.id);
  const cards = bot.connector.cards(activity.conversation.id);
  expect(cards).toHaveLength(1);
  return { card: cards[0], text: cardText(cards[0]), activity: sent[0].activity };
}

describe('When a leader asks about their next module', () => {
  it('When Sofie asks in Danish, then she gets a card with her next session, its Danish date and its place', async () => {
    const { text, activity } = await ask('hvornår er mit næste modul?');
    expect(text).toContain('Ledelse tæt på medarbejderne');
    expect(text).toContain('torsdag den 4. marts kl. 09.00–15.30');
    expect(text).toContain('Rådhuset');
    expect(text).toContain('Torvet 1, 8000 Aarhus');
    expect(activity.summary).toBe('Dit næste modul');
  });

  it('When Sofie asks in English, then the same session is shown in English', async () => {
    const { text } = await ask('When is my next module?');
    expect(text).toContain('Leading close to employees');
    expect(text).toContain('Thursday 4 March, 09:00–15:30');
    expect(text).toContain('Rådhuset');
  });

  it('When the question is typed without æøå and with a typo, then it is still understood', async () => {
    const { text } = await ask('hvornar er mit naste modul');
    expect(text).toContain('torsdag den 4. marts');
  });

  it('When a level-2 leader asks, then the answer is the module for levels 1 and 2', async () => {
    const { text } = await ask('next session', ANDERS, 'en-US');
    expect(text).toContain('Strategic leadership across areas');
    expect(text).toContain('Thursday 4 February, 09:00–15:30');
    expect(text).not.toContain('Leading close to employees');
  });
});

describe('When a leader asks other schedule questions', () => {
  it('When Sofie asks "where is it", then the card shows the place, address and room of her next session', async () => {
    const { text } = await ask('where is it?', SOFIE, 'en-US');
    expect(text).toContain('Where and when');
    expect(text).toContain('Rådhuset');
    expect(text).toContain('Byrådssalen');
    expect(text).not.toContain('Tag en udfordring'); // the place, not the day's content
  });

  it('When Sofie asks what to prepare, then the preparation of her next session comes first', async () => {
    const { text } = await ask('hvad skal jeg forberede?');
    expect(text).toContain('Tag en udfordring fra din hverdag med.');
    expect(text.indexOf('Tag en udfordring')).toBeLessThan(text.indexOf('Hvornår'));
  });

  it('When Sofie asks for her programme, then it lists exactly her sessions (group g1, her electives) in order', async () => {
    const { text } = await ask('vis mit program');
    for (const title of ['Fællessamling 1', 'Ledelse tæt på medarbejderne', 'Fællessamling 2', 'Forandringsledelse', 'Coachende ledelse']) {
      expect(text).toContain(title);
    }
    expect(text).not.toContain('Strategisk ledelse'); // levels 1+2 only
    expect(text).not.toContain('Medborgerhuset'); // the g2 run of module 3
    expect(text).toContain('Afholdt'); // gathering 1 is in the past
    expect(text.indexOf('Fællessamling 1')).toBeLessThan(text.indexOf('Fællessamling 2'));
  });

  it('When Sofie asks about module 3, then she gets its description and her own date, not the other group\'s', async () => {
    const { text } = await ask('hvad handler modul 3 om?');
    expect(text).toContain('Ledere af medarbejdere bærer dialogen videre');
    expect(text).toContain('torsdag den 4. marts kl. 09.00–15.30');
    expect(text).not.toContain('11. marts');
  });

  it('When Sofie asks about a module for another level, then it is described and she is told it is not for her', async () => {
    const { text } = await ask('tell me about module 2', SOFIE, 'en-US');
    expect(text).toContain('Strategic leadership across areas');
    expect(text).toContain('This module is not for you');
  });

  it('When Sofie asks about a module that does not exist, then she is told which numbers exist', async () => {
    const { text } = await ask('hvad handler modul 9 om?');
    expect(text).toContain('Programmet har ikke et modul 9');
  });

  it('When Sofie asks about electives, then she sees them with her choice marked and seats taken', async () => {
    const { text } = await ask('hvilke valgmoduler er der?');
    expect(text).toContain('Forandringsledelse');
    expect(text).toContain('Coachende ledelse');
    expect(text).toContain('Du har valgt: Forandringsledelse og Coachende ledelse.');
    expect(text).toContain('2 af 2 pladser taget'); // p3 and p4 chose e1; p5 is inactive
  });

  it('When Sofie asks for help, then she gets what the bot can do with suggested questions', async () => {
    const { card, text } = await ask('hjælp');
    expect(text).toContain('Det kan jeg hjælpe med');
    expect(card.actions.length).toBeGreaterThanOrEqual(3);
    expect(card.actions[0]).toMatchObject({ type: 'Action.Submit', data: { question: 'Hvornår er mit næste modul?' } });
  });
});

describe('When a leader presses a suggested question', () => {
  it('When the card button submits its question, then it is answered like the typed question', async () => {
    const activity = { ...personalMessage({ text: '', user: SOFIE, serviceUrl: bot.connector.serviceUrl }), text: undefined, value: { question: 'Hvor er det?' } };
    expect(await bot.post(activity)).toBe(200);
    expect(cardText(bot.connector.cards(activity.conversation.id)[0])).toContain('Hvor og hvornår');
  });

  it('When the submitted question is not a string, then it gets the fallback, not an error', async () => {
    const activity = { ...personalMessage({ text: '', user: SOFIE, serviceUrl: bot.connector.serviceUrl }), text: undefined, value: { question: { $ne: 1 } } };
    expect(await bot.post(activity)).toBe(200);
    expect(cardText(bot.connector.cards(activity.conversation.id)[0])).toContain('Det forstod jeg ikke helt');
  });
});

describe('When the bot does not understand', () => {
  it('When a leader writes something off-topic, then a friendly fallback with three suggested questions comes back', async () => {
    const { card, text } = await ask('hvad er klokken?');
    expect(text).toContain('Det forstod jeg ikke helt');
    expect(card.actions).toHaveLength(3);
    expect(card.actions.map((a: any) => a.data.question)).toContain('Hvornår er mit næste modul?');
  });

  it('When the text is only "?", then the Teams locale decides the language', async () => {
    const en = await ask('?', SOFIE, 'en-US');
    expect(en.text).toContain('What I can help with');
    bot.connector.reset();
    const da = await ask('?', SOFIE, 'da-DK');
    expect(da.text).toContain('Det kan jeg hjælpe med');
  });
});

describe('When someone outside the programme writes', () => {
  it('When an unknown Teams user asks in English, then they are told politely, in English, whom to contact', async () => {
    const stranger = { id: '29:stranger', name: 'Guest', aadObjectId: 'aad-stranger' };
    const { text } = await ask('when is my next module?', stranger, 'en-US');
    expect(text).toContain('You are not in the programme');
    expect(text).toContain('lederudvikling@kommune.example');
  });

  it('When a deactivated participant writes, then they are treated as outside the programme', async () => {
    const karen = { id: '29:karen', name: 'Karen Lund', aadObjectId: 'aad-p5' };
    const { text } = await ask('hvornår er mit næste modul?', karen);
    expect(text).toContain('Du er ikke med i programmet');
  });
});

describe('When a leader reaches the bot for the first time without a known Entra id', () => {
  it('When the roster gives an e-mail that matches a participant, then the leader is linked and answered personally', async () => {
    const jonas = { id: '29:jonas', name: 'Jonas Østergaard', aadObjectId: 'aad-p4-new' };
    bot.connector.addMember({ ...jonas, email: 'Jonas.Oestergaard@kommune.example' });
    const { text } = await ask('when is my next module?', jonas, 'en-US');
    expect(text).toContain('Thursday 11 March, 09:00–15:30'); // group g2's run of module 3
    const linked = await bot.store.findParticipantByAadObjectId('aad-p4-new');
    expect(linked?.id).toBe('p4');
    const audit = await bot.store.listAudit();
    expect(audit.some((e) => e.action === 'participant.linked' && e.details.participantId === 'p4')).toBe(true);
    const conversation = await bot.store.findPersonalConversation('p4');
    expect(conversation?.active).toBe(true);
  });
});
