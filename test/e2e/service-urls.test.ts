/**
 * Where the bot writes back to: only service URLs on the allow-list (loopback when anonymous, the
 * Teams service hosts when authenticated). An activity pointing anywhere else is refused before it
 * is processed, so it can neither rewrite a leader's stored reply address nor make the bot connect
 * out. Replayed activities are answered without being processed again.
 */
import { randomUUID } from 'node:crypto';
import { personalMessage } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { cardText, smallProgramme } from '../helpers/programmes';
import { SOFIE, cardAction } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { startTokenIssuer, TOKEN_ISSUER, type TokenIssuer } from '../helpers/token-issuer';

const NOW = new Date('2027-03-05T13:00:00Z');
const APP_ID = '11111111-2222-4333-8444-555555555555';

describe('When the bot runs anonymously (local development)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  });
  afterEach(() => bot.close());

  it("When a message claims Sofie's identity with a serviceUrl that is not loopback, then it is refused and her stored reply address stays", async () => {
    await bot.post(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }));
    const before = await bot.store.findPersonalConversation('p3');
    expect(before?.reference.serviceUrl).toBe(bot.connector.serviceUrl);

    // 192.0.2.1 is a documentation address: nothing answers there.
    const forged = personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: 'http://192.0.2.1/', conversationId: 'a:attacker' });
    const { status, body } = await bot.invoke(forged);
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: 'SERVICE_URL_NOT_ALLOWED' } });
    expect(await bot.store.findPersonalConversation('p3')).toEqual(before);
    expect(await bot.store.findConversation('a:attacker')).toBeUndefined();
  });

  it('When the serviceUrl only looks like loopback (a user name, another host), then it is refused too', async () => {
    for (const serviceUrl of ['http://127.0.0.1@192.0.2.1/', 'http://localhost.example.com/', 'http://192.0.2.1/?127.0.0.1']) {
      expect(await bot.post(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl }))).toBe(403);
    }
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('When the same message arrives twice (same conversation and activity id), then it is answered once', async () => {
    const message = personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' });
    expect(await bot.post(message)).toBe(200);
    expect(await bot.post(message)).toBe(200);
    expect(bot.connector.sent('a:conv-p3')).toHaveLength(1);
  });

  it('When a card action is replayed, then it is not processed again and the first answer is given again', async () => {
    const logLines: string[] = [];
    const logged = await startTestBot({ programme: smallProgramme(), now: NOW, logLines });
    try {
      const absent = cardAction(logged, 'absenceChoice', { forParticipant: 'p3', sessionId: 's4', mode: 'record', reason: '' }, SOFIE);
      const first = await logged.invoke(absent);
      expect(cardText(first.body.value)).toContain('Du har meldt afbud');
      // Sofie changes her mind in between; a replay of the first action must not undo that.
      await logged.invoke(cardAction(logged, 'absenceChoice', { forParticipant: 'p3', sessionId: 's4', mode: 'withdraw', reason: '' }, SOFIE));
      const replayed = await logged.invoke(absent);
      expect(replayed).toEqual(first);
      expect(await logged.store.listAbsences({ participantId: 'p3' })).toEqual([]);
      expect(logLines.filter((l) => l.includes('"msg":"absence registered"'))).toHaveLength(1);
      expect(logLines.some((l) => l.includes('replayed activity answered without processing'))).toBe(true);
    } finally {
      await logged.close();
    }
  });

  it('When a reply address stored before the allow-list existed points elsewhere, then nothing is sent there and the delivery fails at once', async () => {
    // A store written by an older version, after the attack this check prevents.
    await bot.store.saveConversation({
      id: 'a:poisoned',
      scope: 'personal',
      participantId: 'p3',
      reference: { serviceUrl: 'http://192.0.2.1/', conversation: { id: 'a:poisoned', conversationType: 'personal' }, channelId: 'msteams', bot: { id: '28:bot' }, user: { id: '29:p3' } },
      active: true,
      updatedAt: NOW.toISOString(),
    });
    const report = await bot.dispatcher.tick();
    expect(report.sent).toBe(0);
    const prompt = await bot.store.findDelivery('reflection:s3a:p3');
    expect(prompt).toMatchObject({ status: 'failed', attempts: 1 });
    expect(prompt?.reason).toContain('InvalidReference');
  });

  it('When two activities share an id but come from different conversations, then both are processed', async () => {
    const first = personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' });
    const second = { ...first, conversation: { ...first.conversation, id: 'a:other' } };
    await bot.post(first);
    await bot.post(second);
    expect(bot.connector.sent()).toHaveLength(2);
  });
});

describe('When the bot has credentials and an allow-list', () => {
  let issuer: TokenIssuer;
  let bot: TestBot;
  let elsewhere: FakeConnector;
  beforeAll(async () => {
    issuer = await startTokenIssuer();
    elsewhere = await FakeConnector.start();
    const connector = await FakeConnector.start();
    bot = await startTestBot({
      programme: smallProgramme(),
      now: NOW,
      connector,
      config: {
        bot: { appId: APP_ID, appPassword: 'not-used-here', appType: 'MultiTenant', openIdMetadataUrl: issuer.url, tokenIssuer: TOKEN_ISSUER },
        security: { serviceUrls: [connector.serviceUrl] },
      },
    });
  });
  afterAll(async () => {
    await bot.close();
    await elsewhere.close();
    await issuer.close();
  });

  /** POSTs with a properly signed token whose serviceurl claim matches the activity, as Bot Framework signs them. */
  const postSigned = async (activity: any) => {
    const now = Math.floor(Date.now() / 1000);
    const token = issuer.sign({ iss: TOKEN_ISSUER, aud: APP_ID, nbf: now - 60, exp: now + 600, serviceurl: activity.serviceUrl, jti: randomUUID() });
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(activity) });
    await res.text();
    return res.status;
  };

  it('When a signed activity names a service URL that is not on the allow-list, then it is refused and nothing goes there', async () => {
    expect(await postSigned(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p3' }))).toBe(200);
    expect(await postSigned(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: elsewhere.serviceUrl, conversationId: 'a:conv-p3' }))).toBe(403);
    expect(elsewhere.requests).toHaveLength(0);
    expect((await bot.store.findConversation('a:conv-p3'))?.reference.serviceUrl).toBe(bot.connector.serviceUrl);
  });
});
