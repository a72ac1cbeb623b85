/**
 * The admin command line as cron and programme owners use it: `plan` previews, `dispatch` sends
 * what is due once, against the configured store file and a fake Bot Connector.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../../src/domain/calendar/working-calendar';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { FakeConnector } from '../helpers/fake-connector';
import { smallProgramme } from '../helpers/programmes';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

const run = promisify(execFile);
// Each test starts up to three command-line processes, and a start takes seconds when the machine is busy.
jest.setTimeout(60_000);
const ROOT = path.join(__dirname, '..', '..');
// The compiled command line, as `npm run cli` runs it (the jest set-up builds dist/ first).
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
let dir: string;
let dataFile: string;
let connector: FakeConnector;

function cli(...args: string[]) {
  return cliWith({}, ...args);
}
function cliWith(env: Record<string, string>, ...args: string[]) {
  return run(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: dataFile, LOG_LEVEL: 'error', BOT_ID: '', ...env },
    // Two years of the demo's plan as JSON is a few megabytes.
    maxBuffer: 64 * 1024 * 1024,
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

it('When HR moves a session onto a Saturday from the command line, then the dry run shows the move and a separate warning, and changes nothing', async () => {
  const { stdout } = await cli('change-session', 's3a', '--start', '2027-03-06T10:00', '--dry-run');
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^\[dry run\] Session s3a: /);
  expect(lines).toContain('  becomes:   Saturday 6 March 2027, 10:00–16:30, Rådhuset, Byrådssalen');
  expect(lines).toContain('  warning:   Ledelse tæt på medarbejderne (s3a) ligger i en weekend: lørdag den 6. marts 2027.');
  expect(lines.at(-1)).toBe('Nothing was saved (dry run).');
  expect(JSON.parse(fs.readFileSync(dataFile, 'utf8')).programme.sessions.find((s: any) => s.id === 's3a').start).toBe('2027-03-04T09:00:00+01:00');
});

it('When a programme owner asks plan for JSON over the whole programme, then it has the counts of what the working calendar moved and dropped, none outside working time, and HR\'s warnings', async () => {
  const { stdout } = await cli('plan', '--from', '2026-12-01', '--to', '2027-07-01', '--json');
  const plan = JSON.parse(stdout);
  const { summary } = plan;
  expect(summary.outsideWorkingTime).toBe(0);
  expect(summary.deliveries).toBe(summary.onTime + summary.movedLater + summary.movedEarlier);
  expect(plan.deliveries.filter((d: any) => d.placement?.outcome !== 'dropped')).toHaveLength(summary.deliveries);
  // The elective day se1 is on Kristi himmelfartsdag 2027.
  expect(plan.warnings.map((w: any) => [w.sessionId, w.code, w.message.en])).toEqual([
    ['se1', 'day-off', 'Leading change (se1) falls on a day off: Thursday 6 May 2027 (Ascension Day, public holiday).'],
  ]);
  // Gathering 1 on Thursday 7 January 2027: the week-before reminder fell on Thursday 31 December at 09:00 (a working morning).
  expect(plan.deliveries.find((d: any) => d.key === 'reminder:s1:p1:P7D')).toMatchObject({ dueAt: '2026-12-31T08:00:00.000Z' });
  expect(summary).toEqual({ deliveries: 64, byKind: { reminder: 32, reflection: 16, nudge: 16 }, onTime: 64, movedLater: 0, movedEarlier: 0, dropped: 0, outsideWorkingTime: 0 });

  // A working window from 10:00: every 09:00 reminder moves later to 10:00 the same day, and says why.
  const late = JSON.parse((await cliWith({ CALENDAR_WORKING_WINDOW: '10:00–16:00' }, 'plan', '--from', '2026-12-01', '--to', '2027-07-01', '--json')).stdout);
  expect(late.summary).toMatchObject({ deliveries: 64, onTime: 32, movedLater: 32, outsideWorkingTime: 0 });
  expect(late.deliveries.find((d: any) => d.key === 'reminder:s1:p1:P7D')).toMatchObject({
    dueAt: '2026-12-31T09:00:00.000Z',
    placement: { outcome: 'moved-later', originalDueAt: '2026-12-31T08:00:00.000Z', reason: 'outside-working-hours' },
  });
}, 60_000); // two command-line runs

it('When plan runs over the whole demo programme of a fresh store, then no message is due on a day off or outside 08:00–16:00, and the summary counts what moved', async () => {
  const demoFile = path.join(dir, 'demo.json');
  const from = DateTime.now().minus({ months: 6 }).toISODate()!;
  const to = DateTime.now().plus({ months: 24 }).toISODate()!;
  const { stdout } = await cliWith({ DATA_FILE: demoFile }, 'plan', '--from', from, '--to', to, '--json');
  const plan = JSON.parse(stdout);
  const calendar = createWorkingCalendar({}, 'Europe/Copenhagen');
  const sent = plan.deliveries.filter((d: any) => d.placement?.outcome !== 'dropped');
  expect(sent.length).toBeGreaterThan(5000);
  // Judged from the day table and the Copenhagen clock, not by the planner's own functions.
  const offHours = sent.filter((d: any) => {
    const local = DateTime.fromISO(d.dueAt, { zone: 'Europe/Copenhagen' });
    const minutes = local.hour * 60 + local.minute;
    const off = calendar.dayOffOn({ year: local.year, month: local.month, day: local.day });
    return minutes < 8 * 60 || minutes >= 16 * 60 || (off && (off.whole || minutes >= off.from!.hour * 60 + off.from!.minute));
  });
  expect(offHours).toEqual([]);
  expect(plan.summary.outsideWorkingTime).toBe(0);
  expect(plan.warnings).toEqual([]);
  expect(plan.summary.deliveries).toBe(sent.length);
  expect(plan.summary.movedLater + plan.summary.movedEarlier).toBeGreaterThan(0);
  expect(plan.summary.onTime + plan.summary.movedLater + plan.summary.movedEarlier).toBe(sent.length);
}, 60_000); // the demo's two years of deliveries as JSON

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

describe('When HR moves a session from the command line', () => {
  const sessionStart = async () => {
    const store = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()), lock: false });
    try {
      return (await store.getProgramme()).sessions.find((s) => s.id === 's3b')!.start;
    } finally {
      await store.close();
    }
  };

  it('When she runs change-session with --dry-run, then she sees old and new, who is told and who cannot be reached, and nothing is saved', async () => {
    // Jonas, the one leader in group 2, has no chat: close it, as if he blocked the bot.
    const store = await openFileStore(dataFile, { seed: () => newStoreData(smallProgramme()) });
    await store.deactivateConversation('a:conv-p4', 'ConversationBlockedByUser', new Date('2027-01-02T00:00:00Z'));
    await store.close();
    const { stdout } = await cli('change-session', 's3b', '--start', '2027-03-18T10:00', '--place', 'Rådhuset', '--dry-run');
    expect(stdout).toContain('[dry run] Session s3b: 3. Leading close to employees · Læringsgruppe 2 · Medborgerhuset, Salen · Thursday 11 March 2027, 09:00–15:30');
    expect(stdout).toMatch(/now: +Thursday 11 March 2027.*09:00.*Medborgerhuset, Salen/);
    expect(stdout).toMatch(/becomes: +Thursday 18 March 2027.*10:00.*Rådhuset/);
    expect(stdout).toContain('told:      1 participant (level 3 (leaders of employees) in Læringsgruppe 2)');
    expect(stdout).toContain('reach now: 0 of 1; cannot be reached now: 1');
    expect(stdout).toMatch(/1 blocked the bot/);
    expect(stdout).toMatch(/Jonas Østergaard\s+jonas\.oestergaard@kommune\.example\s+blocked the bot/);
    expect(stdout).toContain('Nothing was saved (dry run).');
    expect(await sessionStart()).toBe('2027-03-11T09:00:00+01:00');
  });

  it('When she runs it from a script without --yes, then it is refused with what to add, and nothing is saved', async () => {
    const failed = await cli('change-session', 's3b', '--start', '2027-03-18T10:00').catch((err: { code: number; stderr: string; stdout: string }) => err);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('[CONFIRMATION_NEEDED] Nothing was saved. Add --yes to save and tell 1 participants, or --dry-run to only look.');
    expect(await sessionStart()).toBe('2027-03-11T09:00:00+01:00');
  });

  it('When she confirms with --yes, then the session is saved and the participants are queued to be told', async () => {
    const { stdout } = await cli('change-session', 's3b', '--start', '2027-03-18T10:00', '--yes', '--actor', 'hr@kommune.example');
    expect(stdout).toContain('Saved. 1 participants will be told at the next dispatch');
    expect(await sessionStart()).toBe('2027-03-18T10:00:00+01:00');
  });
});
