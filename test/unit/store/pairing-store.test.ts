import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryStore, openFileStore } from '../../../src/store/lowdb-store';
import type { PairingPreviewInput } from '../../../src/store/pairing-changes';
import { newStoreData } from '../../../src/store/store-schema';
import { pairingProgramme } from '../../helpers/pairing-programme';

const NOW = new Date('2027-01-19T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function preview(id: string, groups = [['p1', 'p3'], ['p2', 'p6'], ['p4', 'p7', 'p8']]): PairingPreviewInput {
  return {
    id,
    date: '2027-01-19',
    seed: 7,
    settings: { participation: 'opt-out', vertical: false, repeatWindow: 12 },
    groups,
    excluded: [{ leaderId: 'p5', reason: 'left' }],
    absentIds: [],
    createdBy: 'aad-hr',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

const delivery = (key: string, participantId: string) => ({
  key,
  kind: 'pairing-intro' as const,
  participantId,
  dueAt: NOW.toISOString(),
  expiresAt: later(60 * 24 * 7).toISOString(),
  payload: { roundId: 'r1' },
});

describe("The store's sparring-partner operations", () => {
  it('When a leader says yes, pauses and later resumes, then each change keeps what the others set', async () => {
    const store = createMemoryStore(newStoreData(pairingProgramme()));
    await store.setPairingPreference('p3', { choice: 'in' }, NOW);
    await store.setPairingPreference('p3', { pausedUntil: '2027-03-01' }, later(1));
    expect(await store.listPairingPreferences()).toEqual([{ participantId: 'p3', choice: 'in', pausedUntil: '2027-03-01', updatedAt: later(1).toISOString() }]);
    await store.setPairingPreference('p3', { pausedUntil: null }, later(2));
    expect(await store.listPairingPreferences()).toEqual([{ participantId: 'p3', choice: 'in', updatedAt: later(2).toISOString() }]);
  });

  it('When a new preview is saved, then the open one is cancelled, so there is one round to send', async () => {
    const store = createMemoryStore(newStoreData(pairingProgramme()));
    await store.savePairingPreview(preview('r1'), NOW);
    await store.savePairingPreview(preview('r2'), later(1));
    expect((await store.listPairingRounds()).map((r) => [r.id, r.status, r.version])).toEqual([
      ['r1', 'cancelled', 2],
      ['r2', 'preview', 1],
    ]);
  });

  it('When two edits are made on the same version, then the second is refused and the first stays', async () => {
    const store = createMemoryStore(newStoreData(pairingProgramme()));
    await store.savePairingPreview(preview('r1'), NOW);
    const first = await store.savePairingPreview(preview('r1', [['p1', 'p6'], ['p2', 'p3'], ['p4', 'p7', 'p8']]), later(1), 1);
    expect(first.version).toBe(2);
    await expect(store.savePairingPreview(preview('r1', [['p1', 'p7'], ['p2', 'p3'], ['p4', 'p6', 'p8']]), later(2), 1)).rejects.toMatchObject({
      code: 'PAIRING_ROUND_CHANGED',
      message: expect.stringContaining('version 2'),
    });
    expect((await store.findPairingRound('r1'))?.groups[0]).toEqual(['p1', 'p6']);
  });

  it('When a round is sent, then in one operation it is marked sent, its deliveries are queued and the audit log records it; a second send is refused and queues nothing', async () => {
    const store = createMemoryStore(newStoreData(pairingProgramme()));
    await store.savePairingPreview(preview('r1'), NOW);
    const audit = { at: NOW.toISOString(), actor: 'aad-hr', action: 'pairing.sent', details: { roundId: 'r1' } };
    const deliveries = [delivery('pairing:r1:intro:p1', 'p1'), delivery('pairing:r1:intro:p3', 'p3')];
    const sent = await store.sendPairingRound('r1', 1, { deliveries, by: 'aad-hr', audit }, later(1));
    expect(sent.queued).toBe(2);
    expect(sent.round).toMatchObject({ status: 'sent', version: 2, sentBy: 'aad-hr', sentAt: later(1).toISOString() });
    expect((await store.listDeliveries({ kinds: ['pairing-intro'] })).map((d) => d.key)).toEqual(['pairing:r1:intro:p1', 'pairing:r1:intro:p3']);
    expect((await store.listAudit()).map((e) => e.action)).toEqual(['pairing.sent']);
    await expect(store.sendPairingRound('r1', 2, { deliveries: [delivery('pairing:r1:intro:p2', 'p2')], by: 'x', audit }, later(2))).rejects.toMatchObject({
      code: 'PAIRING_ROUND_CLOSED',
    });
    expect(await store.listDeliveries({ kinds: ['pairing-intro'] })).toHaveLength(2);
    expect(await store.listAudit()).toHaveLength(1);
  });

  it('When a leader answers a follow-up twice, then the second answer replaces the first and keeps when it was first given', async () => {
    const store = createMemoryStore(newStoreData(pairingProgramme()));
    const first = { roundId: 'r1', participantId: 'p3', answer: 'not-yet' as const, note: '', answeredAt: NOW.toISOString(), updatedAt: NOW.toISOString() };
    expect(await store.saveMeetingAnswer(first)).toEqual({ created: true });
    expect(await store.saveMeetingAnswer({ ...first, answer: 'yes', note: 'Godt at høre om Teknik', answeredAt: later(5).toISOString(), updatedAt: later(5).toISOString() })).toEqual({
      created: false,
    });
    expect(await store.listMeetingAnswers({ roundId: 'r1' })).toEqual([{ ...first, answer: 'yes', note: 'Godt at høre om Teknik', updatedAt: later(5).toISOString() }]);
  });

  it('When the store file is opened again, then preferences, rounds and answers are read back as written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairing-store-'));
    const file = path.join(dir, 'store.json');
    try {
      const store = await openFileStore(file, { seed: () => newStoreData(pairingProgramme()) });
      await store.setPairingPreference('p4', { choice: 'out' }, NOW);
      await store.savePairingPreview(preview('r1'), NOW);
      await store.saveMeetingAnswer({ roundId: 'r1', participantId: 'p3', answer: 'no', note: '', answeredAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
      await store.close();
      const again = await openFileStore(file, { seed: () => newStoreData(pairingProgramme()) });
      expect((await again.listPairingPreferences())[0].choice).toBe('out');
      expect((await again.findPairingRound('r1'))?.groups).toEqual(preview('r1').groups);
      expect(await again.listMeetingAnswers()).toHaveLength(1);
      await again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
