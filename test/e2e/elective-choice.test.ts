/**
 * Leaders choose their electives on a card: seats are enforced, a full elective has a waiting
 * list, a seat given up goes to the first in line (told by a proactive card), and leaders racing
 * for the last seats never overbook them. Real HTTP in, fake Bot Connector out.
 */
import type { Participant, Programme } from '../../src/domain/programme/model';
import { smallProgramme } from '../helpers/programmes';
import { ANDERS, METTE, SOFIE, cardAction, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { adaptiveCardProblems } from '../helpers/validate-card';

const NOW = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027, 09:00 in Copenhagen
const RACERS: Participant[] = Array.from({ length: 12 }, (_, i) => ({
  id: `r${i}`, name: `Leder ${i}`, email: `r${i}@kommune.example`, aadObjectId: `aad-r${i}`, level: 3, area: 'Kultur', electives: [], locale: 'da', active: true,
}));

/**
 * The small programme (e1: 2 seats, Sofie and Jonas; e2: 30 seats) plus e3 "Strategi" (30 seats,
 * so a leader can move while keeping two), e4 "Innovation" (3 seats, empty) and twelve leaders who race for e4.
 */
function programme(): Programme {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  const se2 = base.sessions.find((s) => s.id === 'se2')!;
  return {
    ...base,
    modules: [
      ...base.modules,
      { ...e2, id: 'e3', number: 13, audience: { electives: ['e3'] }, title: { da: 'Strategi', en: 'Strategy' } },
      { ...e2, id: 'e4', number: 14, capacity: 3, audience: { electives: ['e4'] }, title: { da: 'Innovation', en: 'Innovation' } },
    ],
    sessions: [
      ...base.sessions,
      { ...se2, id: 'se3', moduleId: 'e3', start: '2027-06-03T09:00:00+02:00', end: '2027-06-03T15:00:00+02:00' },
      { ...se2, id: 'se4', moduleId: 'e4', start: '2027-06-10T09:00:00+02:00', end: '2027-06-10T15:00:00+02:00' },
    ],
    participants: [...base.participants, ...RACERS],
  };
}

const electivesOf = async (bot: TestBot, id: string) => (await bot.store.getProgramme()).participants.find((p) => p.id === id)!.electives;
const choose = (bot: TestBot, user: typeof SOFIE, forParticipant: string, electiveIds: string, joinWaitlist = 'true') =>
  press(bot, 'electiveChoice', { forParticipant, electiveIds, joinWaitlist }, user);

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ programme: programme(), now: NOW });
});
afterEach(() => bot.close());

it('When Sofie writes "vælg valgmodul", then she sees every elective with dates, place and free seats, her choice preselected', async () => {
  const { card, text } = await say(bot, 'vælg valgmodul', SOFIE);
  expect(text).toContain('Vælg præcis 2 valgmoduler.');
  expect(text).toContain('torsdag den 6. maj · Professionshøjskolen, A1.12');
  expect(text).toMatch(/Forandringsledelse[\s\S]*Du har en plads[\s\S]*Fuldt/);
  expect(text).toContain('28 af 30 pladser ledige'); // e2: Mette and Sofie
  expect(text).toContain('3 af 3 pladser ledige'); // e4, still empty
  const choiceSet = (card.body as any[]).find((e) => e.id === 'electiveIds');
  expect(choiceSet.value).toBe('e1,e2');
  expect(choiceSet.choices.map((c: any) => c.value)).toEqual(['e1', 'e2', 'e3', 'e4']);
  expect(executeActions(card)[0]).toMatchObject({ verb: 'electiveChoice', data: { forParticipant: 'p3' } });
  expect(adaptiveCardProblems(card)).toEqual([]);
});

it('When Mette picks the full elective and asks for the waiting list, then she keeps her other seat and is first in line', async () => {
  const { text } = await choose(bot, METTE, 'p1', 'e1,e2');
  expect(text).toContain('Dit valg er gemt');
  expect(text).toContain('Du har plads på: Coachende ledelse.');
  expect(text).toContain('Du er nr. 1 på ventelisten til Forandringsledelse.');
  expect(await bot.store.listWaitlist()).toEqual([expect.objectContaining({ electiveId: 'e1', participantId: 'p1' })]);
  expect(await electivesOf(bot, 'p1')).toEqual(['e2']);
});

