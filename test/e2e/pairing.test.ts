/**
 * A round of sparring partners end to end, over HTTP into /api/messages with the fake Bot
 * Connector: HR previews in Teams, swaps two leaders by hand and sends; every leader gets one intro
 * card in their own chat and, a week later, one follow-up; their answers reach the weekly digest
 * with the minimum group size. Leaders pause and opt out by writing to the bot.
 */
import { personalMessage, type TeamsUser } from '../helpers/activities';
import { installFor } from '../helpers/install-leaders';
import { GATHERING_QUESTION, PAIRING_LEADERS, pairingProgramme } from '../helpers/pairing-programme';
import { cardText } from '../helpers/programmes';
import { executeActions, press, say, SOFIE } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

// Tuesday 19 January 2027, 09:30 in Copenhagen: a working day, after the first gathering (7 January).
const NOW = new Date('2027-01-19T08:30:00Z');
// A week later, after the follow-ups' time (09:00 on Tuesday 26 January).
const WEEK_LATER = new Date('2027-01-26T08:30:00Z');
const HR: TeamsUser = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };
const userOf = (id: string): TeamsUser => ({ id: `29:${id}`, name: id, aadObjectId: `aad-${id}` });
const CONFIG = { admins: ['aad-hr'], owners: ['aad-hr'], digest: { minimumGroupSize: 3 } };
let bot: TestBot;

const introCards = (b: TestBot, id: string) => b.connector.cards(`a:conv-${id}`).filter((c) => /sparringspartner|sparring partner/i.test(cardText(c)) && !cardText(c).includes('mødes?') && !cardText(c).includes('Did you meet?'));
const followUpCards = (b: TestBot, id: string) => b.connector.cards(`a:conv-${id}`).filter((c) => /Nåede I at mødes\?|Did you meet\?/.test(cardText(c)));

beforeEach(async () => {
  bot = await startTestBot({ programme: pairingProgramme(), now: NOW, config: CONFIG });
  await bot.store.linkParticipant('p4', 'aad-p4');
  for (const id of PAIRING_LEADERS) await installFor(bot, id);
  bot.connector.reset();
});
afterEach(() => bot.close());

async function preview(): Promise<{ roundId: string; version: number; text: string }> {
  const { card, text } = await say(bot, 'sparringsrunde', HR);
  const send = executeActions(card).find((a) => a.verb === 'pairingSend')!;
  return { roundId: String(send.data.roundId), version: Number(send.data.version), text };
}

