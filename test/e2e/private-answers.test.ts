/**
 * Personal answers stay in the personal chat. When a leader @mentions the bot in a group chat or a
 * channel and asks for something built from their own data (links to their data or calendar,
 * their check-ins, their sessions, a digest with names), the answer goes to their 1:1 chat with
 * the bot (opened if need be), and the group sees only "I have answered you privately".
 */
import { event, groupMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { SOFIE, METTE, cardAction, conversationOf } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-03-05T13:00:00Z'); // the day after Sofie's module 3; her reflection prompt is due
const GROUP = '19:leaders-chat@thread.v2';
const CHANNEL = '19:general-channel@thread.tacv2;messageid=1700000000001';
const NAMES = smallProgramme().participants.flatMap((p) => p.name.split(' '));

let bot: TestBot;

/** Sofie (and Mette) have installed the bot in personal scope, so their 1:1 chats are known. */
async function install(user: typeof SOFIE) {
  await bot.post(
    event('personal-bot-added', bot.connector.serviceUrl, {
      from: { id: user.id, aadObjectId: user.aadObjectId },
      conversation: { conversationType: 'personal', tenantId: 'tenant', id: conversationOf(user) },
    }),
  );
}

/** Everything the bot wrote into a conversation, as text. */
const written = (conversationId: string) =>
  bot.connector
    .sent(conversationId)
    .map((s) => [s.activity.text ?? '', ...(s.activity.attachments ?? []).map((a: any) => JSON.stringify(a.content))].join('\n'))
    .join('\n');

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { owners: ['aad-p1'] } });
  await install(SOFIE);
  await install(METTE);
  bot.connector.reset();
});
afterEach(() => bot.close());

describe('When a leader asks for something personal outside the personal chat', () => {
  it('When Sofie writes "@bot mine data" in a group chat, then the link goes to her personal chat and the group sees only that she was answered there', async () => {
    expect(await bot.post(groupMessage({ text: 'mine data', user: SOFIE, serviceUrl: bot.connector.serviceUrl }))).toBe(200);
    expect(bot.connector.sent(GROUP).map((s) => s.activity.text)).toEqual(['Jeg har svaret dig i vores private chat.']);
    expect(written(conversationOf(SOFIE))).toMatch(/\/my-data\/[^"]+\.json/);
    expect(written(GROUP)).not.toContain('/my-data/');
  });

  it('When Sofie asks for her calendar in a channel, then the calendar link is only in her personal chat', async () => {
    await bot.post(groupMessage({ text: 'kalender', user: SOFIE, serviceUrl: bot.connector.serviceUrl, scope: 'channel' }));
    expect(written(conversationOf(SOFIE))).toContain('/calendar/');
    expect(written(CHANNEL)).not.toContain('/calendar/');
    expect(bot.connector.sent(CHANNEL)).toHaveLength(1);
  });

  it('When Sofie writes "tjek ind" in a group chat, then her earlier reflection text is shown only in her personal chat', async () => {
    await bot.dispatcher.tick();
    await bot.invoke(cardAction(bot, 'checkIn', { promptKey: 'reflection:s3a:p3', rating: '4', reflection: 'Trioerne virker på teammødet' }, SOFIE));
    bot.connector.reset();
    await bot.post(groupMessage({ text: 'tjek ind', user: SOFIE, serviceUrl: bot.connector.serviceUrl }));
    expect(written(conversationOf(SOFIE))).toContain('Trioerne virker på teammødet');
    expect(written(GROUP)).not.toContain('Trioerne');
  });

  it('When an owner asks for the weekly digest in a channel, then the digest with names goes to her personal chat and the channel sees no names', async () => {
    await bot.post(groupMessage({ text: 'ugens overblik', user: METTE, serviceUrl: bot.connector.serviceUrl, scope: 'channel' }));
    const digest = written(conversationOf(METTE));
    expect(digest).toContain('Ugens overblik');
    expect(NAMES.some((name) => digest.includes(name))).toBe(true);
    expect(NAMES.filter((name) => written(CHANNEL).includes(name))).toEqual([]);
  });

  it.each([
    ['her next module', 'hvornår er mit næste modul?', 'Dit næste modul'],
    ['an absence', 'jeg kan ikke komme den 8.', 'Afbud'],
    ['her electives', 'vælg valgmoduler', 'Vælg dine valgmoduler'],
    ['pausing her reminders', 'stop påmindelser', 'sat på pause'],
  ])('When Sofie asks about %s in a group chat, then the answer is in her personal chat', async (_what, text, expected) => {
    await bot.post(groupMessage({ text, user: SOFIE, serviceUrl: bot.connector.serviceUrl }));
    expect(written(conversationOf(SOFIE))).toContain(expected);
    expect(bot.connector.sent(GROUP).map((s) => s.activity.text)).toEqual(['Jeg har svaret dig i vores private chat.']);
  });

  it('When a leader writes in English, then the note in the group is in English', async () => {
    await bot.post(groupMessage({ text: 'my data', user: METTE, locale: 'en-US', serviceUrl: bot.connector.serviceUrl }));
    expect(bot.connector.sent(GROUP).map((s) => s.activity.text)).toEqual(['I have answered you in our private chat.']);
  });

  it('When the leader has no personal chat with the bot yet, then the bot opens one in the tenant and answers there', async () => {
    const anders = { id: '29:p2', name: 'Anders Kjær', aadObjectId: 'aad-p2' };
    // Teams opens a 1:1 chat only with a user in a team where the app is installed (or who installed it).
    bot.connector.addTeam('19:programme-team@thread.tacv2', { members: [anders] });
    await bot.post(groupMessage({ text: 'mine data', user: anders, serviceUrl: bot.connector.serviceUrl }));
    const [created] = bot.connector.created();
    expect(created.parameters).toMatchObject({ isGroup: false, members: [{ id: '29:p2' }], channelData: { tenant: { id: '11111111-1111-4111-8111-111111111111' } } });
    expect(written(created.id)).toContain('/my-data/');
    expect((await bot.store.findPersonalConversation('p2'))?.id).toBe(created.id);
  });

  it('When the personal chat cannot be opened, then the group is told to write to the bot directly, and still sees nothing personal', async () => {
    const anders = { id: '29:p2', name: 'Anders Kjær', aadObjectId: 'aad-p2' };
    bot.connector.failNextCreate([{ status: 403, code: 'ForbiddenOperationException' }]);
    await bot.post(groupMessage({ text: 'mine data', user: anders, serviceUrl: bot.connector.serviceUrl }));
    expect(bot.connector.sent(GROUP).map((s) => s.activity.text)).toEqual([expect.stringContaining('Jeg kunne ikke skrive til dig privat')]);
    expect(written(GROUP)).not.toContain('/my-data/');
  });
});

describe('When a leader asks for something that is the same for everyone', () => {
  it('When Sofie asks for help in a group chat, then the bot answers right there', async () => {
    await bot.post(groupMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl }));
    expect(cardText(bot.connector.cards(GROUP)[0])).toContain('Det kan jeg hjælpe med');
    expect(bot.connector.sent(conversationOf(SOFIE))).toHaveLength(0);
  });
});
