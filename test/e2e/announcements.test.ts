/**
 * HR broadcasts from Teams: compose, preview exactly as recipients see it, send to a level and a
 * channel, and follow the delivery status on the admin's card. A non-admin's identical attempt
 * sends nothing.
 */
import { event, personalMessage } from '../helpers/activities';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { installFor } from '../helpers/install-leaders';

// A Wednesday when nothing else (reminders, prompts, digests) is due, so only the broadcast goes out.
const NOW = new Date('2027-01-20T12:00:00Z');
const HR = { id: '29:hr', name: 'Hanne HR', aadObjectId: 'aad-hr' };
const SOFIE = { id: '29:p3', name: 'Sofie Nørgaard', aadObjectId: 'aad-p3' };
const CHANNEL = '19:meddelelser@thread.tacv2';
let bot: TestBot;

function invoke(verb: string, data: Record<string, unknown>, from = HR, replyToId = 'admin-card-1') {
  return bot.invoke({
    ...personalMessage({ text: '', user: from, serviceUrl: bot.connector.serviceUrl, conversationId: `a:conv-${from.id}` }),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

async function say(text: string, from = HR) {
  bot.connector.reset();
  await bot.post(personalMessage({ text, user: from, serviceUrl: bot.connector.serviceUrl, conversationId: `a:conv-${from.id}` }));
  return bot.connector.sent(`a:conv-${from.id}`)[0]?.activity;
}

beforeEach(async () => {
  bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { admins: ['aad-hr'] } });
  await bot.store.linkParticipant('p4', 'aad-p4');
  for (const pid of ['p1', 'p2', 'p3', 'p4']) await installFor(bot, pid, 't');
  bot.connector.setTeamChannels('19:general-channel@thread.tacv2', [{ id: '19:general-channel@thread.tacv2' }, { id: CHANNEL, name: 'Meddelelser' }]);
  await bot.post(event('team-bot-added', bot.connector.serviceUrl));
  bot.connector.reset();
});
afterEach(() => bot.close());

it('When HR composes, previews and sends to level 3 and one channel, then each level-3 leader and the channel get exactly one card and the status card ends at the right counts', async () => {
  const compose = await say('ny meddelelse');
  const composeCard = compose.attachments[0].content;
  const choices = composeCard.body.find((e: any) => e.id === 'audience').choices.map((c: any) => c.value);
  expect(choices).toEqual(expect.arrayContaining(['everyone', 'level:3', 'group:g1', 'elective:e1', `channel:${CHANNEL}`]));

  const preview = await invoke('announcementPreview', {
    title: 'Husk fællessamlingen',
    text: 'Vi ses på **Rådhuset** kl. 9. ${ikke en skabelon}',
    linkUrl: 'https://intra.kommune.example/lederudvikling',
    linkTitle: 'Læs programmet',
    audience: `level:3,channel:${CHANNEL}`,
  });
  const previewText = cardText(preview.body.value);
  expect(previewText).toContain('Husk fællessamlingen');
  expect(previewText).toContain('${ikke en skabelon}');
  expect(previewText).toMatch(/^Til 2 personer og 1 kanal$/m);
  const announcementId = preview.body.value.actions[0].data.announcementId;

  const sent = await invoke('announcementSend', { announcementId });
  expect(cardText(sent.body.value)).toMatch(/Venter\n3/);

  await bot.dispatcher.tick();
  for (const id of ['a:conv-p3', 'a:conv-p4', CHANNEL]) {
    const cards = bot.connector.cards(id);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Husk fællessamlingen');
  }
  expect(bot.connector.cards('a:conv-p1')).toHaveLength(0);
  expect(bot.connector.cards('a:conv-p2')).toHaveLength(0);
  // The admin's status card was updated in place with the final counts.
  const update = bot.connector.updates().at(-1)!;
  expect(update).toMatchObject({ conversationId: 'a:conv-29:hr', activityId: 'admin-card-1' });
  expect(cardText(update.activity.attachments[0].content)).toMatch(/Sendt\n3[\s\S]*Færdig/);
  expect((await bot.store.listAudit()).some((e) => e.action === 'announcement.sent' && e.details.recipients === 3)).toBe(true);

  // "status" shows it again later.
  const status = await say('status');
  expect(cardText(status.attachments[0].content)).toMatch(/Sendt\n3/);
});

it('When a non-admin tries the same, then they are refused politely, nothing is stored or sent, and the attempt is audited', async () => {
  const reply = await say('ny meddelelse', SOFIE);
  expect(reply.text).toContain('Det kan kun programmets administratorer');
  const preview = await invoke('announcementPreview', { title: 'X', text: 'Y', audience: 'everyone' }, SOFIE);
  expect(cardText(preview.body.value)).toContain('Det kan kun programmets administratorer');
  expect(await bot.store.listAnnouncements()).toHaveLength(0);
  bot.connector.reset();
  await bot.dispatcher.tick();
  expect(bot.connector.cards()).toHaveLength(0);
  expect((await bot.store.listAudit()).filter((e) => e.action === 'admin.refused')).toHaveLength(2);
});

it('When a non-admin replays HR\'s Send action, then nothing is sent', async () => {
  const preview = await invoke('announcementPreview', { title: 'T', text: 'x', audience: 'everyone' });
  const announcementId = preview.body.value.actions[0].data.announcementId;
  await invoke('announcementSend', { announcementId }, SOFIE);
  expect((await bot.store.findAnnouncement(announcementId))?.status).toBe('draft');
  expect(await bot.store.listDeliveries({ kinds: ['announcement'] })).toHaveLength(0);
});

it('When the compose form is tampered with, then a clear error comes back and nothing is stored', async () => {
  const bad = await invoke('announcementPreview', { title: 'T', text: 'x', audience: 'level:9' });
  expect(cardText(bad.body.value)).toContain('Meddelelsen kan ikke sendes endnu. Kortet sendte noget, jeg ikke kunne læse.');
  const noLink = await invoke('announcementPreview', { title: 'T', text: 'x', audience: 'everyone', linkUrl: 'javascript:alert(1)' });
  expect(cardText(noLink.body.value)).toContain('Meddelelsen kan ikke sendes');
  expect(await bot.store.listAnnouncements()).toHaveLength(0);
});

it('When a channel is renamed, then the bot follows it', async () => {
  await bot.post({
    ...event('team-bot-added', bot.connector.serviceUrl),
    membersAdded: undefined,
    channelData: { eventType: 'channelRenamed', channel: { id: CHANNEL, name: 'Nyheder' }, team: { id: '19:general-channel@thread.tacv2' }, tenant: { id: 't' } },
  });
  expect((await bot.store.findConversation(CHANNEL))?.name).toBe('Nyheder');
});
