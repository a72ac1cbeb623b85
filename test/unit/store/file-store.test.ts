import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openFileStore } from '../../../src/store/lowdb-store';
import { newStoreData } from '../../../src/store/store-schema';
import { fillDisk, freeDisk } from '../../helpers/full-disk';
import { smallProgramme } from '../../helpers/programmes';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const seed = () => newStoreData(smallProgramme());

describe('The file store', () => {
  it('When the file does not exist, then it is created from the seed and holds a valid, versioned document', async () => {
    const file = path.join(dir, 'nested', 'store.json');
    const store = await openFileStore(file, { seed });
    await store.close();
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written.schemaVersion).toBe(1);
    expect(written.programme.participants).toHaveLength(5);
  });

  it('When a participant is linked, then the change survives reopening the file', async () => {
    const file = path.join(dir, 'store.json');
    const store = await openFileStore(file, { seed });
    await store.linkParticipant('p4', 'aad-new');
    await store.close();
    const reopened = await openFileStore(file, { seed: () => { throw new Error('must not seed an existing file'); } });
    expect((await reopened.findParticipantByAadObjectId('AAD-NEW'))?.id).toBe('p4');
  });

  it('When the file is not valid JSON, then opening fails with a clear error and the file is left byte for byte as it was', async () => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, '{"schemaVersion": 1, "programme": {');
    const before = fs.readFileSync(file);
    await expect(openFileStore(file, { seed })).rejects.toMatchObject({ code: 'STORE_UNREADABLE' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('When the file is JSON but breaks the schema, then the error names the field and the file is untouched', async () => {
    const file = path.join(dir, 'store.json');
    const data = seed() as any;
    data.programme.participants[0].level = 4;
    fs.writeFileSync(file, JSON.stringify(data));
    const before = fs.readFileSync(file);
    await expect(openFileStore(file, { seed })).rejects.toThrow(/programme\.participants\.0\.level/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it.each(['null', '[]', '42', '"text"', 'true'])('When the file holds JSON that is not an object (%s), then it is refused like any unreadable file and not changed', async (content) => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, content);
    await expect(openFileStore(file, { seed })).rejects.toMatchObject({ code: 'STORE_INVALID', message: expect.stringContaining(file) });
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
  });

  it('When the file was written by a newer bot, then it is refused and not changed', async () => {
    const file = path.join(dir, 'store.json');
    fs.writeFileSync(file, JSON.stringify({ ...seed(), schemaVersion: 2 }));
    await expect(openFileStore(file, { seed })).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
  });

  it('When many changes are made at once, then every one of them is in the file', async () => {
    const file = path.join(dir, 'store.json');
    const store = await openFileStore(file, { seed });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.appendAudit({ at: new Date(0).toISOString(), actor: 'test', action: 'test.write', details: { i } }),
      ),
    );
    await store.close();
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written.auditLog.map((e: any) => e.details.i).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    // The temporary file of the atomic write is gone once the write is done, and so is the lock.
    expect(fs.readdirSync(dir)).toEqual(['store.json']);
  });

  it('When a second process opens a store that is in use, then it is refused instead of overwriting the first one\'s changes', async () => {
    const file = path.join(dir, 'store.json');
    const first = await openFileStore(file, { seed });
    await expect(openFileStore(file, { seed })).rejects.toMatchObject({ code: 'STORE_LOCKED' });
    await first.close();
    const second = await openFileStore(file, { seed });
    await second.close();
  });

  it('When the disk is full, then the change fails with STORE_WRITE_FAILED, memory and file still agree, and writing works again once there is space', async () => {
    const file = path.join(dir, 'store.json');
    const store = await openFileStore(file, { seed });
    await store.setRemindersPaused('p1', true, new Date(0));
    fillDisk(file);
    await expect(store.setRemindersPaused('p3', true, new Date(0))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringContaining('ENOSPC') });
    expect(await store.pausedParticipants()).toEqual(new Set(['p1']));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).preferences.map((p: any) => p.participantId)).toEqual(['p1']);
    expect(await store.isWritable()).toBe(false);

    freeDisk(file);
    expect(await store.isWritable()).toBe(true);
    await store.setRemindersPaused('p3', true, new Date(0));
    expect(await store.pausedParticipants()).toEqual(new Set(['p1', 'p3']));
    await store.close();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).preferences.map((p: any) => p.participantId)).toEqual(['p1', 'p3']);
  });

  it('When changes queue up behind a write that fails, then those written together fail together and later ones succeed', async () => {
    const file = path.join(dir, 'store.json');
    const store = await openFileStore(file, { seed });
    fillDisk(file);
    const audit = (i: number) => store.appendAudit({ at: new Date(0).toISOString(), actor: 'test', action: 'test.write', details: { i } });
    const results = await Promise.allSettled([audit(1), audit(2), audit(3)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await store.listAudit()).toEqual([]);
    freeDisk(file);
    await audit(4);
    await store.close();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).auditLog.map((e: any) => e.details.i)).toEqual([4]);
  });

  it('When a change is refused by its own rule while others are written with it, then only that change fails', async () => {
    const file = path.join(dir, 'store.json');
    const store = await openFileStore(file, { seed });
    const stale = await store.getProgramme();
    const [linked, replaced] = await Promise.allSettled([
      store.linkParticipant('p4', 'aad-p4-new'),
      store.replaceProgramme(stale, { at: new Date(0).toISOString(), actor: 'test', action: 'import', details: {} }, stale),
    ]);
    expect(linked.status).toBe('fulfilled');
    expect(replaced).toMatchObject({ status: 'rejected', reason: { code: 'PROGRAMME_CHANGED' } });
    await store.close();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).programme.participants.find((p: any) => p.id === 'p4').aadObjectId).toBe('aad-p4-new');
  });

  it('When the programme is read, then it cannot be changed behind the store\'s back', async () => {
    const store = await openFileStore(path.join(dir, 'store.json'), { seed });
    const programme = await store.getProgramme();
    expect(() => {
      (programme.participants as any[]).push({});
    }).toThrow();
  });
});

