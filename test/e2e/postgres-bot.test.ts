/**
 * The bot on PostgreSQL as operators run it: `npm run migrate`, then bot processes (as many as
 * they like) on one database, and the admin CLI writing while they run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { personalMessage } from '../helpers/activities';
import { endpointOf, runCli, startBotProcess, stopBotProcess, type BotProcess } from '../helpers/bot-process';
import { FakeConnector } from '../helpers/fake-connector';
import { cardText } from '../helpers/programmes';
import { createPool } from '../../src/store/postgres/database';
import { migrate, MIGRATIONS_DIR } from '../../src/store/postgres/migrations';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

const SOFIE = { id: '29:sofie', name: 'Sofie Nørgaard', aadObjectId: '00000000-0000-4000-8000-000000000003' };
const NEW_LEADER = { id: '29:new-leader', name: 'Ny Leder', aadObjectId: '00000000-0000-4000-8000-00000000abcd' };

let database: TestDatabase;
let dir: string;
let connector: FakeConnector;
const bots: BotProcess[] = [];
beforeEach(async () => {
  database = await createTestDatabase({ migrated: false });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-pg-'));
  connector = await FakeConnector.start();
}, 60_000);
afterEach(async () => {
  await Promise.all(bots.splice(0).map(stopBotProcess));
  await connector.close();
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function ask(endpoint: string, user: typeof SOFIE, text: string): Promise<string> {
  connector.reset();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage({ text, user, locale: 'da-DK', serviceUrl: connector.serviceUrl })),
  });
  expect(res.status).toBe(200);
  return cardText(connector.cards()[0]);
}

it('When the database was never migrated, then the bot refuses to start and says to run npm run migrate', async () => {
  const bot = startBotProcess({ DATABASE_URL: database.url });
  bots.push(bot);
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toContain('STORE_SCHEMA_OUTDATED');
  expect(bot.output()).toContain('npm run migrate');
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
  await client.end();
  expect(tables.rows[0].n).toBe(0);
});

it('When the database was migrated by an older version, then the new bot refuses to start, names what is missing, and starts once npm run migrate has run', async () => {
  // What the previous version left: every migration file but the newest.
  const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
  const older = path.join(dir, 'older-migrations');
  fs.mkdirSync(older);
  for (const file of files.slice(0, -1)) fs.copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(older, file));
  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    await migrate(pool, () => undefined, older);
  } finally {
    await pool.end();
  }
  const env = { DATABASE_URL: database.url, DATA_FILE: path.join(dir, 'unused.json') };
  const refused = startBotProcess(env);
  bots.push(refused);
  expect(await refused.exited).toBe(1);
  const newest = files[files.length - 1].replace(/\.sql$/, '');
  expect(refused.output()).toContain('STORE_SCHEMA_OUTDATED');
  expect(refused.output()).toMatch(new RegExp(`older than this version of the bot: 1 migration\\(s\\) not applied \\(${newest}\\)`));
  expect(refused.output()).toContain('npm run migrate');

  expect((await runCli(['migrate'], env)).stdout).toContain(newest);
  const started = startBotProcess(env);
  bots.push(started);
  expect(await ask(await endpointOf(started), SOFIE, 'hvornår er mit næste modul?')).toContain('Dit næste modul');
}, 120_000);

it('When the schema is migrated, then two bot processes share the database, the demo is created once, and the writing commands (import, broadcast, change-session, dispatch) work while they run', async () => {
  const env = { DATABASE_URL: database.url, DATA_FILE: path.join(dir, 'unused.json') };
  const first = await runCli(['migrate'], env);
  expect(first.stdout).toMatch(/\d+ migration\(s\) applied/);
  expect((await runCli(['migrate'], env)).stdout).toContain('up to date');

  bots.push(startBotProcess(env), startBotProcess(env));
  const endpoints = await Promise.all(bots.map((b) => endpointOf(b)));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const participants = (await client.query('SELECT count(*)::int AS n FROM participants')).rows[0].n;
    expect(participants).toBeGreaterThanOrEqual(190);
    expect((await client.query("SELECT count(*)::int AS n FROM participants WHERE document->>'email' = 'sofie.noergaard@kommune.example'")).rows[0].n).toBe(1);
    for (const endpoint of endpoints) expect(await ask(endpoint, SOFIE, 'hvornår er mit næste modul?')).toContain('Dit næste modul');
    expect(fs.existsSync(env.DATA_FILE)).toBe(false);

    // A calendar link one replica signed opens on the other: they share the key through the database.
    await ask(endpoints[0], SOFIE, 'kalender');
    const link = new URL(connector.cards()[0].actions[0].url);
    const download = await fetch(new URL(link.pathname, endpoints[1]));
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('BEGIN:VCALENDAR');
    expect(fs.existsSync(`${env.DATA_FILE}.link-key`)).toBe(false);

    // HR imports a new leader while both replicas run: no lock refuses it, and both know the leader at once.
    const csv = path.join(dir, 'deltagere.csv');
    fs.writeFileSync(
      csv,
      'Navn;E-mail;Niveau;Område;aadObjectId\nSofie Nørgaard;sofie.noergaard@kommune.example;3;Børn og Unge;00000000-0000-4000-8000-000000000003\n' +
        `Ny Leder;ny.leder@kommune.example;3;Kultur;${NEW_LEADER.aadObjectId}\n`,
    );
    const imported = await runCli(['import', 'participants', csv, '--actor', 'hr@kommune.example', '--allow-mass-deactivation'], env);
    expect(imported.stdout).toContain('deltagere.csv: 2 leaders');
    for (const endpoint of endpoints) expect(await ask(endpoint, NEW_LEADER, 'hvornår er mit næste modul?')).toContain('Dit næste modul');

    // The other writing commands work while both replicas run, too.
    const broadcast = await runCli(['broadcast', '--audience', 'level:3', '--title', 'Husk tilmelding', '--text', 'Tilmeld dig valgmodulerne.', '--actor', 'hr@kommune.example'], env);
    expect(broadcast.stdout).toMatch(/Announcement [0-9a-f-]+: 2 recipients/);
    const session = (await client.query<{ id: string }>("SELECT s->>'id' AS id FROM programme, jsonb_array_elements(document->'sessions') s WHERE (s->>'start')::timestamptz > now() ORDER BY s->>'start' LIMIT 1")).rows[0].id;
    const moved = await runCli(['change-session', session, '--place', 'Medborgerhuset', '--actor', 'hr@kommune.example', '--yes'], env);
    expect(moved.stdout).toContain('Medborgerhuset');
    await runCli(['dispatch'], env);
    const audit = await runCli(['audit', '--limit', '10'], env);
    expect(audit.stdout).toContain('import.participants');
    expect(audit.stdout).toContain('session.changed');
    expect(audit.stdout).toContain('announcement.sent');
  } finally {
    await client.end();
  }
}, 120_000);
