/**
 * A whole store document (the embedded store's shape) written to or read from PostgreSQL: for a
 * new database's first programme, for copying an embedded store in (migrate-store), and for
 * export and comparison.
 */
import type { Programme } from '../../domain/programme/model';
import { SCHEMA_VERSION } from '../../domain/programme/model';
import type { StoreData } from '../store-schema';
import type { Queryable } from './database';
import { loadProgramme, writeProgramme } from './programme-rows';
import { writePairingRecords } from './pairing-rows';
import {
  ABSENCES,
  APP_INSTALLATIONS,
  asJson,
  AUDIT_LOG,
  CHECK_INS,
  CONVERSATIONS,
  fromRow,
  insertFromJson,
  OUTBOX,
  PREFERENCES,
  ROSTER_MEMBERS,
  ROSTER_SYNCS,
  WAITLIST,
  type TableSpec,
} from './tables';

/** The collections of the document and their tables, in the order they are written. */
const COLLECTIONS = [
  ['conversations', CONVERSATIONS],
  ['checkIns', CHECK_INS],
  ['absences', ABSENCES],
  ['preferences', PREFERENCES],
  ['outbox', OUTBOX],
  ['electiveWaitlist', WAITLIST],
  ['rosterMembers', ROSTER_MEMBERS],
  ['rosterSyncs', ROSTER_SYNCS],
  ['appInstallations', APP_INSTALLATIONS],
  ['auditLog', AUDIT_LOG],
] as const satisfies ReadonlyArray<readonly [keyof StoreData, TableSpec<never>]>;

/** The collections kept as whole documents (see migration 0005), and their tables. */
const DOCUMENTS = [
  ['pairingPreferences', 'pairing_preferences'],
  ['pairingRounds', 'pairing_rounds'],
  ['meetingAnswers', 'meeting_answers'],
] as const satisfies ReadonlyArray<readonly [keyof StoreData, string]>;

/** Rows per statement when copying: large enough to be quick, small enough for one parameter. */
const CHUNK = 5_000;

export type StoreCounts = Record<'participants' | 'announcements' | (typeof COLLECTIONS)[number][0] | (typeof DOCUMENTS)[number][0], number>;

/** Writes a whole document into empty tables (run in a transaction). */
export async function writeStoreData(db: Queryable, data: StoreData): Promise<void> {
  await writeProgramme(db, data.programme, { insert: true });
  for (const [field, spec] of COLLECTIONS) {
    const rows = data[field] as readonly unknown[];
    for (let i = 0; i < rows.length; i += CHUNK) await db.query(insertFromJson(spec as TableSpec<unknown>), [asJson(rows.slice(i, i + CHUNK))]);
  }
  for (const announcement of data.announcements) {
    await db.query('INSERT INTO announcements (id, document) VALUES ($1, $2)', [announcement.id, JSON.stringify(announcement)]);
  }
  await writePairingRecords(db, data);
}

/** Reads everything back as one document (for export and for checking a copy). */
export async function readStoreData(db: Queryable): Promise<StoreData | undefined> {
  const loaded = await loadProgramme(db);
  if (!loaded) return undefined;
  const data: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, programme: loaded.programme as Programme };
  for (const [field, spec] of COLLECTIONS) {
    const { rows } = await db.query(`SELECT * FROM ${spec.table} ORDER BY seq`);
    data[field] = rows.map((row) => fromRow(spec as TableSpec<unknown>, row));
  }
  const { rows } = await db.query<{ document: unknown }>('SELECT document FROM announcements ORDER BY seq');
  data.announcements = rows.map((r) => r.document);
  for (const [field, table] of DOCUMENTS) {
    const read = await db.query<{ document: unknown }>(`SELECT document FROM ${table} ORDER BY seq`);
    data[field] = read.rows.map((r) => r.document);
  }
  return data as StoreData;
}

/** How many rows each collection has: what a copy is checked against. */
export async function countRows(db: Queryable): Promise<StoreCounts> {
  const tables = [['participants', 'participants'], ['announcements', 'announcements'], ...COLLECTIONS.map(([field, spec]) => [field, spec.table]), ...DOCUMENTS];
  const { rows } = await db.query<Record<string, string>>(`SELECT ${tables.map(([field, table]) => `(SELECT count(*) FROM ${table}) AS "${field}"`).join(', ')}`);
  return Object.fromEntries(Object.entries(rows[0]).map(([field, n]) => [field, Number(n)])) as StoreCounts;
}

/** The same counts of a document. */
export function countDocument(data: StoreData): StoreCounts {
  const counts: Record<string, number> = { participants: data.programme.participants.length, announcements: data.announcements.length };
  for (const [field] of [...COLLECTIONS, ...DOCUMENTS]) counts[field] = (data[field] as readonly unknown[]).length;
  return counts as StoreCounts;
}
