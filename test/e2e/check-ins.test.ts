/**
 * Reflection prompts and check-ins: the prompt arrives after a session, the leader answers on the
 * card (Action.Execute), the card turns into a thank-you, and answering again updates the answer.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installThenTick } from '../helpers/install-leaders';
import { adaptiveCardProblems } from '../helpers/validate-card';

// Friday 5 March 2027, 14:00 in Copenhagen: the reflection prompt for module 3 (group g1, Thursday 4 March) is due.
const NOW = new Date('2027-03-05T13:00:00Z');
const SOFIE = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' };
const PROMPT_KEY = 'reflection:s3a:p3';

let bot: TestBot;

function checkInInvoke(data: Record<string, unknown>, from: Record<string, unknown> = SOFIE) {
  return {
    ...personalMessage({ text: '', user: from as any, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb: 'checkIn', data }, trigger: 'manual' },
  };
}

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  await installThenTick(bot, ['p3']);
});
afterEach(() => bot.close());

describe('When a session is over', () => {
  it('When the reflection prompt is due, then Sofie gets one card with the level-3 question and a 1–5 check-in form', async () => {
    const cards = bot.connector.cards('a:conv-p3');
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toContain('Refleksion efter modul 3');
    expect(text).toContain('Hvordan har du båret dialogen fra modulet videre til dine medarbejdere?');
    const rating = (cards[0].body as any[]).find((e) => e.id === 'rating');
    expect(rating.choices.map((c: any) => c.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(cards[0].actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'checkIn', data: { promptKey: PROMPT_KEY } });
    expect(adaptiveCardProblems(cards[0])).toEqual([]);
  });

  it('When Sofie submits the form, then the check-in is stored and the card becomes a thank-you showing her answer', async () => {
    const { status, body } = await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '4', reflection: 'Vi har brugt trioerne på teammødet.', mayShare: 'true' }));
    expect(status).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = cardText(body.value);
    expect(text).toContain('Tak for din refleksion');
    expect(text).toContain('Din vurdering: 4 af 5');
    expect(text).toContain('Vi har brugt trioerne på teammødet.');
    expect(await bot.store.findCheckIn(PROMPT_KEY)).toMatchObject({ participantId: 'p3', sessionId: 's3a', rating: 4, mayShare: true });
  });

  it('When Sofie submits again, then her answer is updated, not duplicated', async () => {
    await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '2', reflection: 'Første svar' }));
    const { body } = await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '5', reflection: 'Andet svar' }));
    expect(cardText(body.value)).toContain('Dit svar er opdateret');
    const all = await bot.store.listCheckIns({ participantId: 'p3' });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ rating: 5, text: 'Andet svar' });
  });

  it('When another leader submits Sofie\'s card, then it is refused and nothing is stored', async () => {
    const anders = { id: '29:p2', name: 'Anders Kjær', aadObjectId: 'aad-p2' };
    const { body } = await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '1', reflection: 'not mine' }, anders));
    expect(cardText(body.value)).toContain('Dette kort blev sendt til en anden leder');
    expect(await bot.store.findCheckIn(PROMPT_KEY)).toBeUndefined();
  });

  it.each([
    ['a rating of 7', { promptKey: PROMPT_KEY, rating: '7' }, 'Dit svar er ikke gemt endnu. Vælg en vurdering fra 1 til 5, før du sender.'],
    ['an answer over 1,000 characters', { promptKey: PROMPT_KEY, rating: '3', reflection: 'x'.repeat(1001) }, 'Dit svar er længere end 1.000 tegn. Gør det kortere, og send igen.'],
    ['no prompt key', { rating: '3' }, 'Kortet sendte noget, jeg ikke kunne læse. Bed om et nyt kort, og prøv igen.'],
    ['a prompt that was never sent', { promptKey: 'reflection:s3a:p4', rating: '3' }, 'Jeg kender ikke det kort'],
    ['a reminder key instead of a prompt', { promptKey: 'reminder:s4:p3:P7D', rating: '3' }, 'Jeg kender ikke det kort'],
  ])('When a tampered submission with %s arrives, then a clear error card comes back and nothing is stored', async (_label, data, expected) => {
    const { status, body } = await bot.invoke(checkInInvoke(data));
    expect(status).toBe(200);
    expect(cardText(body.value)).toContain(expected);
    expect(await bot.store.listCheckIns()).toHaveLength(0);
  });

  it('When Sofie writes "tjek ind" after answering, then she gets the form again with her answer filled in', async () => {
    await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '3', reflection: 'Mit svar' }));
    bot.connector.reset();
    await bot.post(personalMessage({ text: 'tjek ind', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
    const card = bot.connector.cards('a:conv-p3')[0];
    expect((card.body as any[]).find((e) => e.id === 'rating').value).toBe('3');
    expect((card.body as any[]).find((e) => e.id === 'reflection').value).toBe('Mit svar');
  });
});

describe('When a leader decides who sees her answer', () => {
  const toggle = (card: any, id: string) => (card.body as any[]).find((e) => e.id === id);

  it('When the prompt arrives, then it says plainly who sees what and offers to show her rating to her manager by name, unticked', async () => {
    const [card] = bot.connector.cards('a:conv-p3');
    const text = cardText(card);
    expect(text).toContain('Hvem ser hvad? Din leder og programmets ejere ser kun samlede tal for grupper på mindst 5 ledere – aldrig din vurdering eller dit svar med dit navn');
    expect(text).not.toContain('om du har svaret');
    expect(toggle(card, 'mayShare')).toMatchObject({ title: 'Mit svar må citeres uden navn i ugens overblik', value: 'false' });
    expect(toggle(card, 'shareRatingWithManager')).toMatchObject({ title: 'Anders Kjær (din leder) må se min vurdering med mit navn', value: 'false' });
  });

  it('When Sofie ticks "my manager may see my rating", then it is stored with her check-in and the thank-you says who sees it; unticking withdraws it', async () => {
    const { body } = await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '4', shareRatingWithManager: 'true' }));
    expect(cardText(body.value)).toContain('Anders Kjær ser din vurdering med dit navn.');
    expect(await bot.store.findCheckIn(PROMPT_KEY)).toMatchObject({ rating: 4, shareRatingWithManager: true });

    const again = await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '4', shareRatingWithManager: 'false' }));
    expect(cardText(again.body.value)).toContain('Anders Kjær ser ikke din vurdering med dit navn.');
    expect(await bot.store.findCheckIn(PROMPT_KEY)).toMatchObject({ shareRatingWithManager: false });
  });

  it('When she writes "tjek ind" after sharing, then the form shows her choice as she left it', async () => {
    await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '2', shareRatingWithManager: 'true', mayShare: 'true', reflection: 'x' }));
    bot.connector.reset();
    await bot.post(personalMessage({ text: 'tjek ind', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
    const card = bot.connector.cards('a:conv-p3')[0];
    expect(toggle(card, 'shareRatingWithManager').value).toBe('true');
    expect(toggle(card, 'mayShare').value).toBe('true');
  });

  it('When the programme names non-responders to its owners, then the card says so', async () => {
    const named = await startTestBot({ programme: smallProgramme(), now: NOW, config: { digest: { showNonResponderNamesToOwners: true, minimumGroupSize: 8 } } });
    try {
      await installThenTick(named, ['p3']);
      const text = cardText(named.connector.cards('a:conv-p3')[0]);
      expect(text).toContain('grupper på mindst 8 ledere');
      expect(text).toContain('Programmets ejere kan se, om du har svaret – men ikke hvad.');
    } finally {
      await named.close();
    }
  });
});

describe('When a leader has not answered', () => {
  it('When three days have passed, then one nudge is sent, and never a second one', async () => {
    const later = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-08T13:00:00Z'), store: bot.store, connector: bot.connector });
    try {
      bot.connector.reset();
      await later.dispatcher.tick();
      const nudges = bot.connector.cards('a:conv-p3');
      expect(nudges).toHaveLength(1);
      expect(cardText(nudges[0])).toContain('Har du et øjeblik?');
      await later.dispatcher.tick();
      expect(bot.connector.cards('a:conv-p3')).toHaveLength(1);
    } finally {
      await later.close();
    }
  });

  it('When the leader answered before the nudge was due, then no nudge is sent', async () => {
    await bot.invoke(checkInInvoke({ promptKey: PROMPT_KEY, rating: '4' }));
    const later = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-08T13:00:00Z'), store: bot.store, connector: bot.connector });
    try {
      bot.connector.reset();
      await later.dispatcher.tick();
      expect(bot.connector.cards('a:conv-p3')).toHaveLength(0);
    } finally {
      await later.close();
    }
  });
});

describe('When a leader changes their reminder setting', () => {
  it('When Sofie writes "stop påmindelser" and later "start påmindelser", then her preference follows', async () => {
    await bot.post(personalMessage({ text: 'Stop påmindelser', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
    expect((await bot.store.pausedParticipants()).has('p3')).toBe(true);
    expect(cardText(bot.connector.cards('a:conv-p3').at(-1))).toContain('sat på pause');
    await bot.post(personalMessage({ text: 'start påmindelser', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
    expect((await bot.store.pausedParticipants()).has('p3')).toBe(false);
  });
});
