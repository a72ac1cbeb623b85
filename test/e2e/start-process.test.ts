/**
 * The bot as `npm start` runs it: the compiled composition root (`dist/src/index.js`, built by the
 * jest global set-up) in its own process, on the embedded default (a new lowdb file seeded with
 * the demo programme), no credentials.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { personalMessage } from '../helpers/activities';
import { startBotProcess as startProcess, endpointOf } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';
import { cardText } from '../helpers/programmes';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-process-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('When the bot starts on a fresh machine, then it creates the demo store and answers a demo leader in Danish and English', async () => {
  const dataFile = path.join(dir, 'data', 'store.json');
  const connector = await FakeConnector.start();
  const bot = startProcess({ DATA_FILE: dataFile });
  try {
    const endpoint = await endpointOf(bot);
    const store = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    expect(store.programme.participants.length).toBeGreaterThanOrEqual(190);
    const sofie = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };
    const places = new Set<string>(store.programme.sessions.map((s: any) => s.place.name));

    const ask = async (text: string, locale: string) => {
      connector.reset();
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage({ text, user: sofie, locale, serviceUrl: connector.serviceUrl })),
      });
      expect(res.status).toBe(200);
      return cardText(connector.cards()[0]);
    };

    const da = await ask('hvornår er mit næste modul?', 'da-DK');
    expect(da).toContain('Dit næste modul');
    expect(da).toMatch(/(mandag|tirsdag|onsdag|torsdag|fredag) den \d{1,2}\. [a-zæøå]+( \d{4})? kl\. \d\d\.\d\d–\d\d\.\d\d/);
    expect([...places].some((p) => da.includes(p))).toBe(true);

    const en = await ask('when is my next module?', 'en-US');
    expect(en).toContain('Your next module');
    expect(en).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} [A-Z][a-z]+( \d{4})?, \d\d:\d\d–\d\d:\d\d/);
    // Node prints deprecation and experimental warnings to stderr (restify 11 printed DEP0111).
    expect(bot.output()).not.toMatch(/DeprecationWarning|ExperimentalWarning|\(node:\d+\)/);
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await connector.close();
  }
});

it('When the platform sends SIGTERM, then the bot stops taking work, flushes the store, writes a backup, releases the store and exits 0', async () => {
  const dataFile = path.join(dir, 'store.json');
  const backups = path.join(dir, 'backups');
  const bot = startProcess({ DATA_FILE: dataFile, BACKUP_DIR: backups });
  await endpointOf(bot);
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(bot.output()).toContain('"msg":"stopped"');
  const files = fs.readdirSync(backups);
  expect(files).toHaveLength(1);
  expect(JSON.parse(fs.readFileSync(path.join(backups, files[0]), 'utf8')).schemaVersion).toBe(1);
  expect(fs.existsSync(`${dataFile}.lock`)).toBe(false);
});

it('When the store file is corrupt, then the bot refuses to start, says why, and leaves the file untouched', async () => {
  const dataFile = path.join(dir, 'store.json');
  fs.writeFileSync(dataFile, '{ "schemaVersion": 1, "programme": ');
  const bot = startProcess({ DATA_FILE: dataFile });
  const code = await bot.exited;
  expect(code).toBe(1);
  expect(bot.output()).toContain('STORE_UNREADABLE');
  expect(bot.output()).toContain(dataFile);
  expect(fs.readFileSync(dataFile, 'utf8')).toBe('{ "schemaVersion": 1, "programme": ');
});

it('When no SECRET_LINK_KEY is set, then a key is generated once and kept beside the store (owner-only), so calendar links survive a restart', async () => {
  const dataFile = path.join(dir, 'store.json');
  const connector = await FakeConnector.start();
  const sofie = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };
  const calendarLink = async (endpoint: string) => {
    connector.reset();
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage({ text: 'kalender', user: sofie, serviceUrl: connector.serviceUrl })),
    });
    expect(res.status).toBe(200);
    return connector.cards()[0].actions.find((a: any) => a.type === 'Action.OpenUrl').url as string;
  };
  try {
    const first = startProcess({ DATA_FILE: dataFile, SECRET_LINK_KEY: undefined });
    const link = await calendarLink(await endpointOf(first));
    first.child.kill('SIGTERM');
    await first.exited;
    const keyFile = `${dataFile}.link-key`;
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const second = startProcess({ DATA_FILE: dataFile, SECRET_LINK_KEY: undefined });
    try {
      const endpoint = await endpointOf(second);
      // The link names the configured public URL; the path is what carries the signature.
      const res = await fetch(new URL(new URL(link).pathname + new URL(link).search, endpoint));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  } finally {
    await connector.close();
  }
});

it('When the link key file is there but damaged, then the bot refuses to start and leaves it as it was', async () => {
  const dataFile = path.join(dir, 'store.json');
  fs.writeFileSync(`${dataFile}.link-key`, 'short\n');
  const bot = startProcess({ DATA_FILE: dataFile, SECRET_LINK_KEY: undefined });
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toContain('LINK_KEY_UNREADABLE');
  expect(fs.readFileSync(`${dataFile}.link-key`, 'utf8')).toBe('short\n');
});
