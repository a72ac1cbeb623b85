/** Conversations (where proactive cards go) as statements; see ConversationStore. */
import type { ConversationRecord } from '../store-schema';
import type { Queryable } from './database';
import { releaseWaiting } from './outbox-rows';
import { asJson, CONVERSATIONS, fromRow, insertFromJson } from './tables';

/** Inserts or replaces a conversation (active again, the welcome kept) and releases its leader's waiting deliveries. Run in a transaction. */
export async function saveConversation(db: Queryable, record: ConversationRecord): Promise<void> {
  const saved = { ...record, active: true, inactiveReason: undefined };
  await db.query(
    insertFromJson(
      CONVERSATIONS,
      `ON CONFLICT (id) DO UPDATE SET seq = DEFAULT, scope = excluded.scope, participant_id = excluded.participant_id, user_id = excluded.user_id,
         aad_object_id = excluded.aad_object_id, team_id = excluded.team_id, name = excluded.name, tenant_id = excluded.tenant_id,
         reference = excluded.reference, active = true, inactive_reason = NULL,
         welcomed_at = coalesce(excluded.welcomed_at, conversations.welcomed_at), updated_at = excluded.updated_at`,
    ),
    [asJson([saved])],
  );
  if (record.scope === 'personal' && record.participantId) await releaseWaiting(db, [record.participantId], new Date(record.updatedAt));
}

export async function deactivateConversation(db: Queryable, conversationId: string, reason: string, at: Date): Promise<void> {
  await db.query('UPDATE conversations SET active = false, inactive_reason = $2, updated_at = $3 WHERE id = $1', [conversationId, reason, at]);
}

export async function findConversation(db: Queryable, conversationId: string): Promise<ConversationRecord | undefined> {
  const { rows } = await db.query('SELECT * FROM conversations WHERE id = $1', [conversationId]);
  return rows.length ? fromRow(CONVERSATIONS, rows[0]) : undefined;
}

/** True only for the first caller: the welcome goes out once, whichever replica gets the event. */
export async function markWelcomed(db: Queryable, conversationId: string, at: Date): Promise<boolean> {
  const result = await db.query('UPDATE conversations SET welcomed_at = $2 WHERE id = $1 AND welcomed_at IS NULL', [conversationId, at]);
  return result.rowCount === 1;
}

/** The most recently updated personal chat of a leader (a reinstall makes a fresh one). */
export async function findPersonalConversation(db: Queryable, participantId: string): Promise<ConversationRecord | undefined> {
  const { rows } = await db.query(`SELECT * FROM conversations WHERE scope = 'personal' AND participant_id = $1 ORDER BY updated_at DESC, seq LIMIT 1`, [participantId]);
  return rows.length ? fromRow(CONVERSATIONS, rows[0]) : undefined;
}

export async function listConversations(db: Queryable, filter: { scope?: ConversationRecord['scope']; active?: boolean }): Promise<ConversationRecord[]> {
  const { rows } = await db.query('SELECT * FROM conversations WHERE ($1::text IS NULL OR scope = $1) AND ($2::boolean IS NULL OR active = $2) ORDER BY seq', [
    filter.scope ?? null,
    filter.active ?? null,
  ]);
  return rows.map((row) => fromRow(CONVERSATIONS, row));
}
