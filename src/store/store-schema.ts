/**
 * The shape of the store file (schemaVersion 1). Every collection is validated; collections a
 * later feature adds get a default, so older files still open.
 */
import { z } from 'zod';
import { announcementSchema } from '../domain/announcements/announcement';
import { DELIVERY_KINDS } from '../domain/schedule/delivery';
import { EXCLUSION_REASONS, pairingSettingsSchema } from '../domain/pairing/pairing-model';
import { MEETING_ANSWERS } from '../domain/pairing/meeting-rates';
import { waitlistEntrySchema } from '../domain/self-service/elective-choice';
import { programmeSchema, SCHEMA_VERSION, type Programme } from '../domain/programme/model';

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
    /** Channel or team name, for choosing channels as a broadcast audience. */
    name: z.string().optional(),
    tenantId: z.string().optional(),
    /** The serialised Bot Framework ConversationReference used for proactive messages. */
    reference: z.record(z.unknown()),
    /** False when the user blocked the bot or removed it; no proactive sends then. */
    active: z.boolean(),
    inactiveReason: z.string().optional(),
    /** When the welcome card went out; Teams repeats install events, the welcome must not repeat. */
    welcomedAt: z.string().optional(),
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


/**
 * `waiting`: the leader cannot be reached yet (no chat, in no synced roster of a team where the
 * app is installed). Not final: it goes out as soon as they can be reached, until it expires.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'skipped', 'failed', 'blocked', 'waiting'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One card to one conversation, with everything needed to send it exactly once. */
