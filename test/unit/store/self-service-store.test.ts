import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Participant, Programme } from '../../../src/domain/programme/model';
import { createMemoryStore, openFileStore, validateStoreData } from '../../../src/store/lowdb-store';
import { newStoreData } from '../../../src/store/store-schema';
import { smallProgramme } from '../../helpers/programmes';

const NOW = new Date('2027-01-11T08:00:00Z');

/** The small programme with a new elective e4 (3 seats, nobody yet) and ten leaders who choose it at once. */
function raceProgramme(): { programme: Programme; racers: Participant[] } {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  const racers: Participant[] = Array.from({ length: 10 }, (_, i) => ({
    id: `r${i}`, name: `Leder ${i}`, email: `r${i}@kommune.example`, level: 3, area: 'Kultur', electives: [], active: true,
  }));
  return {
    programme: {
      ...base,
      modules: [...base.modules, { ...e2, id: 'e4', number: 14, capacity: 3, audience: { electives: ['e4'] } }],
      participants: [...base.participants, ...racers],
    },
    racers,
  };
}

describe('The store’s elective operation', () => {
  it('When ten leaders choose the last three seats at the same moment, then exactly three get a seat and seven wait in line', async () => {
    const { programme, racers } = raceProgramme();
    const store = createMemoryStore(newStoreData(programme));
    const outcomes = await Promise.all(racers.map((r) => store.chooseElectives(r.id, ['e2', 'e4'], NOW, { joinWaitlist: true })));
    const seated = outcomes.filter((o) => o.status === 'saved' && o.seats.includes('e4'));
    expect(seated).toHaveLength(3);
    const after = await store.getProgramme();
    expect(after.participants.filter((p) => p.electives.includes('e4'))).toHaveLength(3);
    const line = await store.listWaitlist({ electiveId: 'e4' });
    expect(line).toHaveLength(7);
    const positions = outcomes.flatMap((o) => (o.status === 'saved' ? o.waiting.map((w) => w.position) : []));
    expect(positions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('When a seated leader gives up the seat, then the first in line is promoted, told through the outbox, and the audit log records both', async () => {
    const { programme, racers } = raceProgramme();
    const store = createMemoryStore(newStoreData(programme));
    for (const r of racers.slice(0, 4)) await store.chooseElectives(r.id, ['e2', 'e4'], NOW, { joinWaitlist: true });
    const outcome = await store.chooseElectives('r0', ['e1', 'e2'], NOW, { joinWaitlist: true });
    expect(outcome).toMatchObject({ status: 'saved', promoted: [{ participantId: 'r3', electiveId: 'e4' }] });
    const notices = await store.listDeliveries({ kinds: ['waitlist-promotion'] });
    expect(notices).toEqual([expect.objectContaining({ participantId: 'r3', status: 'pending', payload: { electiveId: 'e4' } })]);
    const audit = (await store.listAudit()).map((a) => a.action);
    expect(audit).toContain('electives.promoted');
    expect(audit.filter((a) => a === 'electives.chosen')).toHaveLength(5);
  });

  it('When the store file is written and read back, then the waiting list is kept; a file written before waiting lists opens with an empty one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-waitlist-'));
    const file = path.join(dir, 'store.json');
    const { programme } = raceProgramme();
    const store = await openFileStore(file, { seed: () => newStoreData(programme) });
    await store.chooseElectives('p1', ['e1', 'e2'], NOW, { joinWaitlist: true });
    await store.close();
    const reopened = await openFileStore(file, { seed: () => newStoreData(programme), lock: false });
    expect(await reopened.listWaitlist()).toEqual([{ electiveId: 'e1', participantId: 'p1', joinedAt: NOW.toISOString() }]);
    const older = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete older.electiveWaitlist;
    expect(validateStoreData(older, 'older file').electiveWaitlist).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('Erasing check-in texts', () => {
  async function storeWithCheckIns() {
    const store = createMemoryStore(newStoreData(smallProgramme()));
    const at = NOW.toISOString();
    for (const [participantId, sessionId, text] of [['p3', 's1', 'Trioerne virker'], ['p3', 's3a', 'Godt modul'], ['p1', 's1', 'Mettes tekst']]) {
      await store.saveCheckIn({ promptKey: `reflection:${sessionId}:${participantId}`, participantId, sessionId, rating: 4, text, mayShare: true, submittedAt: at, updatedAt: at });
    }
    return store;
  }

  it('When one leader’s texts are erased, then only theirs go, ratings stay, and doing it again erases nothing', async () => {
    const store = await storeWithCheckIns();
    expect(await store.eraseCheckInTexts({ participantId: 'p3' }, NOW)).toBe(2);
    const sofie = await store.listCheckIns({ participantId: 'p3' });
    expect(sofie.map((c) => [c.text, c.rating, c.mayShare, c.textErasedAt])).toEqual([
      ['', 4, false, NOW.toISOString()],
      ['', 4, false, NOW.toISOString()],
    ]);
    expect((await store.listCheckIns({ participantId: 'p1' }))[0].text).toBe('Mettes tekst');
    expect(await store.eraseCheckInTexts({ participantId: 'p3' }, NOW)).toBe(0);
  });

  it('When everyone’s texts are erased, then every text is gone and the answered prompts still count as answered', async () => {
    const store = await storeWithCheckIns();
    expect(await store.eraseCheckInTexts({}, NOW)).toBe(3);
    expect((await store.listCheckIns()).every((c) => c.text === '' && c.rating === 4)).toBe(true);
    expect((await store.answeredPromptKeys()).size).toBe(3);
  });
});
