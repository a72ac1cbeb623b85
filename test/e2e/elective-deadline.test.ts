/**
 * After `electives.deadline` choices are locked: the card says until when it was open and whom
 * to contact, offers no form, and a submission changes nothing.
 */
import { smallProgramme } from '../helpers/programmes';
import { METTE, executeActions, press, say } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-01-11T08:00:00Z'); // Monday 11 January 2027, 09:00 in Copenhagen
let bot: TestBot;

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { electives: { deadline: '2027-01-08T12:00:00+01:00' } } });
});
afterEach(() => bot.close());

it('When the deadline has passed, then the card says so in the programme\'s time zone and offers no form', async () => {
  const { card, text } = await say(bot, 'vælg valgmodul', METTE);
  expect(text).toContain('Fristen for at vælge valgmoduler var fredag den 8. januar kl. 12.00. Kontakt HR – Lederudvikling');
  expect((card.body as any[]).some((e) => e.id === 'electiveIds')).toBe(false);
  expect(executeActions(card)).toEqual([]);
});

it('When a submission arrives after the deadline, then nothing changes', async () => {
  const { text } = await press(bot, 'electiveChoice', { forParticipant: 'p1', electiveIds: 'e1,e2', joinWaitlist: 'true' }, METTE);
  expect(text).toContain('Fristen for at vælge valgmoduler var');
  const mette = (await bot.store.getProgramme()).participants.find((p) => p.id === 'p1')!;
  expect(mette.electives).toEqual(['e2']);
  expect(await bot.store.listWaitlist()).toEqual([]);
});