export const outboxItemSchema = z
  .object({
    key: z.string().min(1),
    kind: z.enum(DELIVERY_KINDS),
    participantId: z.string().optional(),
    /** Set for channel posts; personal deliveries resolve the participant's conversation at send time. */
    conversationId: z.string().optional(),
    sessionId: z.string().optional(),
    offset: z.string().optional(),
    dueAt: z.string(),
    expiresAt: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int().nonnegative(),
    /** Earliest time of the next attempt (retries wait here). */
    nextAttemptAt: z.string(),
    /** A worker's lease: another worker may take the item over once it has run out. */
    claimedBy: z.string().optional(),
    claimedUntil: z.string().optional(),
    activityId: z.string().optional(),
    /** The conversation it was actually sent to. */
    sentTo: z.string().optional(),
    sentAt: z.string().optional(),
    /** Why it was skipped, failed, blocked or retried. */
    reason: z.string().optional(),
    /** Card data for deliveries that are not derived from the programme (announcements, digests). */
    payload: z.record(z.unknown()).optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** A leader's answer to a reflection prompt. One per prompt: answering again replaces it. */
export const checkInSchema = z
  .object({
    /** The reflection prompt's delivery key. */
    promptKey: z.string().min(1),
    participantId: z.string().min(1),
    sessionId: z.string().min(1),
    rating: z.number().int().min(1).max(5),
    text: z.string().max(1000),
    /** The leader allowed the text to be quoted (without name) in digests. */
    mayShare: z.boolean().default(false),
    /** The leader allowed their manager to see this rating with their name (the check-in card asks; absent means no). */
    shareRatingWithManager: z.boolean().optional(),
    /** When the text was erased (by the leader, or by the retention rule); the rating stays. */
    textErasedAt: z.string().optional(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type CheckIn = z.infer<typeof checkInSchema>;

export const absenceSchema = z
  .object({
    sessionId: z.string().min(1),
    participantId: z.string().min(1),
    reason: z.string().max(500).optional(),
    registeredAt: z.string(),
  })
  .strict();
export type Absence = z.infer<typeof absenceSchema>;

export const preferenceSchema = z
  .object({
    participantId: z.string().min(1),
    /** Reminders, prompts and nudges paused by the leader ("pause reminders"). */
    remindersPaused: z.boolean(),
    updatedAt: z.string(),
  })
  .strict();
export type Preference = z.infer<typeof preferenceSchema>;

/**
 * A participant found in a Teams team's roster: what is needed to open a 1:1 chat with them
 * (their opaque Teams user id) and to recognise them on first contact. Only participants are kept,
 * not everyone in the team.
 */
export const rosterMemberSchema = z
  .object({
    /** The team's id (its General channel's conversation id). */
    teamId: z.string().min(1),
    participantId: z.string().min(1),
    /** The Teams user id ("29:…"): opaque, never derived from the Entra object id. */
    userId: z.string().min(1),
    aadObjectId: z.string().optional(),
    syncedAt: z.string(),
  })
  .strict();
export type RosterMember = z.infer<typeof rosterMemberSchema>;

/** When a team's roster was last read in full, and whether a new read was asked for. */
export const rosterSyncSchema = z
  .object({
    teamId: z.string().min(1),
    /** A full read was asked for (installation, members added, an import) at this time. */
    requestedAt: z.string().optional(),
    syncedAt: z.string().optional(),
    /** Members read at the last full read, and how many of them are participants. */
    members: z.number().int().nonnegative().optional(),
    matched: z.number().int().nonnegative().optional(),
    /** Why the last read did not finish, if it did not. */
    lastError: z.string().optional(),
    lastErrorAt: z.string().optional(),
  })
  .strict();
export type RosterSync = z.infer<typeof rosterSyncSchema>;

/** The bot asked Microsoft Graph to install the app for a leader it could not reach. */
export const appInstallationSchema = z
  .object({
    participantId: z.string().min(1),
    /** `installed`: Graph accepted (Teams then tells the bot); `already-installed`; `failed` (tried again after a day). */
    status: z.enum(['installed', 'already-installed', 'failed']),
    reason: z.string().optional(),
    at: z.string(),
  })
  .strict();
export type AppInstallation = z.infer<typeof appInstallationSchema>;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** A leader's own choice about sparring partners: yes, no, or a pause until a day. */
export const pairingPreferenceSchema = z
  .object({
    participantId: z.string().min(1),
    /** "in": pair me (needed when the programme is opt-in); "out": no thanks. Unset until the leader says. */
    choice: z.enum(['in', 'out']).optional(),
    /** Last day of a pause (programme time zone), inclusive. */
    pausedUntil: localDate.optional(),
    updatedAt: z.string(),
  })
  .strict();
export type PairingPreferenceRecord = z.infer<typeof pairingPreferenceSchema>;

export const PAIRING_ROUND_STATUSES = ['preview', 'sent', 'cancelled'] as const;
export type PairingRoundStatus = (typeof PAIRING_ROUND_STATUSES)[number];

/**
 * A round of sparring partners: a preview HR may edit, then sent (its intro and follow-up cards
 * are in the outbox) or cancelled. `version` goes up with every change, so an edit made on an
 * older preview card is refused instead of overwriting a newer one.
 */
export const pairingRoundSchema = z
  .object({
    id: z.string().min(1).max(100),
    status: z.enum(PAIRING_ROUND_STATUSES),
    version: z.number().int().positive(),
    /** The round's day (programme time zone). */
    date: localDate,
    seed: z.number().int().min(0).max(0xffffffff),
    settings: pairingSettingsSchema,
    /** Groups of two or three participant ids. */
    groups: z.array(z.array(z.string().min(1)).min(1).max(3)),
    excluded: z.array(z.object({ leaderId: z.string().min(1), reason: z.enum(EXCLUSION_REASONS) }).strict()).default([]),
    /** Leaders HR marked absent for this round. */
    absentIds: z.array(z.string().min(1)).default([]),
    /** Who made the preview and who sent it (Entra object id, e-mail or "cli:<user>"). */
    createdBy: z.string().min(1),
    createdAt: z.string(),
    updatedAt: z.string(),
    sentBy: z.string().optional(),
    sentAt: z.string().optional(),
  })
  .strict();
export type PairingRoundRecord = z.infer<typeof pairingRoundSchema>;

/** A leader's answer to the follow-up card of a round ("did you meet?"). One per leader and round: answering again replaces it. */
export const meetingAnswerSchema = z
  .object({
    roundId: z.string().min(1),
    participantId: z.string().min(1),
    answer: z.enum(MEETING_ANSWERS),
    /** One optional line on what the meeting gave; kept for the leader and never shown with their name. */
    note: z.string().max(300).default(''),
    answeredAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type MeetingAnswerRecord = z.infer<typeof meetingAnswerSchema>;

export const storeDataSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    programme: programmeSchema,
    conversations: z.array(conversationSchema).default([]),
    checkIns: z.array(checkInSchema).default([]),
    absences: z.array(absenceSchema).default([]),
    preferences: z.array(preferenceSchema).default([]),
    outbox: z.array(outboxItemSchema).default([]),
    announcements: z.array(announcementSchema).default([]),
    /** Leaders waiting for a seat on a full elective, in the order they joined. */
    electiveWaitlist: z.array(waitlistEntrySchema).default([]),
    /** Participants found in the rosters of teams where the app is installed (older files: none yet). */
    rosterMembers: z.array(rosterMemberSchema).default([]),
    rosterSyncs: z.array(rosterSyncSchema).default([]),
    appInstallations: z.array(appInstallationSchema).default([]),
    pairingPreferences: z.array(pairingPreferenceSchema).default([]),
    pairingRounds: z.array(pairingRoundSchema).default([]),
    meetingAnswers: z.array(meetingAnswerSchema).default([]),
    auditLog: z.array(auditEntrySchema).default([]),
  })
  .strict();
export type StoreData = z.infer<typeof storeDataSchema>;

/** A new store holding just a programme. */
export function newStoreData(programme: Programme): StoreData {
  return storeDataSchema.parse({ schemaVersion: SCHEMA_VERSION, programme });
}
