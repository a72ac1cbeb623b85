/**
 * Copies an embedded store (the lowdb JSON file) into an empty PostgreSQL store, in one
 * transaction, and checks that every collection arrived whole (row counts) before committing.
 * Running it again with the same file is recognised (by the file's SHA-256) and changes nothing;
 * a database that already holds another programme is refused, never overwritten.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type pg from 'pg';
import { CodedError } from '../../domain/errors';
import { validateStoreData } from '../lowdb-store';
import { inTransaction } from './database';
import { programmeVersion } from './programme-rows';
import { countDocument, countRows, writeStoreData, type StoreCounts } from './store-data-rows';

/** The same lock as a new database's first programme: a bot starting meanwhile does not seed it. */
const SEED_LOCK = 'programme-bot:seed';

export interface CopyReport {
  /** False when this file had been copied before: nothing was written. */
  copied: boolean;
  /** When it was copied (now, or the earlier run). */
  copiedAt: Date;
  /** The file's collections and their sizes, as found in the database after the copy. */
  counts: StoreCounts;
}

export async function copyFileStore(pool: pg.Pool, file: string, now: Date): Promise<CopyReport> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CodedError('STORE_UNREADABLE', `The store file ${file} could not be read: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CodedError('STORE_UNREADABLE', `The store file ${file} is not JSON (${(err as Error).message}); nothing was copied.`);
  }
  const data = validateStoreData(raw, file);
  const hash = createHash('sha256').update(text).digest('hex');
  const expected = countDocument(data);
  return inTransaction(pool, async (db) => {
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
    const earlier = await db.query<{ copied_at: Date; counts: StoreCounts }>('SELECT copied_at, counts FROM store_copies WHERE source_hash = $1', [hash]);
    if (earlier.rows.length) return { copied: false, copiedAt: earlier.rows[0].copied_at, counts: earlier.rows[0].counts };
    if ((await programmeVersion(db)) !== undefined) {
      throw new CodedError(
        'STORE_NOT_EMPTY',
        'The database already holds a programme (a bot started on it, or another file was copied in). migrate-store copies into an empty database only, so nothing was changed. Use a new database, or drop and re-create this one and run `npm run migrate` first.',
      );
    }
    await writeStoreData(db, data);
    const counts = await countRows(db);
    const wrong = (Object.keys(expected) as (keyof StoreCounts)[]).filter((k) => counts[k] !== expected[k]);
    if (wrong.length) {
      throw new CodedError('STORE_COPY_MISMATCH', `The copy did not match the file (${wrong.map((k) => `${k}: ${counts[k]} of ${expected[k]}`).join(', ')}); nothing was saved.`);
    }
    await db.query('INSERT INTO store_copies (source_hash, source, copied_at, counts) VALUES ($1, $2, $3, $4)', [hash, file, now, JSON.stringify(counts)]);
    return { copied: true, copiedAt: now, counts };
  });
}
