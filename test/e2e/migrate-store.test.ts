/**
 * Moving from the embedded store to PostgreSQL: `npm run cli -- migrate-store --from <file>`
 * copies everything, checks the counts, and is safe to run again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFileStore } from '../../src/store/lowdb-store';
import { demoStoreData } from '../../src/store/open-configured-store';
import { createWorkingCalendar } from '../../src/domain/calendar/working-calendar';
import { DEMO_TIME_ZONE } from '../../src/demo/demo-programme';
import { createPool } from '../../src/store/postgres/database';
import { readStoreData } from '../../src/store/postgres/store-data-rows';
import { newStoreData } from '../../src/store/store-schema';
import { runCli } from '../helpers/bot-process';
import { smallProgramme } from '../helpers/programmes';
import { createTestDatabase, type TestDatabase } from '../helpers/test-postgres';

const NOW = new Date('2027-02-01T10:00:00.000Z');
let database: TestDatabase;
let dir: string;
beforeEach(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-migrate-store-'));
}, 60_000);
afterEach(async () => {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An embedded store with the demo programme, its activity, and a little of everything else. */
async function fileStore(): Promise<string> {
  const file = path.join(dir, 'programme-bot.json');
  const store = await openFileStore(file, { seed: () => demoStoreData(NOW, createWorkingCalendar({}, DEMO_TIME_ZONE)) });
  const [first, second] = (await store.getProgramme()).participants;
  await store.saveConversation({ id: 'a:1', scope: 'personal', participantId: first.id, reference: { conversation: { id: 'a:1' } }, active: true, updatedAt: NOW.toISOString() });
  await store.setRemindersPaused(second.id, true, NOW);
  await store.saveRoster('19:team@thread.tacv2', [{ userId: '29:x', aadObjectId: first.aadObjectId, email: first.email }], { startedAt: NOW, now: NOW });
  await store.recordAppInstallation({ participantId: second.id, status: 'failed', reason: '403', at: NOW.toISOString() });
  await store.appendAudit({ at: NOW.toISOString(), actor: 'cli', action: 'import.participants', details: { added: 3 } });
  await store.saveAnnouncement({ id: 'a1', title: 'Hej', text: 'Tekst', audience: { everyone: true, levels: [], groups: [], electives: [], channels: [] }, createdBy: 'hr', createdAt: NOW.toISOString(), status: 'draft' });
  await store.close();
  return file;
}

it('When an embedded store is copied into PostgreSQL, then everything arrives, the counts are checked, and a second run changes nothing', async () => {
  const file = await fileStore();
  const env = { DATABASE_URL: database.url };
  const { stdout } = await runCli(['migrate-store', '--from', file], env);
  const original = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(stdout).toContain('copied into');
  expect(stdout).toMatch(new RegExp(`checkIns\\s+${original.checkIns.length}\\b`));
  expect(stdout).toMatch(new RegExp(`participants\\s+${original.programme.participants.length}\\b`));
  expect(original.checkIns.length).toBeGreaterThan(100);

  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    expect(await readStoreData(pool)).toEqual(original);
    const again = await runCli(['migrate-store', '--from', file], env);
    expect(again.stdout).toContain('was copied into');
    expect(again.stdout).toContain('nothing was copied again');
    expect(await readStoreData(pool)).toEqual(original);
  } finally {
    await pool.end();
  }
  // The bot's own commands read the copy.
  expect((await runCli(['audit'], env)).stdout).toContain('import.participants');
}, 90_000);

it('When the database already holds another programme, then the copy is refused and nothing is changed', async () => {
  const first = await fileStore();
  await runCli(['migrate-store', '--from', first], { DATABASE_URL: database.url });
  const other = path.join(dir, 'other.json');
  fs.writeFileSync(other, JSON.stringify(newStoreData(smallProgramme())));
  const error = await runCli(['migrate-store', '--from', other], { DATABASE_URL: database.url }).catch((err: { code: number; stderr: string }) => err);
  expect(error).toMatchObject({ code: 1, stderr: expect.stringContaining('STORE_NOT_EMPTY') });
  const pool = createPool({ url: database.url, poolSize: 2 });
  try {
    expect((await readStoreData(pool))?.programme.id).toBe(JSON.parse(fs.readFileSync(first, 'utf8')).programme.id);
  } finally {
    await pool.end();
  }
}, 90_000);

it('When no PostgreSQL database is configured, then migrate and migrate-store say what to set', async () => {
  const error = await runCli(['migrate'], { DATABASE_URL: '', DATA_FILE: path.join(dir, 'x.json') }).catch((err: { stderr: string }) => err);
  expect(error).toMatchObject({ stderr: expect.stringContaining('STORE_NOT_POSTGRES') });
  expect((error as { stderr: string }).stderr).toContain('DATABASE_URL');
}, 90_000);
