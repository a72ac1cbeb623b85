/**
 * A started elective is locked: the leader cannot give it up on the card, not even with a crafted
 * submission, and the days already attended stay in "vis mit program". The card says until when
 * each elective can be chosen and where the leader stands on a waiting list. Real HTTP in.
 */
import type { Programme } from '../../src/domain/programme/model';
import { smallProgramme } from '../helpers/programmes';
import { SOFIE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { adaptiveCardProblems } from '../helpers/validate-card';

// Monday 10 May 2027, 09:00 in Copenhagen. Sofie's elective e1 "Forandringsledelse" had its day
// on 6 May (she has begun it); e2 "Coachende ledelse" is on 20 May; e3 "Strategi" on 3 June has
// one seat, Anders's.
const NOW = new Date('2027-05-10T07:00:00Z');
const DEADLINE = '2027-05-31T23:59:00+02:00';

function programme(): Programme {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  const se2 = base.sessions.find((s) => s.id === 'se2')!;
  return {
    ...base,
    modules: [...base.modules, { ...e2, id: 'e3', number: 13, capacity: 1, audience: { electives: ['e3'] }, title: { da: 'Strategi', en: 'Strategy' } }],
    sessions: [...base.sessions, { ...se2, id: 'se3', moduleId: 'e3', start: '2027-06-03T09:00:00+02:00', end: '2027-06-03T15:00:00+02:00' }],
    participants: base.participants.map((p) => (p.id === 'p2' ? { ...p, electives: ['e3'] } : p)),
  };
}

let bot: TestBot;
beforeEach(async () => {
  bot = await startTestBot({ programme: programme(), now: NOW, config: { electives: { deadline: DEADLINE } } });
});
afterEach(() => bot.close());

const sofiesElectives = async () => (await bot.store.getProgramme()).participants.find((p) => p.id === 'p3')!.electives;

it('When Sofie opens the choice after her elective began, then it is shown as locked with whom to contact, offers no box to untick, and each open elective says until when it can be chosen', async () => {
  const { card, text } = await say(bot, 'vælg valgmodul', SOFIE);
  expect(text).toContain('Du tager 2 valgmoduler. Forandringsledelse er begyndt og bliver på dit program, så vælg 1 mere herunder.');
  expect(text).toContain('Er begyndt og bliver på dit program. Skal du stoppe på det, så kontakt HR – Lederudvikling.');
  expect(text).toContain('Kan vælges indtil torsdag den 20. maj kl. 09.00'); // e2: its first day comes before the deadline
  expect(text).toContain('Kan vælges indtil mandag den 31. maj kl. 23.59'); // e3: the deadline comes first
  const choiceSet = (card.body as any[]).find((e) => e.id === 'electiveIds');
  expect(choiceSet.choices.map((c: any) => c.value)).toEqual(['e2', 'e3']);
  expect(choiceSet.value).toBe('e2');
  expect(choiceSet).toMatchObject({ isRequired: true, errorMessage: 'Vælg dine valgmoduler, før du gemmer.' });
  expect(adaptiveCardProblems(card)).toEqual([]);
});

it('When Sofie saves a new choice, then her started elective stays; she is in line for the full one and the card shows her place', async () => {
  const { card } = await say(bot, 'vælg valgmodul', SOFIE);
  const save = executeActions(card).find((a) => a.verb === 'electiveChoice')!;
  const { text } = await press(bot, save.verb, { ...save.data, electiveIds: 'e3', joinWaitlist: 'true' }, SOFIE);
  expect(text).toContain('Dit valg er gemt');
  expect(text).toContain('Du er nr. 1 på ventelisten til Strategi.');
  expect(text).toMatch(/Strategi\nDu er nr\. 1 på ventelisten/);
  expect(text).toContain('Fuldt – 1 på venteliste');
  expect(await sofiesElectives()).toEqual(['e1']);
  expect(await bot.store.listWaitlist({ participantId: 'p3' })).toEqual([expect.objectContaining({ electiveId: 'e3' })]);
});

it('When a crafted submission leaves the started elective out, then it is not dropped: the choice is refused with what to do, and nothing changes', async () => {
  const { text } = await press(bot, 'electiveChoice', { forParticipant: 'p3', electiveIds: 'e2,e3', joinWaitlist: 'true' }, SOFIE);
  expect(text).toContain('Vælg 1 mere herunder – du valgte 2.');
  expect(await sofiesElectives()).toEqual(['e1', 'e2']);
  expect(await bot.store.listWaitlist()).toEqual([]);
});

it('When Sofie asks for her programme after changing her electives, then the day she attended is still there', async () => {
  await press(bot, 'electiveChoice', { forParticipant: 'p3', electiveIds: 'e3', joinWaitlist: 'true' }, SOFIE);
  const { text } = await say(bot, 'vis mit program', SOFIE);
  expect(text).toContain('Modul 11 – Forandringsledelse');
  expect(text).toContain('torsdag den 6. maj kl. 09.00–15.00');
});

it('When Jonas, who reads English, opens the choice, then the lock and the deadlines are in English', async () => {
  await bot.store.linkParticipant('p4', 'aad-p4');
  const { text } = await say(bot, 'choose electives', { id: '29:p4', name: 'Jonas Østergaard', aadObjectId: 'aad-p4' }, 'en-US');
  expect(text).toContain('Leading change has begun and stays on your programme, so pick 1 more below.');
  expect(text).toContain('Can be chosen until Monday 31 May at 23:59');
});