it('When HR previews, swaps and sends a round, then every leader gets one intro in their own chat, one follow-up a week later, and the answers reach the digest', async () => {
  const first = await preview();
  expect(first.text).toContain('Forhåndsvisning, version 1');
  expect(first.text).toContain('7 ledere: 2 par og 1 trio');
  expect(first.text).toContain('Ikke med\nstoppet 1');

  // HR swaps Sofie with someone from another group.
  const before = (await bot.store.findPairingRound(first.roundId))!;
  const other = before.groups.find((g) => !g.includes('p3'))!.find((id) => id !== 'p3')!;
  const otherEmail = pairingProgramme().participants.find((p) => p.id === other)!.email;
  const swapped = await press(bot, 'pairingSwap', { roundId: first.roundId, version: 1, leaderA: 'Sofie Nørgaard', leaderB: otherEmail }, HR);
  expect(swapped.text).toContain('Forhåndsvisning, version 2');
  const after = (await bot.store.findPairingRound(first.roundId))!;
  expect(after.groups.find((g) => g.includes('p3'))).toContain(before.groups.find((g) => g.includes(other))!.find((id) => id !== other));

  // A second swap made on the old card is refused and changes nothing.
  const stale = await press(bot, 'pairingSwap', { roundId: first.roundId, version: 1, leaderA: 'p1', leaderB: 'p2' }, HR);
  expect(stale.text).toContain('Runden er blevet ændret imens');
  expect((await bot.store.findPairingRound(first.roundId))!.version).toBe(2);

  // A leader replaying HR's Send is refused; nothing is queued.
  const replay = await press(bot, 'pairingSend', { roundId: first.roundId, version: 2 }, SOFIE);
  expect(replay.text).toContain('Det kan kun programmets administratorer');
  expect(await bot.store.listDeliveries({ kinds: ['pairing-intro'] })).toHaveLength(0);

  const sent = await press(bot, 'pairingSend', { roundId: first.roundId, version: 2 }, HR);
  expect(sent.text).toContain('Runden er sendt: 7 ledere får deres kort');
  await bot.dispatcher.tick();
  await bot.dispatcher.tick();
  const round = (await bot.store.findPairingRound(first.roundId))!;
  const people = new Map(pairingProgramme().participants.map((p) => [p.id, p]));
  for (const id of PAIRING_LEADERS) {
    const cards = introCards(bot, id);
    expect(cards).toHaveLength(1);
    const partners = round.groups.find((g) => g.includes(id))!.filter((p) => p !== id).map((p) => people.get(p)!);
    for (const partner of partners) expect(cardText(cards[0])).toContain(partner.name);
    const chat = cards[0].actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
    expect(chat.startsWith(`https://teams.microsoft.com/l/chat/0/0?users=${partners.map((p) => encodeURIComponent(p.email)).join(',')}`)).toBe(true);
  }
  const sofie = cardText(introCards(bot, 'p3')[0]);
  expect(sofie).toContain(GATHERING_QUESTION.da);
  expect(sofie).toContain('Fra Fællessamling 1: Et fælles ledelsessprog');
  expect(cardText(introCards(bot, 'p4')[0])).toContain(GATHERING_QUESTION.en);
  // Besides HR's own preview, nothing about the round went anywhere but the leaders' own chats.
  const elsewhere = bot.connector
    .sent()
    .filter((s) => s.conversationId !== 'a:conv-hr' && !PAIRING_LEADERS.some((id) => s.conversationId === `a:conv-${id}`));
  expect(elsewhere.filter((s) => /sparring/i.test(JSON.stringify(s.activity)))).toEqual([]);

  const later = await startTestBot({ programme: pairingProgramme(), now: WEEK_LATER, store: bot.store, connector: bot.connector, config: CONFIG });
  try {
    await later.dispatcher.tick();
    await later.dispatcher.tick();
    for (const id of PAIRING_LEADERS) expect(followUpCards(bot, id)).toHaveLength(1);

    const answers: Record<string, string> = { p3: 'yes', p4: 'yes', p6: 'yes', p7: 'no', p2: 'yes' };
    for (const [id, answer] of Object.entries(answers)) {
      const reply = await press(later, 'pairingFollowUp', { roundId: round.id, forParticipant: id, answer, note: 'Vi talte om\nfeedback' }, userOf(id));
      expect(reply.text).toMatch(/Tak for dit svar|Thank you for your answer/);
    }
    expect((await later.store.listMeetingAnswers({ participantId: 'p3' }))[0].note).toBe('Vi talte om');
    // Nobody answers for someone else.
    const forJonas = await press(later, 'pairingFollowUp', { roundId: round.id, forParticipant: 'p4', answer: 'no' }, SOFIE);
    expect(forJonas.text).toContain('Dette kort blev sendt til en anden leder');
    expect((await later.store.listMeetingAnswers({ participantId: 'p4' }))[0].answer).toBe('yes');

    // "Ugens overblik" shows whole weeks: on Monday 1 February, week 4, in which the follow-ups went out.
    later.setClock(new Date('2027-02-01T08:30:00Z'));
    const digest = await say(later, 'ugens overblik', HR);
    expect(digest.text).toContain('Sparringspartnere, runden tirsdag den 19. januar');
    expect(digest.text).toContain('Niveau 3 (ledere af medarbejdere): 75 % har mødtes (3 af 4 svar, 4 spurgt)');
    expect(digest.text).toContain('Niveau 2 (chefer): for få svar til at vise (1 af 2; mindst 3)');
  } finally {
    await later.close();
  }
});

it('When a leader pauses sparring, then the next preview leaves them out with the reason, and sending a round they paused after is refused', async () => {
  const first = await preview();
  const paused = await say(bot, 'pause sparring indtil 1. marts', SOFIE);
  expect(paused.text).toContain('Sparring er sat på pause til og med mandag den 1. marts');

  const refused = await press(bot, 'pairingSend', { roundId: first.roundId, version: first.version }, HR);
  expect(refused.text).toContain('Runden kan ikke sendes, som den er');
  expect(refused.text).toContain('Sofie Nørgaard er ikke med længere (holder pause)');
  expect(await bot.store.listDeliveries({ kinds: ['pairing-intro'] })).toHaveLength(0);

  const again = await preview();
  expect(again.text).toContain('6 ledere: 3 par');
  expect(again.text).toContain('holder pause 1');
  expect((await bot.store.findPairingRound(first.roundId))!.status).toBe('cancelled');
});

it('When leaders say no, ask for a pause without a day, or come back, then each gets a clear answer in their language', async () => {
  const jonas = userOf('p4');
  expect((await say(bot, 'no sparring', jonas, 'en-GB')).text).toContain('You have left the sparring partners');
  expect((await bot.store.listPairingPreferences()).find((p) => p.participantId === 'p4')?.choice).toBe('out');
  expect((await say(bot, 'pause sparring', SOFIE)).text).toContain('Skriv, hvornår pausen skal slutte');
  expect((await say(bot, 'pause sparring indtil 1/1 2020', SOFIE)).text).toContain('Den dato kan jeg ikke bruge');
  expect((await say(bot, 'ja tak til sparring', SOFIE)).text).toContain('Du er med i de næste runder');
  expect(await bot.store.listPairingPreferences()).toHaveLength(2);
});

it('When a leader who is not HR asks for a round, then they are refused and nothing is made', async () => {
  const reply = await bot.post(personalMessage({ text: 'sparringsrunde', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
  expect(reply).toBe(200);
  expect(bot.connector.sent('a:conv-p3')[0].activity.text).toContain('Det kan kun programmets administratorer');
  expect(await bot.store.listPairingRounds()).toHaveLength(0);
});
