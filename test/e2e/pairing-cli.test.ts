/**
 * HR's rounds of sparring partners from the command line, against a store file: preview, swap by
 * hand, send through the outbox, and the errors a person can act on.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { FakeConnector } from '../helpers/fake-connector';
import { PAIRING_LEADERS, pairingProgramme } from '../helpers/pairing-programme';

const run = promisify(execFile);
// Each command is a process of its own, several per test: generous, since other suites share the CPU.
jest.setTimeout(120_000);
const ROOT = path.join(__dirname, '..', '..');
// A Tuesday far enough ahead to be a future working day whenever the tests run.
const ROUND_DAY = '2030-03-05';
let dir: string;
let dataFile: string;
let connector: FakeConnector;

function cli(...args: string[]) {
  // The compiled CLI (the test set-up builds dist/): what `npm run cli` runs, without compiling on every call.
  return run(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'main.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_FILE: dataFile, LOG_LEVEL: 'error', BOT_ID: '' },
  });
}

const stored = () => JSON.parse(fs.readFileSync(dataFile, 'utf8'));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-pairing-'));
  dataFile = path.join(dir, 'store.json');
  connector = await FakeConnector.start();
  const store = await openFileStore(dataFile, { seed: () => newStoreData(pairingProgramme()) });
  for (const id of PAIRING_LEADERS) {
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

it('When HR previews a round, then every active leader is in exactly one group, the quality report is printed and the preview is saved', async () => {
  const { stdout } = await cli('pairing', 'preview', '--date', ROUND_DAY, '--actor', 'hanne');
  const groupLines = stdout.split('\n').filter((l) => /^\s+\d+\. /.test(l));
  expect(groupLines).toHaveLength(3);
  const named = groupLines.join('\n');
  for (const name of ['Mette Holm', 'Anders Kjær', 'Sofie Nørgaard', 'Jonas Østergaard', 'Ida Berg', 'Omar Said', 'Lene Vang']) {
    expect(named.split(name)).toHaveLength(2);
  }
  expect(named).not.toContain('Karen Lund');
  expect(stdout).toContain('Taking part 7, placed 7: 2 pairs, 1 trios');
  expect(stdout).toContain('Not taking part: left 1');
  expect(stdout).toContain('repeats 0; own manager 0');
  const [round] = stored().pairingRounds;
  expect(round).toMatchObject({ status: 'preview', version: 1, date: ROUND_DAY, createdBy: 'hanne' });
  expect(stdout).toContain(`Send it with: pairing send ${round.id} --version 1`);
});

it('When HR swaps two leaders and sends, then each leader gets an intro and a follow-up in the outbox, due on the round day at 09:00', async () => {
  await cli('pairing', 'preview', '--date', ROUND_DAY);
  const [round] = stored().pairingRounds;
  const sofiesGroup: string[] = round.groups.find((g: string[]) => g.includes('p3'));
  const other = round.groups.find((g: string[]) => !g.includes('p3'))[0] as string;
  const swapped = await cli('pairing', 'swap', round.id, 'sofie.noergaard@kommune.example', other, '--version', '1');
  expect(swapped.stdout).toContain('version 2');
  const after = stored().pairingRounds[0];
  expect(after.groups.find((g: string[]) => g.includes('p3'))).not.toEqual(sofiesGroup);

  const stale = cli('pairing', 'send', round.id, '--version', '1');
  await expect(stale).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('[PAIRING_ROUND_CHANGED]') });

  const sent = await cli('pairing', 'send', round.id, '--version', '2');
  expect(sent.stdout).toContain('14 cards in the outbox');
  expect(sent.stdout).toContain('intros from Tuesday 5 March 2030 at 09:00');
  // The tick that follows a send also plans the week's digests (the real clock): only the pairing cards count here.
  const outbox = stored().outbox.filter((o: any) => o.key.startsWith('pairing:'));
  expect(outbox.map((o: any) => o.key).sort()).toEqual(
    PAIRING_LEADERS.flatMap((id) => [`pairing:${round.id}:follow-up:${id}`, `pairing:${round.id}:intro:${id}`]).sort(),
  );
  expect(outbox.find((o: any) => o.key === `pairing:${round.id}:intro:p3`)).toMatchObject({ status: 'pending', dueAt: '2030-03-05T08:00:00.000Z' });
  expect(outbox.find((o: any) => o.key === `pairing:${round.id}:follow-up:p3`)).toMatchObject({ dueAt: '2030-03-12T08:00:00.000Z' });
  expect(stored().pairingRounds[0]).toMatchObject({ status: 'sent', version: 3 });
  // Nothing of the round was due yet, so nothing of it went out.
  expect(outbox.every((o: any) => o.status === 'pending')).toBe(true);
});

it('When HR asks for a round on a public holiday, then the command refuses it and names the next working day, and nothing is saved', async () => {
  await expect(cli('pairing', 'preview', '--date', '2030-12-25')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/\[PAIRING_DAY_OFF\] 2030-12-25 is a day off \(Christmas Day.*rounds are never on a day off\. The next working day is 2030-12-2\d/),
  });
  expect(stored().pairingRounds).toEqual([]);
});

it('When HR swaps someone who is not a leader, then the command says who was not found and the preview is unchanged', async () => {
  await cli('pairing', 'preview', '--date', ROUND_DAY);
  const [round] = stored().pairingRounds;
  await expect(cli('pairing', 'swap', round.id, 'p3', 'nobody@kommune.example', '--version', '1')).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining("[PAIRING_UNKNOWN_LEADER] No leader in the programme has the id, e-mail or name 'nobody@kommune.example'"),
  });
  expect(stored().pairingRounds[0]).toMatchObject({ version: 1, groups: round.groups });
});
