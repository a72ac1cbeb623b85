/**
 * A store write that fails (here: the disk is full, see test/helpers/full-disk.ts) fails only the
 * request that needed it: the user is told in their language, a line is logged, memory and file
 * keep agreeing, /readyz says "not ready" until writing works again, and the bot recovers by
 * itself. Over real HTTP with a real store file, and on the real process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { event, personalMessage } from '../helpers/activities';
import { endpointOf, startBotProcess, stopBotProcess } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';
import { fillDisk, freeDisk } from '../helpers/full-disk';
import { cardText, smallProgramme } from '../helpers/programmes';
import { cardAction, SOFIE } from '../helpers/self-service';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

const NOW = new Date('2027-03-05T13:00:00Z'); // Sofie's reflection prompt for module 3 is due
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-store-failure-'));
});
afterEach(() => {
  freeDisk(path.join(dir, 'store.json'));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('When the disk is full while the bot runs', () => {
  let bot: TestBot;
  let dataFile: string;
  const logLines: string[] = [];
  const stored = () => JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  const ready = async () => (await fetch(`${bot.url}/readyz`)).status;

  beforeEach(async () => {
    dataFile = path.join(dir, 'store.json');
    const store = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()) });
    bot = await startTestBot({ programme: smallProgramme(), now: NOW, store, logLines });
    await bot.post(event('personal-bot-added', bot.connector.serviceUrl, { from: { id: SOFIE.id, aadObjectId: SOFIE.aadObjectId }, conversation: { conversationType: 'personal', tenantId: 'tenant', id: 'a:conv-p3' } }));
    await bot.dispatcher.tick();
  });
  afterEach(async () => {
    freeDisk(dataFile);
    await bot.close();
    await bot.store.close();
  });

  it('When Sofie submits her check-in, then she is told it was not saved, nothing is stored anywhere, and /readyz says not ready', async () => {
    await fillDisk(dataFile);
    const { status, body } = await bot.invoke(cardAction(bot, 'checkIn', { promptKey: 'reflection:s3a:p3', rating: '4', reflection: 'Trioerne virker' }, SOFIE));
    expect(status).toBe(200);
    expect(cardText(body.value)).toContain('Jeg kunne ikke gemme det lige nu');
    expect(await bot.store.listCheckIns()).toEqual([]);
    expect(stored().checkIns).toEqual([]);
    expect(logLines.map((l) => JSON.parse(l)).some((e) => e.code === 'STORE_WRITE_FAILED' && e.msg === 'turn failed')).toBe(true);
    expect(await ready()).toBe(503);
  });

  it('When a leader writes a command in English, then the answer says so in English', async () => {
    await fillDisk(dataFile);
    const mette = { id: '29:p1', name: 'Mette Holm', aadObjectId: 'aad-p1' };
    expect(await bot.post(personalMessage({ text: 'pause reminders', user: mette, locale: 'en-US', serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p1' }))).toBe(200);
    expect(bot.connector.sent('a:conv-p1').map((s) => s.activity.text)).toEqual([expect.stringContaining('I could not save that just now')]);
    expect(await bot.store.pausedParticipants()).toEqual(new Set());
  });

  it('When a leader asks a question for the first time, then the answer does not wait for her reply address to be stored', async () => {
    await fillDisk(dataFile);
    const mette = { id: '29:p1', name: 'Mette Holm', aadObjectId: 'aad-p1' };
    await bot.post(personalMessage({ text: 'hvornår er mit næste modul?', user: mette, serviceUrl: bot.connector.serviceUrl, conversationId: 'a:conv-p1' }));
    expect(cardText(bot.connector.cards('a:conv-p1')[0])).toContain('Dit næste modul');
    expect(await bot.store.findConversation('a:conv-p1')).toBeUndefined();
  });

  it('When the disk has space again, then /readyz recovers by itself and the same check-in is saved', async () => {
    await fillDisk(dataFile);
    const submit = () => bot.invoke(cardAction(bot, 'checkIn', { promptKey: 'reflection:s3a:p3', rating: '4', reflection: 'Trioerne virker' }, SOFIE));
    await submit();
    expect(await ready()).toBe(503);
    freeDisk(dataFile);
    expect(await ready()).toBe(200);
    const { body } = await submit();
    expect(cardText(body.value)).toContain('Tak for din refleksion');
    expect(stored().checkIns).toEqual([expect.objectContaining({ promptKey: 'reflection:s3a:p3', rating: 4 })]);
  });
});

it('When the disk fills up under the running process, then it keeps running, answers clearly, reports not ready, and recovers once there is space', async () => {
  const dataFile = path.join(dir, 'store.json');
  const connector = await FakeConnector.start();
  const bot = startBotProcess({ DATA_FILE: dataFile });
  try {
    const endpoint = await endpointOf(bot);
    const base = new URL(endpoint).origin;
    const sofie = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };
    const say = async (text: string) => {
      connector.reset();
      const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage({ text, user: sofie, serviceUrl: connector.serviceUrl })) });
      expect(res.status).toBe(200);
      return connector.sent().map((s) => s.activity.text ?? cardText(s.activity.attachments[0].content)).join('\n');
    };

    await fillDisk(dataFile);
    expect(await say('stop påmindelser')).toContain('Jeg kunne ikke gemme det lige nu');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect(JSON.parse(fs.readFileSync(dataFile, 'utf8')).preferences).toEqual([]);

    freeDisk(dataFile);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await say('stop påmindelser')).toContain('sat på pause');
    expect(bot.child.exitCode).toBeNull();
  } finally {
    freeDisk(dataFile);
    await stopBotProcess(bot);
    await connector.close();
  }
});