it('When Sofie changes her choice, then Mette, first in line, gets the seat and is told by a card of her own', async () => {
  await say(bot, 'vælg valgmodul', METTE); // Mette's chat with the bot, where the notice will go
  await choose(bot, METTE, 'p1', 'e1,e2');
  const { text } = await choose(bot, SOFIE, 'p3', 'e2,e3');
  expect(text).toContain('Du har plads på: Coachende ledelse og Strategi.');
  expect(await electivesOf(bot, 'p3')).toEqual(['e2', 'e3']);
  expect(await electivesOf(bot, 'p1')).toEqual(['e2', 'e1']);
  expect(await bot.store.listWaitlist()).toEqual([]);

  bot.connector.reset();
  await bot.dispatcher.tick();
  // The same tick also sends what was due anyway (a reflection prompt, Mette's digest as a manager).
  const notices = bot.connector.cards('a:conv-p1').filter((c) => c.body[0].text.startsWith('Du har fået en plads'));
  expect(notices).toHaveLength(1);
  expect(notices[0].body[0].text).toBe('Du har fået en plads på Forandringsledelse');
  expect(notices[0].body[1].text).toContain('torsdag den 6. maj, Professionshøjskolen, A1.12');
  expect((await bot.store.listDeliveries({ kinds: ['waitlist-promotion'] })).map((d) => d.status)).toEqual(['sent']);
});

it('When the choice is not exactly two electives, or a full one without the waiting list, then nothing changes', async () => {
  expect((await choose(bot, METTE, 'p1', 'e1')).text).toContain('Vælg præcis 2 valgmoduler – du valgte 1.');
  expect((await choose(bot, METTE, 'p1', 'e1,e3', 'false')).text).toContain('Forandringsledelse er fuldt. Vælg et andet, eller sæt kryds ved ventelisten. Intet er ændret.');
  expect(await electivesOf(bot, 'p1')).toEqual(['e2']);
  expect(await bot.store.listWaitlist()).toEqual([]);
});

it('When twelve leaders press "Save" for the last three seats at the same moment, then exactly three get them and nine wait in order', async () => {
  const answers = await Promise.all(RACERS.map((r) => bot.invoke(cardAction(bot, 'electiveChoice', { forParticipant: r.id, electiveIds: 'e2,e4', joinWaitlist: 'true' }, { id: `29:${r.id}`, name: r.name, aadObjectId: r.aadObjectId }))));
  expect(answers.map((a) => a.status)).toEqual(RACERS.map(() => 200));
  const seated = (await bot.store.getProgramme()).participants.filter((p) => p.electives.includes('e4'));
  expect(seated).toHaveLength(3);
  const line = await bot.store.listWaitlist({ electiveId: 'e4' });
  expect(line).toHaveLength(9);
  expect(new Set([...seated.map((p) => p.id), ...line.map((w) => w.participantId)]).size).toBe(12);
  const texts = answers.map((a) => JSON.stringify(a.body.value));
  expect(texts.filter((t) => t.includes('Du har plads på: Coachende ledelse og Innovation.'))).toHaveLength(3);
  const places = texts.flatMap((t) => /Du er nr\. (\d) på ventelisten til Innovation/.exec(t)?.[1] ?? []).map(Number);
  expect(places.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

it('When twelve leaders race without the waiting list, then exactly three are admitted and the other nine keep what they had', async () => {
  await Promise.all(RACERS.map((r) => bot.invoke(cardAction(bot, 'electiveChoice', { forParticipant: r.id, electiveIds: 'e3,e4', joinWaitlist: 'false' }, { id: `29:${r.id}`, name: r.name, aadObjectId: r.aadObjectId }))));
  const participants = (await bot.store.getProgramme()).participants.filter((p) => p.id.startsWith('r'));
  expect(participants.filter((p) => p.electives.join() === 'e3,e4')).toHaveLength(3);
  expect(participants.filter((p) => p.electives.length === 0)).toHaveLength(9);
  expect(await bot.store.listWaitlist()).toEqual([]);
});

it('When Anders sends Sofie\'s elective card as his own, then it is refused and neither her choice nor the waiting list changes', async () => {
  const { text } = await choose(bot, ANDERS, 'p3', 'e2,e3');
  expect(text).toContain('Dette kort blev lavet til en anden leder, så jeg har ikke ændret noget.');
  expect(await electivesOf(bot, 'p3')).toEqual(['e1', 'e2']);
  expect(await electivesOf(bot, 'p2')).toEqual([]);
  expect(await bot.store.listWaitlist()).toEqual([]);
  expect((await bot.store.listAudit()).filter((a) => a.action === 'selfService.refused')).toHaveLength(1);
});

it('When the electives card button asks to choose, then the suggested question leads to the choice card', async () => {
  const { card } = await say(bot, 'hvilke valgmoduler er der?', SOFIE);
  expect(card.actions[0]).toMatchObject({ type: 'Action.Submit', data: { question: 'Vælg valgmoduler' } });
});

it('When a leader outside the programme asks to choose electives, then they are told politely whom to contact', async () => {
  const stranger = { id: '29:stranger', name: 'Gæst', aadObjectId: 'aad-stranger' };
  expect((await say(bot, 'vælg valgmodul', stranger)).text).toContain('Du er ikke med i programmet');
});
