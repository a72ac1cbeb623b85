/**
 * An absence is respected by the proactive engine: a leader who said they cannot come gets no
 * reminder, reflection prompt or nudge for that session; withdrawing the absence brings back what
 * is still worth sending; their manager and HR are told, each in their own chat and language.
 * Over real HTTP, with the bot's clock set to each due time in turn.
 */
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { installFor } from '../helpers/install-leaders';
import { cardText, smallProgramme } from '../helpers/programmes';
import { SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

// Sofie's module 3 (s3a) is on Thursday 4 March 2027, 09:00–15:30. Her P7D reminder is due on
// Thursday 25 February at 09:00, the P1D on Wednesday 3 March, the reflection prompt on Friday
// 5 March at 14:00 and the nudge on Monday 8 March at 14:00. Line (p6) is in the same session.
const BEFORE = new Date('2027-02-22T08:00:00Z'); // a Monday, in working hours: notices are not held by quiet hours
const P7D = new Date('2027-02-25T08:00:00Z');
const P1D = new Date('2027-03-03T08:00:00Z');
const PROMPT = new Date('2027-03-05T13:00:00Z');
const NUDGE = new Date('2027-03-08T13:00:00Z');
const HR = { id: '29:hr', name: 'Helle Rask', aadObjectId: '00000000-0000-4000-8000-00000000beef' };

/** The small programme, with Line in Sofie's group and Anders (their manager) reading English. */
function programme(): Programme {
  const base = smallProgramme();
  return programmeSchema.parse({
    ...base,
    participants: [
      ...base.participants.map((p) => (p.id === 'p2' ? { ...p, locale: 'en' } : p)),
      { id: 'p6', name: 'Line Dahl', email: 'line.dahl@kommune.example', aadObjectId: 'aad-p6', level: 3, area: 'Kultur', group: 'g1', managerId: 'p2', electives: [] },
    ],
  });
}

let bot: TestBot;

/** One scheduler tick at `now` (the bot's clock is set there and runs on). */
async function tickAt(now: Date): Promise<void> {
  bot.setClock(now);
  await bot.dispatcher.tick();
}

const cardsFor = (participantId: string) => bot.connector.cards(`a:conv-${participantId}`).map(cardText);
const delivery = async (key: string) => bot.store.findDelivery(key);

beforeEach(async () => {
  bot = await startTestBot({ programme: programme(), now: BEFORE, config: { absences: { notify: [HR.aadObjectId] } } });
  for (const id of ['p2', 'p3', 'p6']) await installFor(bot, id);
  // HR is no participant: their chat is known by their Entra object id.
  await installFor(bot, { participantId: 'hr', aadObjectId: HR.aadObjectId });
  await bot.dispatcher.tick();
  bot.connector.reset();
});
afterEach(() => bot.close());

/** Sofie writes the message at `at`; returns the card she got, and the connector forgets it. */
async function sofieSays(text: string, at = BEFORE): Promise<{ card: any; text: string }> {
  bot.setClock(at);
  const answer = await say(bot, text, SOFIE);
  bot.connector.reset();
  return answer;
}

describe('When a leader has said she cannot come', () => {
  it('When Sofie is absent from 4 March, then no reminder, reflection prompt or nudge reaches her for it, each is recorded as skipped "absent", and Line gets hers', async () => {
    await sofieSays('jeg kan ikke komme den 4., fordi jeg er syg');

    for (const at of [P7D, P1D, PROMPT, NUDGE]) await tickAt(at);

    expect(cardsFor('p3')).toEqual([]);
    for (const key of ['reminder:s3a:p3:P7D', 'reminder:s3a:p3:P1D', 'reflection:s3a:p3', 'nudge:s3a:p3']) {
      expect(await delivery(key)).toMatchObject({ status: 'skipped', reason: 'absent' });
    }
    // Line, in the same session, got both reminders, the prompt and (not having answered) the nudge.
    const line = cardsFor('p6');
    expect(line).toHaveLength(4);
    expect(line[0]).toContain('Påmindelse: om 7 dage');
    expect(line[2]).toContain('Refleksion efter modul 3');
    expect(line[3]).toContain('Har du et øjeblik?');
  });

  it('When Sofie registers the absence, then her manager is told in his language and HR in theirs, without the reason, and adding a reason tells nobody again', async () => {
    const { card } = await sofieSays('jeg kan ikke komme den 4.');
    await tickAt(BEFORE);

    const manager = cardsFor('p2');
    expect(manager).toHaveLength(1);
    expect(manager[0]).toContain('Absence: Sofie Nørgaard');
    expect(manager[0]).toContain("Sofie Nørgaard has said they can't come to Module 3: Leading close to employees, Thursday 4 March, 09:00–15:30.");
    expect(manager[0]).toContain('You are told because you are the manager of Sofie Nørgaard.');
    const hr = cardsFor('hr');
    expect(hr).toHaveLength(1);
    expect(hr[0]).toContain('Sofie Nørgaard har meldt afbud til Modul 3: Ledelse tæt på medarbejderne, torsdag den 4. marts kl. 09.00–15.30.');
    // Notices go to personal chats only, and never to Sofie herself.
    expect(bot.connector.sent().every((s) => s.conversationId.startsWith('a:'))).toBe(true);
    expect(cardsFor('p3')).toEqual([]);

    bot.connector.reset();
    const save = executeActions(card).find((a) => a.title === 'Gem årsag')!;
    await press(bot, save.verb, { ...save.data, reason: 'Lægeaftale' }, SOFIE);
    await bot.dispatcher.tick();
    expect(bot.connector.cards()).toEqual([]);
    expect(JSON.stringify(await bot.store.listDeliveries({ kinds: ['absence-notice'] }))).not.toContain('Lægeaftale');
  });

  it('When Sofie presses "I can\'t come" on her reminder, then the absence counts the same: the next reminder is held back and her manager is told', async () => {
    await tickAt(P7D);
    const reminder = bot.connector.cards('a:conv-p3')[0];
    const send = executeActions(reminder)[0];
    await press(bot, send.verb, { ...send.data, reason: '' }, SOFIE);
    bot.connector.reset();
    await tickAt(P7D);
    await tickAt(P1D);
    expect(cardsFor('p2')[0]).toContain("Sofie Nørgaard has said they can't come");
    expect(cardsFor('p3')).toEqual([]);
    expect(await delivery('reminder:s3a:p3:P1D')).toMatchObject({ status: 'skipped', reason: 'absent' });
  });
});

describe('When the absence is withdrawn', () => {
  it('When Sofie withdraws it the day before, then the latest held-back reminder comes back at once (not both), later ones go out as usual, and her manager and HR hear she is coming after all', async () => {
    await sofieSays('jeg kan ikke komme den 4.');
    await tickAt(BEFORE);
    await tickAt(P7D);
    await tickAt(P1D);
    expect(await delivery('reminder:s3a:p3:P1D')).toMatchObject({ status: 'skipped', reason: 'absent' });
    bot.connector.reset();

    const withdrawAt = new Date(P1D.getTime() + 3600_000);
    const { text } = await sofieSays('annuller mit afbud', withdrawAt);
    expect(text).toContain('er trukket tilbage');
    await tickAt(withdrawAt);

    const sofie = cardsFor('p3');
    expect(sofie).toHaveLength(1);
    expect(sofie[0]).toContain('Påmindelse: i morgen');
    expect(await delivery('reminder:s3a:p3:P1D')).toMatchObject({ status: 'sent' });
    expect(await delivery('reminder:s3a:p3:P7D')).toMatchObject({ status: 'skipped', reason: 'absent' });
    expect(cardsFor('p2')[0]).toContain('Sofie Nørgaard is coming after all');
    expect(cardsFor('hr')[0]).toContain('Sofie Nørgaard har trukket sit afbud til Modul 3');

    bot.connector.reset();
    await tickAt(PROMPT);
    expect(cardsFor('p3')[0]).toContain('Refleksion efter modul 3');
  });

  it('When Sofie withdraws before the notice went out, then nobody is told anything', async () => {
    await sofieSays('jeg kan ikke komme den 4.');
    await sofieSays('annuller mit afbud');
    await tickAt(BEFORE);
    expect(bot.connector.cards()).toEqual([]);
    const notices = await bot.store.listDeliveries({ kinds: ['absence-notice'] });
    expect(notices.map((n) => n.reason).sort()).toEqual(['absence-withdrawn', 'absence-withdrawn', 'nothing-to-correct', 'nothing-to-correct']);
  });
});

it('When the manager reads the weekly digest of a week Sofie was absent, then she is shown as absent, and no check-in or missing check-in is shown by name', async () => {
  await sofieSays('jeg kan ikke komme den 4.');
  for (const at of [P7D, P1D, PROMPT]) await tickAt(at);
  bot.connector.reset();
  // Monday 8 March 08:00: the digest for week 9 (1–7 March). Anders reads English.
  await tickAt(new Date('2027-03-08T07:00:00Z'));
  const digest = cardsFor('p2').find((c) => c.includes('Weekly digest'))!;
  expect(digest).toContain('Sofie Nørgaard (level 3)\nwas absent, so no reflection this week');
  // Whether a leader checked in is theirs to share (digest privacy): Line is listed, never as "no check-in".
  expect(digest).toMatch(/Line Dahl \(level 3\)\n(?!was absent)/);
  expect(digest).not.toContain('no check-in');
});
