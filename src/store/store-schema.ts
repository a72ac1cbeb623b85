/**
 * The shape of the store file (schemaVersion 1). The programme is validated in full; the
 * collections that later features fill (check-ins, outbox, announcements) are kept as records
 * so a newer bot's data is never thrown away by an older one.
 */
import { z } from 'zod';
import { programmeSchema, SCHEMA_VERSION, type Programme } from '../domain/model';

export const conversationSchema = z
  .object({
    /** Bot Framework conversation id. */
    id: z.string().min(1),
    scope: z.enum(['personal', 'channel', 'groupChat']),
    /** Participant this personal conversation belongs to, once linked. */
    participantId: z.string().optional(),
    /** Teams user id (29:...) and Entra object id of the user, for personal conversations. */
    userId: z.string().optional(),
    aadObjectId: z.string().optional(),
    teamId: z.string().optional(),
    tenantId: z.string().optional(),
    /** The serialised Bot Framework ConversationReference used for proactive messages. */
    reference: z.record(z.unknown()),
    /** False when the user blocked the bot or removed it; no proactive sends then. */
    active: z.boolean(),
    inactiveReason: z.string().optional(),
    updatedAt: z.string(),
  })
  .strict();
export type ConversationRecord = z.infer<typeof conversationSchema>;

export const auditEntrySchema = z
  .object({
    at: z.string(),
    /** Who did it: an Entra object id, an e-mail, "system" or "cli". */
    actor: z.string(),
    action: z.string(),
    details: z.record(z.unknown()).default({}),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const looseRecords = z.array(z.record(z.unknown())).default([]);

export const storeDataSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    programme: programmeSchema,
    conversations: z.array(conversationSchema).default([]),
    checkIns: looseRecords,
    absences: looseRecords,
    outbox: looseRecords,
    announcements: looseRecords,
    auditLog: z.array(auditEntrySchema).default([]),
  })
  .strict();
export type StoreData = z.infer<typeof storeDataSchema>;

/** A new store holding just a programme. */
export function newStoreData(programme: Programme): StoreData {
  return storeDataSchema.parse({ schemaVersion: SCHEMA_VERSION, programme });
}
