/**
 * The key that signs calendar and "my data" links, when SECRET_LINK_KEY is not set, kept in the
 * database: the embedded store keeps it in a file beside itself, but replicas on several machines
 * share no folder, and a link one replica signed must open on every other. Generated once, by
 * whichever replica comes first; never replaced (that would break every link handed out).
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from './database';

const NAME = 'link-key';

export async function sharedLinkKey(db: Queryable): Promise<string> {
  await db.query('INSERT INTO store_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [NAME, randomBytes(32).toString('hex')]);
  const { rows } = await db.query<{ value: string }>('SELECT value FROM store_secrets WHERE name = $1', [NAME]);
  return rows[0].value;
}