describe('Deliveries left sending by a process that is gone', () => {
  const due = (participantId: string) => ({
    key: `reminder:s1:${participantId}:P7D`,
    kind: 'reminder' as const,
    participantId,
    sessionId: 's1',
    dueAt: '2027-01-01T08:00:00.000Z',
    expiresAt: '2027-02-01T08:00:00.000Z',
  });
  const now = new Date('2027-01-01T08:00:00.000Z');

  it('When the file store is opened under its lock, then every delivery left sending is back in the queue at once', async () => {
    const file = path.join(dir, 'store.json');
    const crashed = await openFileStore(file, { seed });
    await crashed.enqueueDeliveries([due('p1'), due('p2'), due('p3')], now);
    await crashed.claimDueDeliveries({ now, limit: 10, workerId: 'gone', leaseMs: 120_000 });
    await crashed.recordDeliveryOutcome('reminder:s1:p1:P7D', { status: 'sent', sentTo: 'a:p1' }, now);
    await crashed.close();

    const restarted = await openFileStore(file, { seed });
    expect(await restarted.reclaimAbandonedDeliveries(now)).toBe(2);
    // Not after the 120 s lease: now.
    const claimed = await restarted.claimDueDeliveries({ now, limit: 10, workerId: 'new', leaseMs: 120_000 });
    expect(claimed.map((d) => d.key).sort()).toEqual(['reminder:s1:p2:P7D', 'reminder:s1:p3:P7D']);
    expect(await restarted.findDelivery('reminder:s1:p1:P7D')).toMatchObject({ status: 'sent' });
    await restarted.close();
  });

  it('When the store is opened without its lock (read-only), then nothing is reclaimed: another process may be sending', async () => {
    const file = path.join(dir, 'store.json');
    const writer = await openFileStore(file, { seed });
    await writer.enqueueDeliveries([due('p1')], now);
    await writer.claimDueDeliveries({ now, limit: 10, workerId: 'busy', leaseMs: 120_000 });
    await writer.close();
    const reader = await openFileStore(file, { seed, lock: false });
    expect(await reader.reclaimAbandonedDeliveries(now)).toBe(0);
    await reader.close();
  });
});
