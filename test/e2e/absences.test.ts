/**
 * Leaders say they cannot come, in their own words: "jeg kan ikke komme den 4.", "I can't make
 * the next session". The bot registers the absence for the right session of their own, asks when
 * the words do not say which, and withdraws it again on request. Over real HTTP.
 */
import { smallProgramme } from '../helpers/programmes';
import { ANDERS, METTE, SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { adaptiveCardProblems } from '../helpers/validate-card';

// Monday 11 January 2027, 09:00 in Copenhagen. Sofie's next sessions: s3a 4 March, s4 8 April,
// se1 6 May, se2 20 May. Mette's next: s2 4 February.
const NOW = new Date('2027-01-11T08:00:00Z');
let bot: TestBot;

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
});
afterEach(() => bot.close());

describe('When a leader says which session they cannot come to', () => {
  it('When Sofie writes "jeg kan ikke komme den 4., fordi jeg er på kursus", then she is absent from 4 March with that reason', async () => {
    const { card, text } = await say(bot, 'jeg kan ikke komme den 4., fordi jeg er på kursus', SOFIE);
    expect(text).toContain('Du har meldt afbud til Modul 3: Ledelse tæt på medarbejderne, torsdag den 4. marts kl. 09.00–15.30.');
    expect(text).toContain('Årsag: jeg er på kursus');
    expect(executeActions(card).map((a) => a.title)).toEqual(['Fortryd afbud']);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(await bot.store.listAbsences()).toEqual([expect.objectContaining({ sessionId: 's3a', participantId: 'p3', reason: 'jeg er på kursus' })]);
  });

  it('When Mette writes "I can\'t make the next session", then she is absent from her next session, told in English, and can add a reason', async () => {
    const { card, text } = await say(bot, "I can't make the next session", METTE, 'en-US');
    expect(text).toContain("You have said you can't come to Module 2: Strategic leadership across areas, Thursday 4 February, 09:00–15:30.");
    expect(text).toContain('Would you like to add a reason?');
    const save = executeActions(card).find((a) => a.title === 'Save reason')!;
    const saved = await press(bot, save.verb, { ...save.data, reason: 'Board meeting' }, METTE, 'en-US');
    expect(saved.text).toContain('Reason: Board meeting');
    expect(await bot.store.listAbsences({ participantId: 'p1' })).toEqual([expect.objectContaining({ sessionId: 's2', reason: 'Board meeting' })]);
  });

  it('When Sofie writes "jeg kan ikke komme til næste modul", then it is her next session', async () => {
    await say(bot, 'jeg kan ikke komme til næste modul', SOFIE);
    expect((await bot.store.listAbsences()).map((a) => a.sessionId)).toEqual(['s3a']);
  });
});

describe('When the words count from today ("i morgen", "next week")', () => {
  it('When Sofie writes "jeg kan ikke komme i morgen" at 23:30 the evening before, then it is the next Copenhagen day\'s session', async () => {
    // 23:30 on Wednesday 3 March in Copenhagen is 22:30 UTC; s3a is Thursday 4 March 09:00.
    const late = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-03T22:30:00Z') });
    try {
      const { text } = await say(late, 'jeg kan ikke komme i morgen', SOFIE);
      expect(text).toContain('Du har meldt afbud til Modul 3: Ledelse tæt på medarbejderne, torsdag den 4. marts kl. 09.00–15.30.');
      expect((await late.store.listAbsences()).map((a) => a.sessionId)).toEqual(['s3a']);
    } finally {
      await late.close();
    }
  });

  it('When Sofie writes "I can\'t make it next week" the week before s3a, then she is absent from s3a; "i overmorgen" with no session of hers asks', async () => {
    const weekBefore = await startTestBot({ programme: smallProgramme(), now: new Date('2027-02-25T09:00:00Z') });
    try {
      const none = await say(weekBefore, 'jeg kan ikke i overmorgen', SOFIE);
      expect(none.text).toContain('Du har ingen session på det tidspunkt.');
      expect(await weekBefore.store.listAbsences()).toEqual([]);
      await say(weekBefore, "I can't make it next week", SOFIE, 'en-US');
      expect((await weekBefore.store.listAbsences()).map((a) => a.sessionId)).toEqual(['s3a']);
    } finally {
      await weekBefore.close();
    }
  });
});

