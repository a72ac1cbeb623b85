/**
 * The store survives kill -9 at any moment: a child process writes in a loop and is killed with
 * SIGKILL mid-stream; the file must still be valid and hold every write that was acknowledged.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFileStore, validateStoreData } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { smallProgramme } from '../helpers/programmes';

const ROOT = path.join(__dirname, '..', '..');

async function crashAfter(file: string, acks: number): Promise<number> {
  // node itself runs the TypeScript (tsx as a loader), so SIGKILL hits the writing process, not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'helpers', 'store-writer.ts'), file], { cwd: ROOT });
  let acknowledged = -1;
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const n = Number(line.replace('ack ', ''));
        if (Number.isFinite(n)) acknowledged = n;
        if (acknowledged >= acks && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      }
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  await new Promise((r) => (child.exitCode !== null || child.signalCode ? r(undefined) : child.on('exit', r)));
  return acknowledged;
}

it.each([40, 137, 301])('When the writer is killed with SIGKILL after %i acknowledged writes, then the file is valid and holds every acknowledged write', async (acks) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-crash-'));
  try {
    const file = path.join(dir, 'store.json');
    const acknowledged = await crashAfter(file, acks);
    expect(acknowledged).toBeGreaterThanOrEqual(acks);
    const data = validateStoreData(JSON.parse(fs.readFileSync(file, 'utf8')), file);
    const written = new Set(data.auditLog.map((e) => e.details.n as number));
    for (let n = 0; n <= acknowledged; n++) expect(written.has(n)).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('When the writer was killed with SIGKILL, then a new process takes the store over at once, not after the lock goes stale', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-crash-'));
  try {
    const file = path.join(dir, 'store.json');
    await crashAfter(file, 5);
    // The dead writer's lock is still there and fresh; waiting it out would take 10 s and fail
    // the open after its few retries. Its holder is known to be gone, so it is taken over.
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    const store = await openFileStore(file, { seed: () => newStoreData(smallProgramme()) });
    await store.appendAudit({ at: new Date().toISOString(), actor: 'test', action: 'after-crash', details: {} });
    await store.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('When the store is held by a live process, then opening it is still refused', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-crash-'));
  try {
    const file = path.join(dir, 'store.json');
    const holder = await openFileStore(file, { seed: () => newStoreData(smallProgramme()) });
    await expect(openFileStore(file, { seed: () => newStoreData(smallProgramme()) })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await holder.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
