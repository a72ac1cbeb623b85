/**
 * The store as the rest of the bot sees it: operations, not a data object. The embedded lowdb
 * file implements it today; a PostgreSQL implementation with several replicas must be able to
 * implement the same interface, so every method is async and says what it does.
 */
import type { Participant, Programme } from '../domain/model';
import type { AuditEntry, ConversationRecord } from './store-schema';

export interface ProgrammeReader {
  /** The current programme. Treat it as read-only: it is shared and frozen. */
  getProgramme(): Promise<Programme>;
}

export interface ParticipantDirectory {
  findParticipantByAadObjectId(aadObjectId: string): Promise<Participant | undefined>;
  findParticipantByEmail(email: string): Promise<Participant | undefined>;
  /** Records the Entra object id found for a participant (first contact via e-mail/UPN). */
  linkParticipant(participantId: string, aadObjectId: string): Promise<Participant>;
}

export interface ConversationStore {
  /** Inserts or replaces a conversation by id; saving makes it active again. */
  saveConversation(record: ConversationRecord): Promise<void>;
  /** Stops proactive sends to a conversation (uninstalled, blocked), keeping the record. */
  deactivateConversation(conversationId: string, reason: string, at: Date): Promise<void>;
  findConversation(conversationId: string): Promise<ConversationRecord | undefined>;
  findPersonalConversation(participantId: string): Promise<ConversationRecord | undefined>;
}

export interface AuditLog {
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(options?: { limit?: number }): Promise<AuditEntry[]>;
}

export interface Store extends ProgrammeReader, ParticipantDirectory, ConversationStore, AuditLog {
  /** Waits for pending writes. */
  close(): Promise<void>;
}
