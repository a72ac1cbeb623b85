/**
 * Request bodies on /api/messages are bounded after decompression, and with credentials the token
 * is checked before the body is read. Tested on the real process, whose peak memory is read from
 * the kernel (/proc/<pid>/status, VmHWM), and over real HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { personalMessage } from '../helpers/activities';
import { destroyPartialRequests, postPartially } from '../helpers/partial-request';
import { endpointOf, startBotProcess, stopBotProcess, type BotProcess } from '../helpers/bot-process';
import { smallProgramme } from '../helpers/programmes';
import { startTestBot } from '../helpers/start-test-bot';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

const INFLATED_BYTES = 100 * 1024 * 1024;

/** 100 MB of JSON-looking text, gzip-compressed to about 100 KB: well under the 256 KB body limit. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const block = Buffer.alloc(1024 * 1024, 'a');
  gzip.write('{"type":"message","text":"');
  for (let written = 0; written < INFLATED_BYTES; written += block.length) gzip.write(block);
  gzip.end('"}');
  await new Promise<void>((resolve) => gzip.on('end', resolve));
  return Buffer.concat(chunks);
}

/** The process's peak resident memory so far, in bytes, as the kernel counts it. */
function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

async function postBomb(endpoint: string, bomb: Buffer, encoding = 'gzip'): Promise<number> {
  const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: bomb });
  await res.text();
  return res.status;
}

let dir: string;
let bot: BotProcess | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-bodies-'));
});
afterEach(async () => {
  if (bot) await stopBotProcess(bot);
  bot = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('When a compressed body inflates far beyond the limit', () => {
  it('When the bot runs anonymously, then eight such bodies at once get 413 and the process stays within 64 MB of where it was', async () => {
    const bomb = await gzipBomb();
    expect(bomb.length).toBeLessThan(256 * 1024);
    bot = startBotProcess({ DATA_FILE: path.join(dir, 'store.json') });
    const endpoint = await endpointOf(bot);
    const before = peakRss(bot.child.pid!);
    const statuses = await Promise.all(Array.from({ length: 8 }, () => postBomb(endpoint, bomb)));
    expect(statuses).toEqual(Array(8).fill(413));
    expect(peakRss(bot.child.pid!) - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('When the bot has credentials, then an unsigned compressed body gets 401 without being inflated', async () => {
    const bomb = await gzipBomb();
    bot = startBotProcess({
      DATA_FILE: path.join(dir, 'store.json'),
      BOT_ID: '5a1c0d2e-8f3b-4c6d-9e7f-0a1b2c3d4e5f',
      BOT_PASSWORD: 'client-secret',
      BOT_TENANT_ID: '11111111-1111-4111-8111-111111111111',
    });
    const endpoint = await endpointOf(bot);
    const before = peakRss(bot.child.pid!);
    const statuses = await Promise.all(Array.from({ length: 8 }, () => postBomb(endpoint, bomb)));
    expect(statuses).toEqual(Array(8).fill(401));
    expect(peakRss(bot.child.pid!) - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('When bodies are compressed or encoded', () => {
  it('When an activity is sent gzip- or deflate-compressed, then it is answered like a plain one', async () => {
    const test = await startTestBot({ programme: smallProgramme(), now: new Date('2027-01-11T08:00:00Z') });
    try {
      const user = { id: '29:p1', name: 'Mette', aadObjectId: 'aad-p1' };
      for (const [encoding, compress] of [['gzip', zlib.gzipSync], ['deflate', zlib.deflateSync]] as const) {
        const body = compress(Buffer.from(JSON.stringify(personalMessage({ text: 'hjælp', user, serviceUrl: test.connector.serviceUrl }))));
        const res = await fetch(`${test.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body });
        expect(res.status).toBe(200);
      }
      expect(test.connector.sent()).toHaveLength(2);
    } finally {
      await test.close();
    }
  });

  it('When a body uses an encoding the bot does not read, then it gets 415 with a coded error', async () => {
    const test = await startTestBot({ programme: smallProgramme(), now: new Date('2027-01-11T08:00:00Z') });
    try {
      const res = await fetch(`${test.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'br' }, body: zlib.brotliCompressSync('{}') });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'UNSUPPORTED_ENCODING' } });
    } finally {
      await test.close();
    }
  });

  it('When a plain body says it is larger than the limit, then it is refused with 413 before it is read', async () => {
    const test = await startTestBot({ programme: smallProgramme(), now: new Date('2027-01-11T08:00:00Z') });
    try {
      // Headers promise 10 MB, one byte is sent: the answer must not wait for the rest.
      const status = await postPartially(`${test.url}/api/messages`, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }, '{');
      expect(status).toBe(413);
    } finally {
      destroyPartialRequests();
      await test.close();
    }
  });
});
