/**
 * A PostgreSQL store whose database stops taking writes (here: made read-only, as a standby or a
 * full disk would) rejects each change as STORE_WRITE_FAILED, keeps nothing of it, reports itself
 * not ready, and is ready again once the database takes writes. And a change made of several
 * writes whose last write fails keeps none of them: it is one transaction.
 */
import pg from 'pg';
import { createPool } from '../../src/store/postgres/database';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { newStoreData } from '../../src/store/store-schema';
import { contractProgramme } from './store-contract';
import { smallProgramme } from '../helpers/programmes';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../helpers/test-postgres';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
}, 60_000);
afterEach(async () => database.drop(), 60_000);

/** Sets the database's default for new connections (from the server's own database, which stays writable). */
async function setReadOnly(on: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE ${new URL(database.url).pathname.slice(1)} SET default_transaction_read_only = ${on ? 'on' : 'off'}`);
  } finally {
    await client.end();
  }
}

it('When the database stops taking writes, then changes fail as not saved, nothing is kept, and the store is not ready until writes work again', async () => {
  await (await openPostgresStore({ url: database.url, seed: () => newStoreData(smallProgramme()) })).close();
  await setReadOnly(true);
  // A new pool: the setting applies to new connections, as after a fail-over to a standby.
  const store = new PostgresStore(createPool({ url: database.url, poolSize: 2 }));
  try {
    expect(await store.isWritable()).toBe(false);
    const checkIn = { promptKey: 'reflection:s1:p3', participantId: 'p3', sessionId: 's1', rating: 4, text: 'Godt', mayShare: false, submittedAt: '2027-03-05T13:00:00.000Z', updatedAt: '2027-03-05T13:00:00.000Z' };
    await expect(store.saveCheckIn(checkIn)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringContaining('not saved') });
    await expect(store.chooseElectives('p3', ['e1', 'e2'], new Date('2027-01-11T08:00:00Z'), { joinWaitlist: true })).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect(await store.findCheckIn('reflection:s1:p3')).toBeUndefined();
    expect(await store.getProgramme()).toMatchObject({ id: smallProgramme().id });
  } finally {
    await store.close();
  }
  await setReadOnly(false);
  const again = new PostgresStore(createPool({ url: database.url, poolSize: 2 }));
  try {
    expect(await again.isWritable()).toBe(true);
  } finally {
    await again.close();
  }
});

/** Makes every insert into the audit log fail, as a constraint or a full disk would, on the database itself. */
async function refuseAuditWrites(): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log refused'; END $$`);
    await client.query('CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()');
  } finally {
    await client.end();
  }
}

it('When the last write of a composed change fails, then nothing of it is kept: an announcement sent, a programme import, a choice of electives', async () => {
  const { programme } = contractProgramme();
  const store = await openPostgresStore({ url: database.url, seed: () => newStoreData(programme) });
  try {
    const before = await store.getProgramme();
    await refuseAuditWrites();
    const now = new Date('2027-01-11T08:00:00.000Z');

    const announcement = { id: 'ann1', title: 'Hej', text: 'Tekst', audience: { everyone: true, levels: [], groups: [], electives: [], channels: [] }, createdBy: 'hr', createdAt: now.toISOString(), status: 'scheduled' as const, recipients: 2 };
    const deliveries = ['r1', 'r2'].map((id) => ({ key: `announcement:ann1:${id}`, kind: 'announcement' as const, participantId: id, dueAt: now.toISOString(), expiresAt: now.toISOString(), payload: { announcementId: 'ann1' } }));
    await expect(store.scheduleAnnouncement(announcement, deliveries, { at: now.toISOString(), actor: 'hr', action: 'announcement.sent', details: {} }, now)).rejects.toMatchObject({
      code: 'STORE_WRITE_FAILED',
      message: expect.stringContaining('audit log refused'),
    });
    expect(await store.findAnnouncement('ann1')).toBeUndefined();
    expect(await store.listDeliveries({ kinds: ['announcement'] })).toEqual([]);

    const imported = { ...before, name: { da: 'Nyt navn', en: 'New name' }, participants: before.participants.filter((p) => p.id !== 'r9') };
    await expect(store.replaceProgramme(imported, { at: now.toISOString(), actor: 'hr', action: 'import.participants', details: {} }, before)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    await expect(store.chooseElectives('r1', ['e2', 'e4'], now, { joinWaitlist: true })).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });

    // Read through a new store, so nothing remembered in memory can hide what the database kept.
    const fresh = new PostgresStore(createPool({ url: database.url, poolSize: 2 }));
    try {
      const after = await fresh.getProgramme();
      expect(after.name).toEqual(before.name);
      expect(after.participants).toEqual(before.participants);
      expect(await fresh.findParticipantByEmail('r9@kommune.example')).toBeDefined();
      expect(await fresh.listWaitlist()).toEqual([]);
      expect(await fresh.listDeliveries()).toEqual([]);
    } finally {
      await fresh.close();
    }
  } finally {
    await store.close();
  }
});
