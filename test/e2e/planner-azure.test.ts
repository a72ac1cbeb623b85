/**
 * The optional AI planner on Azure OpenAI, end to end over real HTTPS: the bot as `npm start` runs
 * it (its own process, the demo programme) is configured with AZURE_OPENAI_* for a fake Azure
 * OpenAI resource on loopback whose certificate the test makes and the process trusts through
 * NODE_EXTRA_CA_CERTS. Azure endpoints are HTTPS only and teams-ai refuses plain HTTP for them, so
 * this is the path an operator's configuration takes. Nothing leaves the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personalMessage } from '../helpers/activities';
import { endpointOf, startBotProcess, stopBotProcess, type BotProcess } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';
import { FakeOpenAI } from '../helpers/fake-openai';
import { cardText } from '../helpers/programmes';

const DEPLOYMENT = 'programme-bot-gpt-4o';
const API_VERSION = '2024-10-21';
const FREE_QUESTION = 'kan jeg tage min kollega med til fællessamlingen?';
const ANSWER = 'Det står der ikke noget om i programmet. Spørg HR – Lederudvikling.';
// The demo programme's leader Sofie Nørgaard (level 3), as the Playground and Teams send her.
const SOFIE = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };

let azure: FakeOpenAI;
let connector: FakeConnector;
// The bot starts as its own process, which takes a while on a busy machine.
jest.setTimeout(180_000);

const dirs: string[] = [];
beforeAll(async () => {
  azure = await FakeOpenAI.start('azure-test-key', { https: true });
  connector = await FakeConnector.start();
});
afterAll(async () => {
  await azure.close();
  await connector.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  azure.reset();
  connector.reset();
});

/** The bot's process on a fresh demo store, with the planner on Azure OpenAI; `trust` decides whether it trusts the fake's certificate. */
function startAzureBot(trust: boolean): BotProcess {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-azure-'));
  dirs.push(dir);
  return startBotProcess({
    DATA_FILE: path.join(dir, 'store.json'),
    AZURE_OPENAI_ENDPOINT: azure.origin,
    AZURE_OPENAI_API_KEY: azure.apiKey,
    AZURE_OPENAI_DEPLOYMENT: DEPLOYMENT,
    AZURE_OPENAI_API_VERSION: API_VERSION,
    // Only Azure: an OpenAI key in the surrounding environment would be a second, refused configuration.
    OPENAI_API_KEY: undefined,
    SECRET_OPENAI_API_KEY: undefined,
    OPENAI_BASE_URL: undefined,
    NODE_EXTRA_CA_CERTS: trust ? azure.certFile : undefined,
  });
}

async function ask(bot: BotProcess, text: string): Promise<string> {
  const endpoint = await endpointOf(bot, 150_000);
  connector.reset();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage({ text, user: SOFIE, locale: 'da-DK', serviceUrl: connector.serviceUrl })),
  });
  expect(res.status).toBe(200);
  const cards = connector.cards();
  expect(cards).toHaveLength(1);
  // The model's words are Markdown-escaped in the card; Teams drops the escapes.
  return cardText(cards[0]).replace(/\\(.)/g, '$1');
}

describe('When the planner is configured for Azure OpenAI and the endpoint is trusted', () => {
  let bot: BotProcess;
  beforeAll(() => {
    bot = startAzureBot(true);
  });
  afterAll(() => stopBotProcess(bot));

  it('When a leader asks a free question, then the bot calls the configured deployment over HTTPS with its key, runs the read-only action asked for and shows the answer', async () => {
    azure.script = (_request, index) => (index === 0 ? { call: 'nextSession' } : { say: ANSWER });
    const text = await ask(bot, FREE_QUESTION);
    expect(text).toContain('Svar ud fra dit program');
    expect(text).toContain(ANSWER);
    expect(text).toContain('Svaret er skrevet af AI');
    expect(azure.requests).toHaveLength(2);
    for (const request of azure.requests) {
      expect(request.path).toBe(`/openai/deployments/${DEPLOYMENT}/chat/completions`);
      expect(request.query['api-version']).toBe(API_VERSION);
      expect(request.headers['api-key']).toBe(azure.apiKey);
      expect(request.headers.authorization).toBeUndefined();
    }
    expect(JSON.stringify(azure.requests[0].body)).toContain(FREE_QUESTION);
    // The second request carries the result of the action the model called.
    const toolMessage = azure.requests[1].body.messages.find((m) => m.role === 'tool');
    expect(String(toolMessage?.content)).not.toBe('');
  });

  it('When the deployment answers with an error, then the leader gets the fallback and no retry is made', async () => {
    azure.script = () => ({ status: 500, message: 'The server had an error while processing your request.' });
    expect(await ask(bot, FREE_QUESTION)).toContain('Det forstod jeg ikke helt');
    expect(azure.requests).toHaveLength(1);
  });

  it('When a question the matcher understands is asked, then the deployment is not called', async () => {
    expect(await ask(bot, 'hvornår er mit næste modul?')).toContain('Dit næste modul');
    expect(azure.requests).toHaveLength(0);
  });
});

describe('When the endpoint\'s certificate is not trusted', () => {
  it('When a leader asks a free question, then the TLS handshake fails, nothing reaches the endpoint and the leader gets the fallback', async () => {
    const bot = startAzureBot(false);
    try {
      expect(await ask(bot, FREE_QUESTION)).toContain('Det forstod jeg ikke helt');
      expect(azure.requests).toHaveLength(0);
    } finally {
      await stopBotProcess(bot);
    }
  });
});
