/**
 * How each record of the store maps to its table: one column per field, named in snake_case,
 * with its SQL type. The same description writes rows in bulk (from a JSON array, one parameter
 * however many rows) and reads them back into the records the Store interface returns.
 */
import type { WaitlistEntry } from '../../domain/self-service/elective-choice';
import type { Absence, AppInstallation, AuditEntry, CheckIn, ConversationRecord, OutboxItem, Preference, RosterMember, RosterSync } from '../store-schema';

type SqlType = 'text' | 'integer' | 'boolean' | 'timestamptz' | 'jsonb';

export interface TableSpec<T> {
  table: string;
  /** Record field → column and type. */
  columns: ReadonlyArray<readonly [field: keyof T & string, column: string, type: SqlType]>;
}

function spec<T>(table: string, columns: TableSpec<T>['columns']): TableSpec<T> {
  return { table, columns };
}

export const CONVERSATIONS = spec<ConversationRecord>('conversations', [
  ['id', 'id', 'text'],
  ['scope', 'scope', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['userId', 'user_id', 'text'],
  ['aadObjectId', 'aad_object_id', 'text'],
  ['teamId', 'team_id', 'text'],
  ['name', 'name', 'text'],
  ['tenantId', 'tenant_id', 'text'],
  ['reference', 'reference', 'jsonb'],
  ['active', 'active', 'boolean'],
  ['inactiveReason', 'inactive_reason', 'text'],
  ['welcomedAt', 'welcomed_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'],
]);

export const OUTBOX = spec<OutboxItem>('outbox', [
  ['key', 'key', 'text'],
  ['kind', 'kind', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['conversationId', 'conversation_id', 'text'],
  ['sessionId', 'session_id', 'text'],
  ['offset', 'offset', 'text'],
  ['dueAt', 'due_at', 'timestamptz'],
  ['expiresAt', 'expires_at', 'timestamptz'],
  ['status', 'status', 'text'],
  ['attempts', 'attempts', 'integer'],
  ['nextAttemptAt', 'next_attempt_at', 'timestamptz'],
  ['claimedBy', 'claimed_by', 'text'],
  ['claimedUntil', 'claimed_until', 'timestamptz'],
  ['activityId', 'activity_id', 'text'],
  ['sentTo', 'sent_to', 'text'],
  ['sentAt', 'sent_at', 'timestamptz'],
  ['reason', 'reason', 'text'],
  ['payload', 'payload', 'jsonb'],
  ['createdAt', 'created_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'],
]);

export const CHECK_INS = spec<CheckIn>('check_ins', [
  ['promptKey', 'prompt_key', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['sessionId', 'session_id', 'text'],
  ['rating', 'rating', 'integer'],
  ['text', 'text', 'text'],
  ['mayShare', 'may_share', 'boolean'],
  ['shareRatingWithManager', 'share_rating_with_manager', 'boolean'],
  ['textErasedAt', 'text_erased_at', 'timestamptz'],
  ['submittedAt', 'submitted_at', 'timestamptz'],
  ['updatedAt', 'updated_at', 'timestamptz'],
]);

export const ABSENCES = spec<Absence>('absences', [
  ['sessionId', 'session_id', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['reason', 'reason', 'text'],
  ['registeredAt', 'registered_at', 'timestamptz'],
]);

export const PREFERENCES = spec<Preference>('preferences', [
  ['participantId', 'participant_id', 'text'],
  ['remindersPaused', 'reminders_paused', 'boolean'],
  ['updatedAt', 'updated_at', 'timestamptz'],
]);

export const WAITLIST = spec<WaitlistEntry>('elective_waitlist', [
  ['electiveId', 'elective_id', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['joinedAt', 'joined_at', 'timestamptz'],
]);

export const ROSTER_MEMBERS = spec<RosterMember>('roster_members', [
  ['teamId', 'team_id', 'text'],
  ['participantId', 'participant_id', 'text'],
  ['userId', 'user_id', 'text'],
  ['aadObjectId', 'aad_object_id', 'text'],
  ['syncedAt', 'synced_at', 'timestamptz'],
]);

export const ROSTER_SYNCS = spec<RosterSync>('roster_syncs', [
  ['teamId', 'team_id', 'text'],
  ['requestedAt', 'requested_at', 'timestamptz'],
  ['syncedAt', 'synced_at', 'timestamptz'],
  ['members', 'members', 'integer'],
  ['matched', 'matched', 'integer'],
  ['lastError', 'last_error', 'text'],
  ['lastErrorAt', 'last_error_at', 'timestamptz'],
]);

export const APP_INSTALLATIONS = spec<AppInstallation>('app_installations', [
  ['participantId', 'participant_id', 'text'],
  ['status', 'status', 'text'],
  ['reason', 'reason', 'text'],
  ['at', 'at', 'timestamptz'],
]);

export const AUDIT_LOG = spec<AuditEntry>('audit_log', [
  ['at', 'at', 'timestamptz'],
  ['actor', 'actor', 'text'],
  ['action', 'action', 'text'],
  ['details', 'details', 'jsonb'],
]);

const quote = (column: string) => `"${column}"`;

/** The table's columns, quoted, for an INSERT or SELECT list. */
export function columnList<T>(spec: TableSpec<T>): string {
  return spec.columns.map(([, column]) => quote(column)).join(', ');
}

/**
 * `INSERT INTO table (…) SELECT … FROM jsonb_to_recordset($1)`: inserts the records of a JSON
 * array (parameter 1) in order; `tail` adds ON CONFLICT / RETURNING.
 */
export function insertFromJson<T>(spec: TableSpec<T>, tail = ''): string {
  const definitions = spec.columns.map(([field, , type]) => `${quote(field)} ${type}`).join(', ');
  const values = spec.columns.map(([field]) => `r.${quote(field)}`).join(', ');
  return `INSERT INTO ${spec.table} (${columnList(spec)}) SELECT ${values} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions}) ${tail}`;
}

/** A row as the driver returns it → the record: times as ISO strings, NULL columns left out. */
export function fromRow<T>(spec: TableSpec<T>, row: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [field, column] of spec.columns) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    record[field] = value instanceof Date ? value.toISOString() : value;
  }
  return record as T;
}

/** Records as one JSON parameter for insertFromJson. */
export function asJson(records: readonly unknown[]): string {
  return JSON.stringify(records);
}
