/**
 * The programme in PostgreSQL: the programme without its participants is one jsonb document with
 * a version; each participant is a row (looked up by e-mail or Entra object id through an index,
 * and changed alone when a leader is linked or chooses electives). Every change raises the
 * version in the same transaction, and every transaction that changes participants takes the
 * programme row's lock first, so changes to the programme are applied one after the other.
 */
import type { Participant, Programme } from '../../domain/programme/model';
import type { Queryable } from './database';

export interface VersionedProgramme {
  version: number;
  programme: Programme;
}

/** Reads the programme as of one snapshot (one statement): the document, its version and every participant in order. */
export async function loadProgramme(db: Queryable): Promise<VersionedProgramme | undefined> {
  const { rows } = await db.query<{ version: string; document: Omit<Programme, 'participants'>; participants: Participant[] }>(
    `SELECT version, document,
            coalesce((SELECT jsonb_agg(document ORDER BY position) FROM participants), '[]'::jsonb) AS participants
       FROM programme`,
  );
  if (!rows.length) return undefined;
  return { version: Number(rows[0].version), programme: { ...rows[0].document, participants: rows[0].participants } as Programme };
}

/** The current version, or undefined when the database holds no programme yet. */
export async function programmeVersion(db: Queryable): Promise<number | undefined> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM programme');
  return rows.length ? Number(rows[0].version) : undefined;
}

/** Takes the programme row's lock for the rest of the transaction and returns the version. */
export async function lockProgramme(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM programme FOR UPDATE');
  return Number(rows[0].version);
}

/** Raises the version (taking the row's lock) and returns the new one. */
export async function bumpVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: string }>('UPDATE programme SET version = version + 1 RETURNING version');
  return Number(rows[0].version);
}

/** Writes the participants of a whole programme (insert or replace by id), at their places in its list. */
async function upsertParticipants(db: Queryable, participants: readonly Participant[]): Promise<void> {
  if (!participants.length) return;
  const rows = participants.map((p, position) => ({ id: p.id, position, email_key: p.email.toLowerCase(), aad_key: p.aadObjectId?.toLowerCase() ?? null, document: p }));
  await db.query(
    `INSERT INTO participants (id, position, email_key, aad_object_id_key, document)
     SELECT r.id, r.position, r.email_key, r.aad_key, r.document
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, position integer, email_key text, aad_key text, document jsonb)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, email_key = excluded.email_key, aad_object_id_key = excluded.aad_object_id_key, document = excluded.document
     WHERE participants.document IS DISTINCT FROM excluded.document OR participants.position IS DISTINCT FROM excluded.position`,
    [JSON.stringify(rows)],
  );
}

/** Replaces changed participants (a link, a choice of electives); their places in the list stay. */
export async function updateParticipants(db: Queryable, changed: readonly Participant[]): Promise<void> {
  if (!changed.length) return;
  const rows = changed.map((p) => ({ id: p.id, email_key: p.email.toLowerCase(), aad_key: p.aadObjectId?.toLowerCase() ?? null, document: p }));
  await db.query(
    `UPDATE participants SET email_key = r.email_key, aad_object_id_key = r.aad_key, document = r.document
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, email_key text, aad_key text, document jsonb)
      WHERE participants.id = r.id`,
    [JSON.stringify(rows)],
  );
}

/** Writes a whole programme: the document, the participants (those no longer in it removed). */
export async function writeProgramme(db: Queryable, programme: Programme, options: { insert: boolean }): Promise<void> {
  const { participants, ...document } = programme;
  if (options.insert) {
    await db.query('INSERT INTO programme (id, document, version) VALUES (1, $1, 1)', [JSON.stringify(document)]);
  } else {
    await db.query('UPDATE programme SET document = $1', [JSON.stringify(document)]);
  }
  await db.query('DELETE FROM participants WHERE NOT (id = ANY($1::text[]))', [participants.map((p) => p.id)]);
  await upsertParticipants(db, participants);
}
