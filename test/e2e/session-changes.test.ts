/**
 * HR moves a session from Teams: the form shows a preview (old and new, who is told, who can be
 * reached now) and saves nothing; only Confirm saves, then everyone affected gets a "changed"
 * card with old and new, and reminders follow the new time.
 */
import { personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';

const NOW = new Date('2027-02-20T12:00:00Z'); // a Saturday: nothing else is due
const HR = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };
const SOFIE = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' };
let bot: TestBot;

const invoke = (data: Record<string, unknown>, from = HR, verb = 'sessionChange') =>
  bot.invoke({
    ...personalMessage({ text: '', user: from, serviceUrl: bot.connector.serviceUrl, conversationId: `a:conv-${from.id}` }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });

/** Presses a button of the preview card, as HR or someone else. */
const press = (preview: any, title: string, from = HR) => {
  const action = preview.actions.find((a: any) => a.title === title);
  return invoke(action.data, from, action.verb);
};

const MOVE = { sessionId: 's3a', date: '2027-03-18', startTime: '10:00', placeName: 'Medborgerhuset', room: 'Salen' };
const startOf = async (id: string) => (await bot.store.getProgramme()).sessions.find((s) => s.id === id)!.start;

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { admins: ['aad-hr'] } });
  await installFor(bot, 'p3', 't');
  // A reminder already waiting in the outbox for the old date.
  await bot.store.enqueueDeliveries(
    [{ key: 'reminder:s3a:p3:P1D', kind: 'reminder', participantId: 'p3', sessionId: 's3a', offset: 'P1D', dueAt: '2027-03-03T08:00:00.000Z', expiresAt: '2027-03-04T08:00:00.000Z' }],
    NOW,
  );
  bot.connector.reset();
});
afterEach(() => bot.close());

it('When HR moves module 3 two weeks later to another place, then Sofie is told old and new, and her reminder follows the new date', async () => {
  bot.connector.reset();
  await bot.post(personalMessage({ text: 'flyt session', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }));
  const form = bot.connector.cards('a:conv-29:hr')[0];
  expect(form.body.find((e: any) => e.id === 'sessionId').choices.map((c: any) => c.value)).toContain('s3a');

  // The form shows a preview and saves nothing.
  const { body: preview } = await invoke(MOVE);
  const previewText = cardText(preview.value);
  expect(previewText).toContain('Flyt session – tjek før du gemmer');
  expect(previewText).toContain('torsdag den 4. marts kl. 09.00–15.30');
  expect(previewText).toContain('torsdag den 18. marts kl. 10.00–16.30');
  expect(previewText).toContain('1 deltager får besked med gammel og ny tid og sted: niveau 3 (ledere af medarbejdere) i Læringsgruppe 1.');
  expect(previewText).toContain('Kan nås nu: 1 af 1. Kan ikke nås nu: 0.');
  expect(await startOf('s3a')).toBe('2027-03-04T09:00:00+01:00');
  expect(await bot.store.listDeliveries({ kinds: ['session-change'] })).toHaveLength(0);

  const { body } = await press(preview.value, 'Gem og giv besked');
  expect(cardText(body.value)).toContain('torsdag den 18. marts kl. 10.00–16.30, Medborgerhuset. 1 deltager får besked.');
  const moved = (await bot.store.getProgramme()).sessions.find((s) => s.id === 's3a')!;
  expect(moved).toMatchObject({ start: '2027-03-18T10:00:00+01:00', end: '2027-03-18T16:30:00+01:00', place: { name: 'Medborgerhuset', room: 'Salen' } });
  expect((await bot.store.listAudit()).some((e) => e.action === 'session.changed' && e.actor === 'aad-hr')).toBe(true);
  expect(await bot.store.findDelivery('reminder:s3a:p3:P1D')).toBeUndefined();

  await bot.dispatcher.tick();
  const changed = bot.connector.cards('a:conv-p3');
  expect(changed).toHaveLength(1);
  const text = cardText(changed[0]);
  expect(text).toContain('Ændret: Modul 3');
  expect(text).toContain('torsdag den 4. marts kl. 09.00–15.30');
  expect(text).toContain('torsdag den 18. marts kl. 10.00–16.30');
  expect(text).toContain('Medborgerhuset, Salen');

  const dayBefore = await startTestBot({ programme: smallProgramme(), now: new Date('2027-03-17T08:00:00Z'), store: bot.store, connector: bot.connector });
  try {
    bot.connector.reset();
    await dayBefore.dispatcher.tick();
    const reminder = bot.connector.cards('a:conv-p3').map(cardText).find((c) => c.includes('Påmindelse'));
    expect(reminder).toContain('torsdag den 18. marts kl. 10.00–16.30');
  } finally {
    await dayBefore.close();
  }
});

it('When a leader who is not an admin submits the form or presses Confirm, then nothing changes', async () => {
  const { body } = await invoke({ sessionId: 's3a', date: '2027-03-18' }, SOFIE);
  expect(cardText(body.value)).toContain('Det kan kun programmets administratorer');
  const { body: preview } = await invoke(MOVE);
  const confirmed = await press(preview.value, 'Gem og giv besked', SOFIE);
  expect(cardText(confirmed.body.value)).toContain('Det kan kun programmets administratorer');
  expect(await startOf('s3a')).toBe('2027-03-04T09:00:00+01:00');
});

