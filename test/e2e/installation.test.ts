/**
 * Installing and removing the app in Teams: the bot stores the conversation it will later send
 * reminders to, greets a leader once, and stops using a conversation it was removed from.
 */
import { event } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-01-11T08:00:00Z');
let bot: TestBot;

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW });
});
afterEach(() => bot.close());

const SOFIE_FROM = { id: '29:1user-teams-id', aadObjectId: 'aad-p3' };

describe('When a leader installs the app personally', () => {
  it('When Teams sends installationUpdate and membersAdded, then the conversation is stored once and the leader is greeted once, by name', async () => {
    const url = bot.connector.serviceUrl;
    expect(await bot.post(event('installation-update', url, { from: SOFIE_FROM }))).toBe(200);
    expect(await bot.post(event('personal-bot-added', url, { from: SOFIE_FROM }))).toBe(200);

    const conversation = await bot.store.findPersonalConversation('p3');
    expect(conversation).toMatchObject({ id: 'a:1personal-conversation', scope: 'personal', active: true, aadObjectId: 'aad-p3' });
    expect(conversation?.reference).toMatchObject({ serviceUrl: url, conversation: { id: 'a:1personal-conversation' } });

    const cards = bot.connector.cards('a:1personal-conversation');
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Velkommen, Sofie');
  });

  it('When Teams repeats the install events, then the leader is still greeted only once', async () => {
    const url = bot.connector.serviceUrl;
    for (let i = 0; i < 3; i++) {
      await bot.post(event('installation-update', url, { from: SOFIE_FROM }));
      await bot.post(event('personal-bot-added', url, { from: SOFIE_FROM }));
    }
    expect(bot.connector.cards('a:1personal-conversation')).toHaveLength(1);
  });

  it('When the leader later removes the app, then the conversation is kept but marked inactive', async () => {
    const url = bot.connector.serviceUrl;
    await bot.post(event('installation-update', url, { from: SOFIE_FROM }));
    expect(await bot.post(event('installation-update', url, { from: SOFIE_FROM, action: 'remove' }))).toBe(200);
    const conversation = await bot.store.findConversation('a:1personal-conversation');
    expect(conversation).toMatchObject({ active: false, inactiveReason: 'uninstalled' });
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('When an unknown user installs the app, then the conversation is stored unlinked and they are told they are not in the programme, not shown the help', async () => {
    const url = bot.connector.serviceUrl;
    const stranger = { id: '29:stranger', aadObjectId: 'aad-unknown' };
    await bot.post(event('personal-bot-added', url, { from: stranger, conversation: { conversationType: 'personal', id: 'a:stranger' } }));
    const conversation = await bot.store.findConversation('a:stranger');
    expect(conversation?.participantId).toBeUndefined();
    const cards = bot.connector.cards('a:stranger').map(cardText);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Du er ikke med i programmet');
    expect(cards[0]).toContain('kontakt HR – Lederudvikling på lederudvikling@kommune.example');
    expect(cards[0]).not.toContain('Hvornår er mit næste modul?');
  });
});

describe('When the app is added to a team', () => {
  it('When the bot is added to a team, then the channel conversation is stored with its team id and nothing is posted', async () => {
    expect(await bot.post(event('team-bot-added', bot.connector.serviceUrl))).toBe(200);
    const conversation = await bot.store.findConversation('19:general-channel@thread.tacv2');
    expect(conversation).toMatchObject({ scope: 'channel', teamId: '19:general-channel@thread.tacv2', active: true });
    expect(conversation?.participantId).toBeUndefined();
    expect(bot.connector.sent()).toHaveLength(0);
  });
});
