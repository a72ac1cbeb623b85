/**
 * Production safety at the HTTP edge: authentication with real Bot Framework token validation
 * (against a local token issuer), tenant isolation, the per-user flood guard, readiness.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { personalMessage } from '../helpers/activities';
import { destroyPartialRequests, postPartially } from '../helpers/partial-request';
import { startTokenIssuer as startIssuer, TOKEN_ISSUER as ISSUER } from '../helpers/token-issuer';
import { cardText, smallProgramme } from '../helpers/programmes';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';

const NOW = new Date('2027-01-11T08:00:00Z');
const APP_ID = '11111111-2222-4333-8444-555555555555';
const SOFIE = { id: '29:sofie', name: 'Sofie', aadObjectId: 'aad-p3' };

describe('When Bot Framework credentials are configured', () => {
  let issuer: Awaited<ReturnType<typeof startIssuer>>;
  let bot: TestBot;
  beforeAll(async () => {
    issuer = await startIssuer();
    bot = await startTestBot({
      programme: smallProgramme(),
      now: NOW,
      config: { bot: { appId: APP_ID, appPassword: 'not-used-here', appType: 'MultiTenant', openIdMetadataUrl: issuer.url, tokenIssuer: ISSUER } },
    });
  });
  afterEach(destroyPartialRequests);
  afterAll(async () => {
    await bot.close();
    await issuer.close();
  });

  const post = (token?: string) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl })),
    });
  const claims = (overrides: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: ISSUER, aud: APP_ID, nbf: now - 60, exp: now + 600, serviceurl: bot.connector.serviceUrl, jti: randomUUID(), ...overrides };
  };

  it('When a request carries no token, then it is rejected with 401 and nothing is processed', async () => {
    const res = await post();
    expect(res.status).toBe(401);
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('When a request without a token is still sending its body, then the 401 comes before the body is read', async () => {
    // The headers promise 200 kB; only the first byte is ever sent.
    expect(await postPartially(`${bot.url}/api/messages`, { 'content-type': 'application/json', 'content-length': '200000' }, '{')).toBe(401);
  });

  it('When a token is signed with a key the issuer never published, then it is rejected with 401', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect((await post(issuer.sign(claims(), privateKey))).status).toBe(401);
    expect((await post(issuer.sign(claims(), privateKey, 'unknown-kid'))).status).toBe(401);
  });

  it('When a properly signed token is for another bot or has expired, then it is rejected with 401', async () => {
    expect((await post(issuer.sign(claims({ aud: '99999999-2222-4333-8444-555555555555' })))).status).toBe(401);
    expect((await post(issuer.sign(claims({ exp: Math.floor(Date.now() / 1000) - 3600 })))).status).toBe(401);
  });

  it('When the token is valid, then authentication passes (the request is not refused as unauthorised)', async () => {
    const res = await post(issuer.sign(claims()));
    expect(res.status).not.toBe(401);
  });
});

describe('When the bot serves one tenant', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { security: { allowedTenants: ['11111111-1111-4111-8111-111111111111'] } } });
  });
  afterAll(() => bot.close());

  it('When an activity comes from another tenant, then it gets no reply and is refused', async () => {
    const activity = personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl });
    activity.channelData.tenant.id = 'other-tenant';
    activity.conversation.tenantId = 'other-tenant';
    expect(await bot.post(activity)).toBe(403);
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('When an activity comes from the configured tenant, then it is answered', async () => {
    expect(await bot.post(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl }))).toBe(200);
    expect(bot.connector.sent()).toHaveLength(1);
  });
});

describe('When a user floods the bot', () => {
  it('When someone sends more than the limit in a minute, then they get one polite "slow down" and the rest is dropped', async () => {
    const bot = await startTestBot({ programme: smallProgramme(), now: NOW, config: { security: { messagesPerMinutePerUser: 5 } } });
    try {
      for (let i = 0; i < 12; i++) await bot.post(personalMessage({ text: 'hjælp', user: SOFIE, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:flood' }));
      const sent = bot.connector.sent('a:flood');
      expect(sent).toHaveLength(6);
      expect(sent.filter((s) => s.activity.text?.includes('Du skriver hurtigere'))).toHaveLength(1);
      expect(sent.filter((s) => s.activity.attachments && cardText(s.activity.attachments[0].content).includes('Det kan jeg hjælpe med'))).toHaveLength(5);
    } finally {
      await bot.close();
    }
  });
});

it('When the platform asks /readyz, then a running bot is ready', async () => {
  const bot = await startTestBot({ programme: smallProgramme(), now: NOW });
  try {
    const res = await fetch(`${bot.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  } finally {
    await bot.close();
  }
});

it('When requests are served, then each gets one JSON access-log line with a request id, and no names or e-mails are logged', async () => {
  const logLines: string[] = [];
  const bot = await startTestBot({ programme: smallProgramme(), now: NOW, logLines });
  try {
    bot.connector.addMember({ id: '29:jonas', name: 'Jonas Østergaard', aadObjectId: 'aad-jonas', email: 'jonas.oestergaard@kommune.example' });
    await bot.post(personalMessage({ text: 'hvornår er mit næste modul?', user: { id: '29:jonas', name: 'Jonas Østergaard', aadObjectId: 'aad-jonas' }, serviceUrl: bot.connector.serviceUrl }));
    const entries = logLines.map((l) => JSON.parse(l));
    const access = entries.filter((e) => e.msg === 'request' && e.path === '/api/messages');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ method: 'POST', status: 200, reqId: expect.any(String) });
    const all = logLines.join('\n');
    expect(all).not.toContain('Jonas');
    expect(all).not.toContain('oestergaard@');
    expect(all).not.toContain('næste modul');
  } finally {
    await bot.close();
  }
});
