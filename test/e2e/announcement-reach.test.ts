/**
 * HR sees reach before sending: the announcement preview says how many of the audience the bot
 * can write to now and why not the rest, and gives the admin, in their personal chat only, a
 * short-lived link to the list of those it cannot reach.
 */
import { groupMessage, personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';
import { signReachListToken } from '../../src/links/reach-list-token';

// A Wednesday when nothing else is due.
const NOW = new Date('2027-01-20T12:00:00Z');
const HR = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };
const LINK_KEY = 'reach-list-test-key-0123456789abcdef';
let bot: TestBot;

function previewAs(from: typeof HR, conversation: 'personal' | 'groupChat' = 'personal') {
  const base =
    conversation === 'personal'
      ? personalMessage({ text: '', user: from, serviceUrl: bot.connector.serviceUrl, conversationId: `a:conv-${from.id}` })
      : groupMessage({ text: '', user: from, serviceUrl: bot.connector.serviceUrl });
  return bot.invoke({
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    entities: undefined,
    value: { action: { type: 'Action.Execute', verb: 'announcementPreview', data: { title: 'Tilmelding', text: 'Husk at vælge', audience: 'everyone' } }, trigger: 'manual' },
  });
}

/** The CSV link on the preview card, if there is one. */
function csvLink(card: any): string | undefined {
  return card.body.find((e: any) => e.type === 'ActionSet')?.actions[0].url;
}

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { admins: ['aad-hr'], linkKey: LINK_KEY } });
  // Mette and Anders have a chat; Sofie had one and blocked the bot; Jonas never opened it and is in no team (Karen is inactive).
  for (const pid of ['p1', 'p2', 'p3']) await installFor(bot, pid, 't');
  bot.connector.failNext('a:conv-p3', [{ status: 403, code: 'ConversationBlockedByUser' }]);
  await bot.post(personalMessage({ text: 'ny meddelelse', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }));
  // A first announcement finds out that Sofie blocked the bot.
  const first = await previewAs(HR);
  await bot.invoke({
    ...personalMessage({ text: '', user: HR, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-29:hr' }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb: 'announcementSend', data: { announcementId: first.body.value.actions[0].data.announcementId } }, trigger: 'manual' },
  });
  await bot.dispatcher.tick();
  bot.connector.reset();
});
afterEach(() => bot.close());

it('When HR previews an announcement to everyone, then the card says how many can be reached now, how many cannot and why', async () => {
  const { body } = await previewAs(HR);
  const text = cardText(body.value);
  expect(text).toContain('Til 4 personer');
  expect(text).not.toContain('kanal');
  expect(text).toContain('Kan nås nu: 2 af 4. Kan ikke nås nu: 2.');
  expect(text).toContain('• 1 har aldrig åbnet botten og er ikke i et team med appen');
  expect(text).toContain('• 1 har blokeret botten');
  expect(text).toContain('Linket til listen virker i 15 minutter.');
  // Nothing was sent by previewing.
  expect(bot.connector.cards()).toHaveLength(0);
});

it('When HR opens the list link, then she gets a CSV of exactly those who cannot be reached, with why; the download is audited', async () => {
  const { body } = await previewAs(HR);
  const url = csvLink(body.value)!;
  expect(url).toMatch(/\/reach-list\/[^/]+\.csv\?lang=da$/);
  const res = await fetch(url.replace(/^http:\/\/localhost:\d+/, bot.url));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toEqual([
    'name;email;level;group;reason',
    'Jonas Østergaard;jonas.oestergaard@kommune.example;3;Læringsgruppe 2;har aldrig åbnet botten og er ikke i et team med appen',
    'Sofie Nørgaard;sofie.noergaard@kommune.example;3;Læringsgruppe 1;har blokeret botten',
  ]);
  const english = await fetch(url.replace(/^http:\/\/localhost:\d+/, bot.url).replace('lang=da', 'lang=en'));
  expect(await english.text()).toContain('Sofie Nørgaard;sofie.noergaard@kommune.example;3;Læringsgruppe 1;blocked the bot');
  expect((await bot.store.listAudit()).filter((a) => a.action === 'reach.listDownloaded')).toEqual([
    expect.objectContaining({ actor: 'aad-hr', details: expect.objectContaining({ kind: 'announcement', count: 2 }) }),
    expect.objectContaining({ actor: 'aad-hr', details: expect.objectContaining({ kind: 'announcement', count: 2 }) }),
  ]);
});

it('When the link is tampered with, or its admin is no longer one, then it gives nothing', async () => {
  const { body } = await previewAs(HR);
  const url = csvLink(body.value)!.replace(/^http:\/\/localhost:\d+/, bot.url);
  const forged = url.replace(/\/reach-list\/([^.]+)\.([^.]+)\.csv/, (_all, payload: string) => `/reach-list/${payload}.${'x'.repeat(32)}.csv`);
  expect((await fetch(forged)).status).toBe(404);
  // Properly signed, but for another admin, expired, or promising a longer life than a link ever gets.
  const id = (await bot.store.listAnnouncements()).find((a) => a.status === 'draft')!.id;
  const signed = (issuedTo: string, expiresInMs: number) =>
    `${bot.url}/reach-list/${signReachListToken({ kind: 'announcement', id, issuedTo }, new Date(bot.clock().getTime() + expiresInMs), LINK_KEY)}.csv`;
  expect((await fetch(signed('aad-p3', 10 * 60_000))).status).toBe(404);
  expect((await fetch(signed('aad-hr', -1000))).status).toBe(404);
  expect((await fetch(signed('aad-hr', 24 * 3600_000))).status).toBe(404);
  expect((await fetch(signed('aad-hr', 10 * 60_000))).status).toBe(200);

  const withoutHr = await startTestBot({ programme: smallProgramme(), now: NOW, store: bot.store, config: { admins: ['someone-else'], linkKey: LINK_KEY } });
  try {
    // The same store and key, but Hanne is no longer an admin: her link is dead.
    expect((await fetch(url.replace(bot.url, withoutHr.url))).status).toBe(404);
    expect((await fetch(url)).status).toBe(200);
  } finally {
    await withoutHr.close();
  }
});

it('When HR previews in a group chat, then the counts are shown but the list with names is not linked there', async () => {
  const { body } = await previewAs(HR, 'groupChat');
  const text = cardText(body.value);
  expect(text).toContain('Kan nås nu: 2 af 4. Kan ikke nås nu: 2.');
  expect(csvLink(body.value)).toBeUndefined();
  expect(text).toContain('Listen med navne får du kun i vores private chat');
});
