/**
 * HR's imports and exports through the real command line, against a store file seeded with the
 * small test programme, a few check-ins and deliveries.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData, type StoreData } from '../../src/store/store-schema';
import { smallProgramme } from '../helpers/programmes';

// These tests start node processes; on a machine busy with other work that takes far longer than jest's default allows.
jest.setTimeout(120_000);

const run = promisify(execFile);
// Each test starts up to three command-line processes, and a start takes seconds when the machine is busy.
jest.setTimeout(60_000);
const ROOT = path.join(__dirname, '..', '..');
// The compiled command line, as `npm run cli` runs it (the jest set-up builds dist/ first).
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const CSV = path.join(ROOT, 'test', 'fixtures', 'csv');
let dir: string;
let dataFile: string;

function cli(...args: string[]) {
  return cliWith({}, ...args);
}
function cliWith(env: Record<string, string>, ...args: string[]) {
  return run(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: dataFile, LOG_LEVEL: 'error', BOT_ID: '', ...env },
  });
}
const stored = (): StoreData => JSON.parse(fs.readFileSync(dataFile, 'utf8'));

function seed(): StoreData {
  const at = '2027-03-05T13:00:00.000Z';
  const checkIn = (participantId: string, sessionId: string, rating: number, text: string, mayShare: boolean) => ({
    promptKey: `reflection:${sessionId}:${participantId}`, participantId, sessionId, rating, text, mayShare, submittedAt: at, updatedAt: at,
  });
  const delivery = (key: string, participantId: string, status: 'sent' | 'failed', dueAt: string) => ({
    key, kind: 'reminder' as const, participantId, dueAt, expiresAt: dueAt, status, attempts: status === 'sent' ? 1 : 6,
    nextAttemptAt: dueAt, reason: status === 'failed' ? 'HTTP 503; gave up' : undefined, sentAt: status === 'sent' ? dueAt : undefined,
    createdAt: dueAt, updatedAt: dueAt,
  });
  return {
    ...newStoreData(smallProgramme()),
    checkIns: [
      checkIn('p3', 's3a', 4, 'Vi talte om "ledelsesrum"; det hjalp.\nNæste gang: mere tid.', true),
      checkIn('p2', 's2', 5, '=SUM(A1:A9) er ikke en formel her', false),
    ],
    outbox: [
      delivery('reminder:s2:p2:P7D', 'p2', 'sent', '2027-01-28T08:00:00.000Z'),
      delivery('reminder:s2:p1:P7D', 'p1', 'failed', '2027-01-28T08:00:00.000Z'),
    ],
  };
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-import-'));
  dataFile = path.join(dir, 'store.json');
  const store = await openFileStore(dataFile, { seed });
  await store.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('When HR tries the Danish sheet with --dry-run, then the changes are shown and the store file is not touched', async () => {
  const before = fs.readFileSync(dataFile);
  const { stdout } = await cli('import', 'participants', path.join(CSV, 'participants-da-semicolon.csv'), '--dry-run');
  expect(stdout).toContain('added: 1\n  ida.baek  ida.baek@kommune.example');
  expect(stdout).toContain('changed: 1\n  p1  mette.holm@kommune.example: locale');
  expect(stdout).toContain('deactivated: 1\n  p4  jonas.oestergaard@kommune.example');
  expect(stdout).toContain('reactivated: 1\n  p5  karen.lund@kommune.example');
  expect(stdout).toContain('unchanged: 2');
  expect(stdout).toContain('Dry run: nothing was saved.');
  expect(fs.readFileSync(dataFile).equals(before)).toBe(true);
});

it('When HR imports the sheet, then it is saved with an audit entry, a second import changes nothing, and audit lists it', async () => {
  const file = path.join(CSV, 'participants-da-semicolon.csv');
  const first = await cli('import', 'participants', file, '--actor', 'hr:lene');
  expect(first.stdout).toContain('Saved. Audit log: import.participants by hr:lene.');
  const after = stored();
  expect(after.programme.participants.find((p) => p.id === 'ida.baek')).toMatchObject({ name: 'Ida Bæk', managerId: 'p2', group: 'g2' });
  expect(after.programme.participants.find((p) => p.id === 'p4')?.active).toBe(false);
  expect(after.auditLog).toEqual([
    {
      at: expect.any(String), actor: 'hr:lene', action: 'import.participants',
      details: { file: 'participants-da-semicolon.csv', added: ['ida.baek'], changed: [{ id: 'p1', fields: ['locale'] }], deactivated: ['p4'], reactivated: ['p5'] },
    },
  ]);
  const snapshot = fs.readFileSync(dataFile);
  const second = await cli('import', 'participants', file);
  expect(second.stdout).toContain('unchanged: 6');
  expect(second.stdout).toContain('Nothing to change; nothing was saved.');
  expect(fs.readFileSync(dataFile).equals(snapshot)).toBe(true);
  const audit = await cli('audit', '--limit', '5');
  expect(audit.stdout).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}hr:lene {2}import\.participants {2}\{"file":"participants-da-semicolon\.csv","added":\["ida\.baek"\]/);
});

it('When the sheet has bad rows, then every error is printed, the exit code is 1 and nothing is saved', async () => {
  const before = fs.readFileSync(dataFile);
  const failure = await cli('import', 'participants', path.join(CSV, 'participants-bad-rows.csv')).catch((err) => err);
  expect(failure.code).toBe(1);
  expect(failure.stdout).toContain("participants-bad-rows.csv row 3, column Niveau: must be 1, 2 or 3, got '4'");
  expect(failure.stdout).toContain('participants-bad-rows.csv row 9, column Navn: must not be empty');
  expect(failure.stdout.match(/^participants-bad-rows\.csv row /gm)).toHaveLength(8);
  expect(failure.stderr).toContain('[IMPORT_REJECTED] 8 errors in participants-bad-rows.csv; nothing was saved.');
  expect(fs.readFileSync(dataFile).equals(before)).toBe(true);
});

it('When a participants CSV would deactivate more than the allowed share of leaders (a file with only its header), then nothing is saved unless HR says --allow-mass-deactivation', async () => {
  const header = fs.readFileSync(path.join(CSV, 'participants-da-semicolon.csv'), 'utf8').split('\n')[0];
  const file = path.join(dir, 'only-header.csv');
  fs.writeFileSync(file, `${header}\n`);
  const before = fs.readFileSync(dataFile);
  const active = smallProgramme().participants.filter((p) => p.active).length;

  const refused = await cli('import', 'participants', file).catch((e) => e);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(`[IMPORT_MASS_DEACTIVATION] only-header.csv would deactivate ${active} of ${active} active leaders (100%)`);
  expect(refused.stderr).toContain('--allow-mass-deactivation');
  expect(fs.readFileSync(dataFile).equals(before)).toBe(true);

  const dryRun = await cli('import', 'participants', file, '--dry-run');
  expect(dryRun.stdout).toContain(`warning: this would deactivate ${active} of ${active} active leaders (100%)`);

  const allowed = await cli('import', 'participants', file, '--allow-mass-deactivation');
  expect(allowed.stdout).toContain('Saved.');
  expect(stored().programme.participants.filter((p) => p.active)).toHaveLength(0);
});

it('When HR exports check-ins, then Excel gets a BOM, ";", CRLF and local times, and free text stays one safe cell', async () => {
  const out = path.join(dir, 'check-ins.csv');
  const { stdout } = await cli('export', 'check-ins', '--format', 'csv', '--out', out);
  expect(stdout).toContain(`2 check-ins written to ${out}`);
  const text = fs.readFileSync(out, 'utf8');
  expect(text.startsWith('\uFEFFparticipant name;email;level;area;module number;module title;session date;rating;text;may share;submitted;updated\r\n')).toBe(true);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
  expect(rows).toHaveLength(2);
  expect(rows[0]).toEqual({
    'participant name': 'Anders Kjær', email: 'anders.kjaer@kommune.example', level: '2', area: 'Børn og Unge',
    'module number': '2', 'module title': 'Strategisk ledelse på tværs', 'session date': '2027-02-04 09:00',
    rating: '5', text: "'=SUM(A1:A9) er ikke en formel her", 'may share': 'no', submitted: '2027-03-05 14:00', updated: '2027-03-05 14:00',
  });
  expect(rows[1]).toMatchObject({ 'participant name': 'Sofie Nørgaard', text: 'Vi talte om "ledelsesrum"; det hjalp.\nNæste gang: mere tid.', 'may share': 'yes' });
});

it('When a text starts like a formula and goes on after a line break, then the cell is still escaped, whatever follows the first character', async () => {
  const texts = ['=HYPERLINK("https://evil.example","klik")\nmere tekst', '+1+1\r\nanden linje', '@SUM(1)\u2028efter', '-2+3\rx', '\t=1+1\nx', '\r=1+1'];
  const store = await openFileStore(dataFile, { seed });
  const at = '2027-03-05T13:00:00.000Z';
  for (const [i, text] of texts.entries()) {
    await store.saveCheckIn({ promptKey: `reflection:s${i}:p1`, participantId: 'p1', sessionId: 's1', rating: 3, text, mayShare: false, submittedAt: at, updatedAt: at });
  }
  await store.close();
  const { stdout } = await cli('export', 'check-ins', '--no-bom');
  const cells = Papa.parse<Record<string, string>>(stdout, { header: true, delimiter: ';', skipEmptyLines: true }).data.map((r) => r.text);
  for (const text of texts) expect(cells).toContain(`'${text}`);
});

it('When HR exports deliveries with --separator , --no-bom, then stdout holds a plain comma CSV', async () => {
  const { stdout } = await cli('export', 'deliveries', '--separator', ',', '--no-bom');
  expect(stdout.startsWith('key,kind,participant,status,attempts,reason,due,sent\r\n')).toBe(true);
  const rows = Papa.parse<string[]>(stdout, { delimiter: ',', skipEmptyLines: true }).data.slice(1);
  expect(rows).toEqual([
    ['reminder:s2:p1:P7D', 'reminder', 'Mette Holm', 'failed', '6', 'HTTP 503; gave up', '2027-01-28 09:00', ''],
    ['reminder:s2:p2:P7D', 'reminder', 'Anders Kjær', 'sent', '1', '', '2027-01-28 09:00', '2027-01-28 09:00'],
  ]);
});

it('When HR imports a schedule-only YAML file, then the session moves, the leaders are kept and audit shows it', async () => {
  const programme = JSON.parse(JSON.stringify(smallProgramme()));
  delete programme.participants;
  programme.sessions[1].start = '2027-02-11T09:00:00+01:00';
  programme.sessions[1].end = '2027-02-11T15:30:00+01:00';
  const file = path.join(dir, 'programme.yaml');
  fs.writeFileSync(file, stringify(programme));
  const { stdout } = await cli('import', 'programme', file);
  expect(stdout).toContain('sessions: 0 added, 1 changed (s2), 0 removed');
  expect(stdout).toContain('participants: none in the file, the current 5 are kept as they are');
  const after = stored();
  expect(after.programme.sessions[1].start).toBe('2027-02-11T09:00:00+01:00');
  expect(after.programme.participants).toEqual(smallProgramme().participants);
  expect(after.auditLog.map((a) => a.action)).toEqual(['import.programme']);
  expect(after.auditLog[0].actor).toMatch(/^cli/);
});

it('When HR imports leaders while the app is in a team, then the team’s roster is read again at the next tick (new leaders may be in it)', async () => {
  const store = await openFileStore(dataFile, { seed });
  const team = '19:general-channel@thread.tacv2';
  await store.saveConversation({
    id: team, scope: 'channel', teamId: team, tenantId: 'tenant', active: true, updatedAt: '2027-03-01T08:00:00.000Z',
    reference: { serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', conversation: { id: team }, bot: { id: '28:bot' } },
  });
  await store.saveRoster(team, [], { startedAt: new Date('2027-03-01T08:00:00Z'), now: new Date('2027-03-01T08:00:01Z') });
  await store.close();
  expect(stored().rosterSyncs).toEqual([expect.objectContaining({ teamId: team, syncedAt: '2027-03-01T08:00:01.000Z' })]);
  expect(stored().rosterSyncs[0].requestedAt).toBeUndefined();

  await cli('import', 'participants', path.join(CSV, 'participants-da-semicolon.csv'));

  expect(stored().rosterSyncs[0].requestedAt).toEqual(expect.any(String));
});

describe('The working calendar at import', () => {
  // Far enough ahead to stay "to come" for years: juleaftensdag 2040 is a Monday, 22 December a Saturday.
  function scheduleWithDaysOff(): string {
    const programme = JSON.parse(JSON.stringify(smallProgramme()));
    delete programme.participants;
    // s1 on juleaftensdag, s2 on a Saturday; the rest on Wednesdays that are ordinary working days.
    const days = ['2040-12-24', '2040-12-22', '2040-12-19', '2041-01-09', '2041-01-16', '2041-02-06', '2041-02-13'];
    programme.sessions.forEach((session: { start: string; end: string }, i: number) => {
      session.start = `${days[i]}T09:00:00+01:00`;
      session.end = `${days[i]}T15:30:00+01:00`;
    });
    const file = path.join(dir, 'programme.json');
    fs.writeFileSync(file, JSON.stringify(programme));
    return file;
  }
  const JULEAFTEN = 'Fællessamling 1: Et fælles ledelsessprog (s1) ligger på en fridag: mandag den 24. december 2040 (Juleaftensdag, særlig fridag).';
  const SATURDAY = 'Strategisk ledelse på tværs (s2) ligger i en weekend: lørdag den 22. december 2040.';

  it('When HR imports a schedule with a gathering on juleaftensdag and a module on a Saturday, then it is imported with a warning for each, in Danish', async () => {
    const { stdout } = await cli('import', 'programme', scheduleWithDaysOff());
    const warnings = stdout.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings).toEqual([`warning: ${JULEAFTEN}`, `warning: ${SATURDAY}`]);
    expect(stdout).toContain('Saved.');
    expect(stored().programme.sessions[0].start).toBe('2040-12-24T09:00:00+01:00');
  });

  it('When the calendar is strict, then the same import is refused with what to do and nothing is saved; a dry run says it would be', async () => {
    const file = scheduleWithDaysOff();
    const before = fs.readFileSync(dataFile, 'utf8');
    const refused = await cliWith({ CALENDAR_STRICT: 'true' }, 'import', 'programme', file).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`warning: ${JULEAFTEN}`);
    expect(refused.stderr).toContain('[IMPORT_SESSIONS_ON_DAYS_OFF] programme.json blev ikke importeret, fordi kalenderen er sat til streng kontrol (calendar.strict)');
    expect(refused.stderr).toContain('(2). Flyt dem i filen, eller slå streng kontrol fra. Intet er gemt.');
    expect(fs.readFileSync(dataFile, 'utf8')).toBe(before);

    const dryRun = await cliWith({ CALENDAR_STRICT: 'true', DEFAULT_LOCALE: 'en' }, 'import', 'programme', file, '--dry-run');
    expect(dryRun.stdout).toContain('warning: Joint gathering 1: A shared leadership language (s1) falls on a day off: Monday 24 December 2040 (Christmas Eve, the employer\'s day off).');
    expect(dryRun.stdout).toContain('warning: The calendar is strict (calendar.strict): importing programme.json will be refused while sessions fall on days off, weekends or in closed periods (2).');
    expect(fs.readFileSync(dataFile, 'utf8')).toBe(before);
  }, 90_000); // three command-line runs, each its own process

  it('When the bot starts from a programme file with a session on a day off, then it warns, and with a strict calendar it refuses to create the store', async () => {
    const file = scheduleWithDaysOff();
    const withParticipants = { ...JSON.parse(fs.readFileSync(file, 'utf8')), participants: smallProgramme().participants };
    fs.writeFileSync(file, JSON.stringify(withParticipants));
    const fresh = path.join(dir, 'fresh.json');
    const warned = await cliWith({ DATA_FILE: fresh, PROGRAMME_FILE: file, LOG_LEVEL: 'warn' }, 'plan', '--from', '2040-12-01', '--to', '2040-12-02');
    expect(warned.stderr).toContain(JULEAFTEN);
    fs.rmSync(fresh);

    const refused = await cliWith({ DATA_FILE: fresh, PROGRAMME_FILE: file, CALENDAR_STRICT: 'true' }, 'plan', '--from', '2040-12-01', '--to', '2040-12-02').catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[PROGRAMME_SESSIONS_ON_DAYS_OFF]');
    expect(fs.existsSync(fresh)).toBe(false);
  }, 90_000); // three command-line runs, each its own process
});