it('When HR cancels the preview, then nothing is changed and nobody is told', async () => {
  const { body: preview } = await invoke(MOVE);
  const { body } = await press(preview.value, 'Annuller');
  expect(cardText(body.value)).toContain('Intet er ændret, og ingen har fået besked.');
  expect(await startOf('s3a')).toBe('2027-03-04T09:00:00+01:00');
  await bot.dispatcher.tick();
  expect(bot.connector.cards('a:conv-p3')).toHaveLength(0);
});

it('When the session was moved by someone else after the preview, then Confirm saves nothing and asks for a new preview', async () => {
  const { body: first } = await invoke(MOVE);
  const { body: second } = await invoke({ sessionId: 's3a', date: '2027-03-25' });
  await press(second.value, 'Gem og giv besked');
  const { body } = await press(first.value, 'Gem og giv besked');
  expect(cardText(body.value)).toContain('Sessionen er ændret, siden du så eksemplet, så intet er gemt.');
  expect(await startOf('s3a')).toBe('2027-03-25T09:00:00+01:00');
});

it('When HR changes nothing, then she is told what to fill in', async () => {
  const { body } = await invoke({ sessionId: 's3a', date: '2027-03-04' });
  expect(cardText(body.value)).toContain('Du har ikke ændret noget. Udfyld ny dato, tid eller sted.');
});

it('When the preview is for a session whose leaders the bot cannot all reach, then it says how many and why, with the list', async () => {
  // Jonas (group 2) never opened the bot and is in no team.
  const { body: preview } = await invoke({ sessionId: 's3b', placeName: 'Rådhuset' });
  const text = cardText(preview.value);
  expect(text).toContain('Kan nås nu: 0 af 1. Kan ikke nås nu: 1.');
  expect(text).toContain('• 1 har aldrig åbnet botten og er ikke i et team med appen');
  expect(text).not.toContain('planlægges igen'); // only the place changes
  const url = preview.value.body.find((e: any) => e.type === 'ActionSet').actions[0].url.replace(/^http:\/\/localhost:\d+/, bot.url);
  const csv = await (await fetch(url)).text();
  expect(csv).toContain('Jonas Østergaard;jonas.oestergaard@kommune.example;3;Læringsgruppe 2;har aldrig åbnet botten og er ikke i et team med appen');
});

it('When two runs of a module are in the picker, then no two lines read alike', async () => {
  await bot.post(personalMessage({ text: 'flyt session', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }));
  const titles: string[] = bot.connector.cards('a:conv-29:hr')[0].body.find((e: any) => e.id === 'sessionId').choices.map((c: any) => c.title);
  expect(new Set(titles).size).toBe(titles.length);
  expect(titles).toContain('3. Ledelse tæt på medarbejderne · Læringsgruppe 1 · Rådhuset, Byrådssalen · torsdag den 4. marts kl. 09.00–15.30');
  expect(titles).toContain('3. Ledelse tæt på medarbejderne · Læringsgruppe 2 · Medborgerhuset, Salen · torsdag den 11. marts kl. 09.00–15.30');
});

it('When HR moves a session onto Kristi himmelfartsdag, then the preview warns before saving, and after Confirm everyone is told and the confirmation warns apart from it', async () => {
  const { body: preview } = await invoke({ sessionId: 's3a', date: '2027-05-06' });
  const previewText = cardText(preview.value);
  expect(previewText).toContain('Vær opmærksom på');
  expect(previewText).toContain('Ledelse tæt på medarbejderne (s3a) ligger på en fridag: torsdag den 6. maj 2027 (Kristi Himmelfartsdag, helligdag).');
  expect(await startOf('s3a')).toBe('2027-03-04T09:00:00+01:00');

  const { body } = await press(preview.value, 'Gem og giv besked');
  const card = body.value;
  expect(cardText(card)).toContain('torsdag den 6. maj kl. 09.00–15.30');
  const notes = card.body.find((e: any) => e.type === 'Container');
  expect(notes).toMatchObject({ separator: true });
  expect(notes.items.map((i: any) => [i.text, i.color])).toEqual([
    ['Bemærk: Sessionen ligger nu helt eller delvis uden for arbejdstiden. Ændringen er gemt, og deltagerne får besked.', 'Attention'],
    ['Ledelse tæt på medarbejderne (s3a) ligger på en fridag: torsdag den 6. maj 2027 (Kristi Himmelfartsdag, helligdag).', 'Attention'],
  ]);
  expect(await startOf('s3a')).toBe('2027-05-06T09:00:00+02:00');
  const audit = (await bot.store.listAudit()).find((e) => e.action === 'session.changed');
  expect(audit?.details).toMatchObject({ warnings: ['day-off'] });
});

it('When HR moves a session to an ordinary working day, then neither the preview nor the confirmation has warnings', async () => {
  const { body: preview } = await invoke({ sessionId: 's3a', date: '2027-03-18' });
  expect(cardText(preview.value)).not.toContain('Vær opmærksom på');
  const { body } = await press(preview.value, 'Gem og giv besked');
  expect(body.value.body.find((e: any) => e.type === 'Container')).toBeUndefined();
});
