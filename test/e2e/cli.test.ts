/**
 * The admin command line as cron and programme owners use it: `plan` previews, `dispatch` sends
 * what is due once, against the configured store file and a fake Bot Connector.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { FakeConnector } from '../helpers/fake-connector';
import { smallProgramme } from '../helpers/programmes';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
let dir: string;
let dataFile: string;
let connector: FakeConnector;

function cli(...args: string[]) {
  return run(TSX, [path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: dataFile, LOG_LEVEL: 'error', BOT_ID: '' },
  });
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-cli-'));
  dataFile = path.join(dir, 'store.json');
  connector = await FakeConnector.start();
  const store = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()) });
  for (const id of ['p1', 'p2', 'p3', 'p4']) {
    await store.saveConversation({
      id: `a:conv-${id}`,
      scope: 'personal',
      participantId: id,
      reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: `a:conv-${id}` }, bot: { id: '28:bot' } },
      active: true,
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
  }
  await store.close();
});
afterEach(async () => {
  await connector.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('When a programme owner runs plan for a week, then every reminder due in it is listed with who, what and when', async () => {
  const { stdout } = await cli('plan', '--from', '2027-04-01', '--to', '2027-04-02');
  const lines = stdout.trim().split('\n');
  expect(lines.filter((l) => l.includes('reminder P7D'))).toHaveLength(4);
  expect(stdout).toContain('Thursday 1 April at 09:00');
  expect(stdout).toContain('Jonas Østergaard');
  expect(lines.at(-1)).toMatch(/^4 deliveries between/);
});

it('When cron runs dispatch twice at the same instant, then each due card goes out once', async () => {
  const first = await cli('dispatch', '--now', '2027-04-01T09:00:00+02:00');
  expect(first.stdout).toContain('sent 4');
  expect(connector.cards()).toHaveLength(4);
  const second = await cli('dispatch', '--now', '2027-04-01T09:00:00+02:00');
  expect(second.stdout).toContain('sent 0');
  expect(connector.cards()).toHaveLength(4);
  const stored = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
  expect(stored.outbox.map((o: any) => o.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
});

it('When an argument is wrong, then the command says which and exits non-zero', async () => {
  await expect(cli('plan', '--from', 'someday', '--to', '2027-04-02')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining("--from: 'someday' is not an ISO date"),
  });
});

it('When an owner previews a digest, then it is printed as text and the card JSON is written, and nothing is sent', async () => {
  const out = path.join(dir, 'digest.json');
  const { stdout } = await cli('digest', '--preview', '--week', '2027-W09', '--out', out);
  expect(stdout).toContain('Ugens overblik for Fælles ledelse (test), uge 9');
  expect(stdout).toContain('Niveau 3 (ledere af medarbejdere)');
  const card = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  expect(connector.requests).toHaveLength(0);
});

it('When the preview is for someone who gets no digest, then it says why', async () => {
  await expect(cli('digest', '--preview', '--for', 'sofie.noergaard@kommune.example')).rejects.toMatchObject({
    stderr: expect.stringContaining('not a programme owner'),
  });
});

it('When cron runs dispatch at Monday 08:00, then each manager gets exactly one digest, and running it again sends none', async () => {
  const digests = () => connector.cards().filter((c) => JSON.stringify(c).includes('Ugens overblik'));
  await cli('dispatch', '--now', '2027-03-08T08:00:00+01:00');
  // p1 manages p2; p2 manages p3 and p4. No owners are configured here.
  expect(digests()).toHaveLength(2);
  expect(connector.sent().filter((s) => JSON.stringify(s.activity).includes('Ugens overblik')).map((s) => s.conversationId).sort()).toEqual(['a:conv-p1', 'a:conv-p2']);
  await cli('dispatch', '--now', '2027-03-08T08:05:00+01:00');
  expect(digests()).toHaveLength(2);
});

it('When HR broadcasts to level 3 from the command line, then each level-3 leader gets one card and the final status is printed', async () => {
  const textFile = path.join(dir, 'text.md');
  fs.writeFileSync(textFile, 'Husk at tilmelde jer **valgmodulerne** senest fredag. ${ikke kode}');
  const { stdout } = await cli('broadcast', '--audience', 'level:3', '--title', 'Tilmelding', '--text-file', textFile, '--actor', 'hr@kommune.example');
  expect(stdout).toContain('2 recipients');
  expect(stdout).toContain('Status: 2 sent, 0 pending, 0 failed, 0 blocked, 0 not reached');
  expect(connector.cards('a:conv-p3')).toHaveLength(1);
  expect(connector.cards('a:conv-p4')).toHaveLength(1);
  expect(JSON.stringify(connector.cards('a:conv-p3')[0])).toContain('${ikke kode}');
  // The broadcast's dispatcher tick runs on the real clock, so on a Monday morning managers (p1)
  // also get their weekly digest; what matters here is that p1 gets no announcement.
  expect(connector.cards('a:conv-p1').filter((c) => JSON.stringify(c).includes('Tilmelding'))).toHaveLength(0);
  const { stdout: audit } = await cli('audit');
  expect(audit).toContain('announcement.sent');
});

it('When HR asks who the bot can reach, then chats, team rosters, closed chats and leaders who cannot be reached are listed with what to do', async () => {
  const store = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()) });
  const team = '19:general-channel@thread.tacv2';
  await store.saveConversation({
    id: team,
    scope: 'channel',
    teamId: team,
    name: 'Lederudvikling',
    tenantId: 'tenant',
    reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: team }, bot: { id: '28:bot' } },
    active: true,
    updatedAt: '2027-01-01T00:00:00.000Z',
  });
  // Only Mette's chat stays open; Anders blocked the bot; Sofie and Jonas never opened it.
  await store.deactivateConversation('a:conv-p2', 'ConversationBlockedByUser', new Date('2027-01-02T00:00:00Z'));
  const withoutChats = await store.snapshot();
  await store.close();
  fs.writeFileSync(dataFile, JSON.stringify({ ...withoutChats, conversations: withoutChats.conversations.filter((c) => !['a:conv-p3', 'a:conv-p4'].includes(c.id)) }));
  const again = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()) });
  await again.saveRoster(team, [{ userId: '29:opaque-sofie', aadObjectId: 'aad-p3' }, { userId: '29:someone-else', userPrincipalName: 'other@kommune.example' }], {
    startedAt: new Date('2027-01-03T08:00:00Z'),
    now: new Date('2027-01-03T08:00:01Z'),
  });
  await again.close();

  const { stdout } = await cli('reach');
  expect(stdout).toContain('Reach of 4 active leaders:');
  expect(stdout).toMatch(/1\s+chat open/);
  expect(stdout).toMatch(/1\s+in a team roster/);
  expect(stdout).toMatch(/1\s+chat closed to the bot/);
  expect(stdout).toMatch(/1\s+cannot be reached/);
  expect(stdout).toContain('Lederudvikling: roster read');
  expect(stdout).toContain('2 members, 1 of them leaders');
  expect(stdout).toMatch(/Jonas Østergaard\s+jonas\.oestergaard@kommune\.example/);
  expect(stdout).toMatch(/Anders Kjær.*ConversationBlockedByUser/);
  const { stdout: json } = await cli('reach', '--json');
  expect(JSON.parse(json).counts).toEqual({ chat: 1, roster: 1, closed: 1, unreachable: 1 });
});