describe('When the words do not say which session', () => {
  it('When Sofie writes "jeg kan ikke komme", then nothing is registered yet and a card lists her upcoming sessions to choose from', async () => {
    const { card, text } = await say(bot, 'jeg kan ikke komme', SOFIE);
    expect(text).toContain('Hvilken session kan du ikke komme til?');
    expect(text).toContain('torsdag den 4. marts: Ledelse tæt på medarbejderne');
    expect(text).toContain('torsdag den 8. april: Fællessamling 2: Inviter hinanden ind');
    const buttons = executeActions(card);
    expect(buttons.map((b) => b.data.sessionId)).toEqual(['s3a', 's4', 'se1', 'se2']);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(await bot.store.listAbsences()).toEqual([]);

    const chosen = await press(bot, buttons[1].verb, buttons[1].data, SOFIE);
    expect(chosen.text).toContain('torsdag den 8. april kl. 09.00–15.30');
    expect((await bot.store.listAbsences()).map((a) => a.sessionId)).toEqual(['s4']);
  });

  it('When Sofie names a day without a session of hers ("den 12."), then she is told so and offered her next sessions', async () => {
    const { card, text } = await say(bot, 'jeg kan ikke komme den 12.', SOFIE);
    expect(text).toContain('Du har ingen session på det tidspunkt.');
    expect(executeActions(card)).toHaveLength(4);
    expect(await bot.store.listAbsences()).toEqual([]);
  });
});

describe('When a leader withdraws an absence', () => {
  const absent = async (sessionId: string) =>
    bot.store.recordAbsence({ sessionId, participantId: 'p3', registeredAt: NOW.toISOString() });

  it('When Sofie has two absences and writes "annuller mit afbud", then she chooses which, and only that one goes', async () => {
    await absent('s3a');
    await absent('s4');
    const { card, text } = await say(bot, 'annuller mit afbud', SOFIE);
    expect(text).toContain('Hvilket afbud vil du trække tilbage?');
    const buttons = executeActions(card);
    expect(buttons.map((b) => [b.data.sessionId, b.data.mode])).toEqual([['s3a', 'withdraw'], ['s4', 'withdraw']]);
    const done = await press(bot, buttons[1].verb, buttons[1].data, SOFIE);
    expect(done.text).toContain('Dit afbud til Modul 4: Fællessamling 2: Inviter hinanden ind, torsdag den 8. april kl. 09.00–15.30 er trukket tilbage.');
    expect((await bot.store.listAbsences()).map((a) => a.sessionId)).toEqual(['s3a']);
  });

  it('When Sofie has one absence and writes "cancel my absence", then it is withdrawn at once; with none, she is told', async () => {
    await absent('s3a');
    const { text } = await say(bot, 'cancel my absence', SOFIE, 'en-US');
    expect(text).toContain('Your absence from Module 3: Leading close to employees, Thursday 4 March, 09:00–15:30 has been withdrawn.');
    expect(await bot.store.listAbsences()).toEqual([]);
    expect((await say(bot, 'annuller mit afbud', SOFIE)).text).toContain('Du har ikke meldt afbud til nogen kommende session.');
  });
});

describe('When a card submission is tampered with', () => {
  it('When Anders sends Sofie\'s absence button as his own invoke, then it is refused, audited and nothing is stored', async () => {
    const { card } = await say(bot, 'jeg kan ikke komme', SOFIE);
    const sofiesButton = executeActions(card)[0];
    const refused = await press(bot, sofiesButton.verb, sofiesButton.data, ANDERS);
    expect(refused.text).toContain('Dette kort blev lavet til en anden leder, så jeg har ikke ændret noget.');
    expect(await bot.store.listAbsences()).toEqual([]);
    expect((await bot.store.listAudit()).map((a) => a.action)).toContain('selfService.refused');
  });

  it('When a leader crafts a submission for a session that is not one of their upcoming ones, then nothing is stored', async () => {
    const forSofiesSession = await press(bot, 'absenceChoice', { sessionId: 's3a', mode: 'record', forParticipant: 'p2' }, ANDERS);
    expect(forSofiesSession.text).toContain('Den session er ikke en af dine kommende sessioner');
    const pastSession = await press(bot, 'absenceChoice', { sessionId: 's1', mode: 'record', forParticipant: 'p3' }, SOFIE);
    expect(pastSession.text).toContain('Den session er ikke en af dine kommende sessioner');
    const garbage = await press(bot, 'absenceChoice', { sessionId: { $ne: 1 }, mode: 'record', forParticipant: 'p3' }, SOFIE);
    expect(garbage.text).toContain('Intet er ændret. Kortet sendte noget, jeg ikke kunne læse.');
    expect(await bot.store.listAbsences()).toEqual([]);
  });
});
