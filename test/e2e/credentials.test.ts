/**
 * How the bot decides between authenticated and anonymous at start-up, tested on the real process
 * the way operators deploy it: with the variable names Teams Toolkit's App Service settings and the
 * botbuilder samples use, and without NODE_ENV (App Service does not set it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personalMessage } from '../helpers/activities';
import { endpointOf, startBotProcess, stopBotProcess, type BotProcess } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';

const APP_ID = '5a1c0d2e-8f3b-4c6d-9e7f-0a1b2c3d4e5f';
const TENANT = '11111111-1111-4111-8111-111111111111';
const SOFIE = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };

let dir: string;
let connector: FakeConnector;
let bot: BotProcess | undefined;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-credentials-'));
  connector = await FakeConnector.start();
});
afterEach(async () => {
  if (bot) await stopBotProcess(bot);
  bot = undefined;
  await connector.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts the bot with only these identity variables (plus the committed env/.env.local) and no NODE_ENV. */
function start(identity: Record<string, string>): BotProcess {
  bot = startBotProcess({ DATA_FILE: path.join(dir, 'store.json'), NODE_ENV: undefined, ...identity });
  return bot;
}

/** An unsigned message, as anyone who can reach the endpoint could send it. */
async function postUnsigned(endpoint: string): Promise<number> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage({ text: 'mine data', user: SOFIE, serviceUrl: connector.serviceUrl })),
  });
  await res.text();
  return res.status;
}

describe('When the bot is deployed with credentials', () => {
  it('When BOT_ID, BOT_PASSWORD and BOT_TENANT_ID are set (Teams Toolkit\'s App Service names), then an unsigned request gets 401 and nothing is sent', async () => {
    const endpoint = await endpointOf(start({ BOT_ID: APP_ID, BOT_PASSWORD: 'client-secret', BOT_TENANT_ID: TENANT }));
    expect(await postUnsigned(endpoint)).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });

  it('When MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId are set (the botbuilder samples\' names), then an unsigned request gets 401', async () => {
    const endpoint = await endpointOf(
      start({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'client-secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }),
    );
    expect(await postUnsigned(endpoint)).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });

  it('When one setting has two different values under two names, then start-up fails naming both variables and neither value', async () => {
    const started = start({ BOT_ID: APP_ID, BOT_TENANT_ID: TENANT, SECRET_BOT_PASSWORD: 'first-secret', MicrosoftAppPassword: 'second-secret' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/CONFIG_CONFLICT.*SECRET_BOT_PASSWORD.*MicrosoftAppPassword/);
    expect(started.output()).not.toContain('first-secret');
    expect(started.output()).not.toContain('second-secret');
    expect(fs.existsSync(path.join(dir, 'store.json'))).toBe(false);
  });

  it('When a real app id is set without any credential, then start-up fails and says which variable is missing, whatever NODE_ENV says', async () => {
    bot = startBotProcess({ DATA_FILE: path.join(dir, 'store.json'), NODE_ENV: 'development', BOT_ID: APP_ID });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain('SECRET_BOT_PASSWORD');
    expect(bot.output()).toContain('BOT_PASSWORD');
    expect(bot.output()).toContain('MicrosoftAppPassword');
    expect(bot.output()).toContain('UserAssignedMSI');
  });

  it('When a client secret is set for a single-tenant bot without its tenant, then start-up fails naming BOT_TENANT_ID', async () => {
    const started = start({ BOT_ID: APP_ID, BOT_PASSWORD: 'client-secret' });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/BOT_TENANT_ID.*MicrosoftAppTenantId/);
  });
});

describe('When the bot runs without credentials', () => {
  it('When NODE_ENV is production but nothing else is configured, then NODE_ENV does not decide: it runs as local development with the committed placeholder id', async () => {
    bot = startBotProcess({ DATA_FILE: path.join(dir, 'store.json'), NODE_ENV: 'production' });
    const endpoint = await endpointOf(bot);
    expect(await postUnsigned(endpoint)).toBe(200);
    expect(bot.output()).toContain('no credentials: accepting unauthenticated requests from loopback service URLs only');
  });

  it('When ALLOW_ANONYMOUS=true is set with a real app id and no credential, then it runs anonymously and says so at error level', async () => {
    const endpoint = await endpointOf(start({ BOT_ID: APP_ID, ALLOW_ANONYMOUS: 'true' }));
    expect(await postUnsigned(endpoint)).toBe(200);
    const warning = bot!
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .find((e) => e.msg?.includes('ALLOW_ANONYMOUS=true'));
    expect(warning?.level).toBe(50);
  });
});
