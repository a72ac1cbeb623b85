/** Announcements and the audit log as statements. */
import type { Announcement } from '../../domain/announcements/announcement';
import type { AuditEntry } from '../store-schema';
import type { Queryable } from './database';
import { asJson, AUDIT_LOG, fromRow, insertFromJson } from './tables';

export async function saveAnnouncement(db: Queryable, announcement: Announcement): Promise<void> {
  await db.query('INSERT INTO announcements (id, document) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET seq = DEFAULT, document = excluded.document', [
    announcement.id,
    JSON.stringify(announcement),
  ]);
}

export async function findAnnouncement(db: Queryable, id: string): Promise<Announcement | undefined> {
  const { rows } = await db.query<{ document: Announcement }>('SELECT document FROM announcements WHERE id = $1', [id]);
  return rows[0]?.document;
}

export async function listAnnouncements(db: Queryable): Promise<Announcement[]> {
  const { rows } = await db.query<{ document: Announcement }>('SELECT document FROM announcements ORDER BY seq');
  return rows.map((r) => r.document);
}

export async function appendAudit(db: Queryable, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length) await db.query(insertFromJson(AUDIT_LOG), [asJson(entries.map((e) => ({ ...e, details: e.details ?? {} })))]);
}

/** The latest `limit` entries, oldest first. */
export async function listAudit(db: Queryable, limit: number): Promise<AuditEntry[]> {
  const { rows } = await db.query('SELECT * FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT $1) latest ORDER BY seq', [limit]);
  return rows.map((row) => fromRow(AUDIT_LOG, row));
}
