/**
 * The store as the rest of the bot sees it: operations, not a data object. The embedded lowdb
 * file implements it today; a PostgreSQL implementation with several replicas must be able to
 * implement the same interface, so every method is async and says what it does.
 */
import type { Announcement } from '../domain/announcements/announcement';
import type { ElectiveChoiceOutcome, WaitlistEntry } from '../domain/self-service/elective-choice';
import type { Participant, Programme } from '../domain/programme/model';
import type { ClaimOptions, DeliveryOutcome, NewDelivery } from './outbox-changes';
import type { PairingPreferenceChange, PairingPreviewInput } from './pairing-changes';
import type { RosterEntry, SavedRoster } from './roster-changes';
import type {
  Absence,
  AppInstallation,
  AuditEntry,
  CheckIn,
  ConversationRecord,
  DeliveryStatus,
  MeetingAnswerRecord,
  OutboxItem,
  PairingPreferenceRecord,
  PairingRoundRecord,
  PairingRoundStatus,
  RosterMember,
  RosterSync,
} from './store-schema';

export interface ProgrammeReader {
  /** The current programme. Treat it as read-only: it is shared and frozen. */
  getProgramme(): Promise<Programme>;
}

export interface ProgrammeWriter {
  /**
   * Replaces the programme (an import or a session change) and records who did it in the audit
   * log, in one write. `expectedVersion` guards against a concurrent change: the programme read
   * before the change must still be the current one.
   */
  replaceProgramme(next: Programme, audit: AuditEntry, expected?: Programme): Promise<void>;
}

export interface ParticipantDirectory {
  findParticipantByAadObjectId(aadObjectId: string): Promise<Participant | undefined>;
  findParticipantByEmail(email: string): Promise<Participant | undefined>;
  /** Records the Entra object id found for a participant (first contact via e-mail/UPN). */
  linkParticipant(participantId: string, aadObjectId: string): Promise<Participant>;
}

export interface ConversationStore {
  /**
   * Inserts or replaces a conversation by id; saving makes it active again. Saving a leader's
   * personal chat also makes their waiting deliveries due at once (they can be reached now).
   */
  saveConversation(record: ConversationRecord): Promise<void>;
  /** Stops proactive sends to a conversation (uninstalled, blocked), keeping the record. */
  deactivateConversation(conversationId: string, reason: string, at: Date): Promise<void>;
  findConversation(conversationId: string): Promise<ConversationRecord | undefined>;
  /** Marks a conversation as welcomed; true only for the first caller, so a welcome goes out once. */
  markWelcomed(conversationId: string, at: Date): Promise<boolean>;
  findPersonalConversation(participantId: string): Promise<ConversationRecord | undefined>;
  listConversations(filter?: { scope?: ConversationRecord['scope']; active?: boolean }): Promise<ConversationRecord[]>;
}

export interface AuditLog {
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(options?: { limit?: number }): Promise<AuditEntry[]>;
}

export interface OutboxStore {
  /** Adds deliveries whose key is not known yet (idempotent); returns how many were added. */
  enqueueDeliveries(items: NewDelivery[], now: Date): Promise<number>;
  /** Keys of deliveries due after `since`: what the planner must not plan again. */
  deliveryKeysSince(since: Date): Promise<Set<string>>;
  /**
   * Leases due deliveries to one worker, at most one per thread (conversation, or leader when the
   * chat is resolved at send time) and none for a thread with a delivery in flight; an expired
   * lease (crashed worker) makes them claimable again.
   */
  claimDueDeliveries(options: ClaimOptions): Promise<OutboxItem[]>;
  /** A live worker's heartbeat: extends its leases to `until`, so only a worker that stopped loses its deliveries. */
  renewLeases(workerId: string, until: Date): Promise<number>;
  /** Records one attempt's outcome. Final outcomes (sent, skipped, failed, blocked) are never changed. */
  recordDeliveryOutcome(key: string, outcome: DeliveryOutcome, now: Date): Promise<void>;
  /**
   * At start-up: returns deliveries left `sending` by a process that is gone to the queue at once,
   * where the store can tell (the embedded store holds a file lock, so nothing else is sending);
   * a store shared by replicas leaves them to their leases and returns 0. Returns how many.
   */
  reclaimAbandonedDeliveries(now: Date): Promise<number>;
  findDelivery(key: string): Promise<OutboxItem | undefined>;
  /**
   * Removes deliveries of a session that have not been attempted yet (a moved session): the
   * planner then plans them again for the new time. Sent ones stay, as the record of what was said.
   */
  dropPendingDeliveries(sessionId: string, kinds: string[]): Promise<number>;
  /** When the earliest pending delivery may next be tried (retries wait in the outbox). */
  nextPendingAttemptAt(): Promise<Date | undefined>;
  listDeliveries(filter?: { kinds?: string[]; statuses?: DeliveryStatus[]; participantId?: string }): Promise<OutboxItem[]>;
}

export interface RosterStore {
  /**
   * Replaces a team's roster with a complete read, in one operation: keeps the participants among
   * the members (by Entra object id, else UPN/e-mail), records the read, and makes the waiting
   * deliveries of every participant found due at once.
   */
  saveRoster(teamId: string, entries: RosterEntry[], times: { startedAt: Date; now: Date }): Promise<SavedRoster>;
  /** Asks for a full read of a team's roster at the next opportunity. */
  requestRosterSync(teamId: string, now: Date): Promise<void>;
  /** Records why a read did not finish; it is tried again later. */
  recordRosterSyncFailure(teamId: string, reason: string, now: Date): Promise<void>;
  /** Forgets members who left a team, or the whole team's roster (no user ids) when the app was removed. */
  removeRosterMembers(teamId: string, userIds?: string[]): Promise<number>;
  listRosterMembers(filter?: { participantId?: string; userId?: string; aadObjectId?: string; teamId?: string }): Promise<RosterMember[]>;
  listRosterSyncs(): Promise<RosterSync[]>;
  /** Records the latest attempt to install the app for a leader through Graph (one per leader). */
  recordAppInstallation(entry: AppInstallation): Promise<void>;
  listAppInstallations(): Promise<AppInstallation[]>;
}

export interface CheckInStore {
  /** Stores a check-in; a second answer to the same prompt replaces the first. */
  saveCheckIn(checkIn: CheckIn): Promise<{ created: boolean }>;
  findCheckIn(promptKey: string): Promise<CheckIn | undefined>;
  /** Prompt keys that have a check-in (no nudge for them). */
  answeredPromptKeys(): Promise<Set<string>>;
  listCheckIns(filter?: { participantId?: string; since?: Date }): Promise<CheckIn[]>;
  /**
   * Erases the texts of check-ins, one leader's or (no participantId) everyone's, and withdraws
   * their permission to be quoted. Ratings stay. Returns how many texts were erased.
   */
  eraseCheckInTexts(filter: { participantId?: string }, at: Date): Promise<number>;
}

export interface ElectiveStore {
  /**
   * A leader's complete new choice of electives, as one atomic operation: seats are given while
   * there are free ones (never more than the capacity, however many leaders choose at once), a full
   * elective puts the leader in line when `joinWaitlist` (else the whole choice is refused), seats
   * given up go to the first in line, each promoted leader gets a 'waitlist-promotion' delivery in
   * the outbox, and the audit log records it. Refused after `deadline`.
   */
  chooseElectives(
    participantId: string,
    electiveIds: string[],
    now: Date,
    options: { joinWaitlist: boolean; deadline?: Date },
  ): Promise<ElectiveChoiceOutcome>;
  /** The waiting lists, in queue order. */
  listWaitlist(filter?: { electiveId?: string; participantId?: string }): Promise<WaitlistEntry[]>;
}

export interface AttendanceStore {
  /**
   * Registers an absence from a session, or updates the reason of one already registered (its
   * first registration time stays), in one operation with the notices it causes: `notices` go
   * into the outbox only when the absence is new. Returns whether it was new.
   */
  recordAbsence(absence: Absence, notices?: NewDelivery[]): Promise<{ created: boolean }>;
  /**
   * Withdraws an absence, in one operation: the leader's reminders, reflection prompts and nudges
   * of that session that were skipped because of it (reason `absent`) and have not expired are
   * pending again, due at once (of the reminders only the latest), and `notices` go into the
   * outbox. Returns whether there was an absence, and how many deliveries came back.
   */
  withdrawAbsence(sessionId: string, participantId: string, now: Date, notices?: NewDelivery[]): Promise<{ withdrawn: boolean; restored: number }>;
  listAbsences(filter?: { sessionId?: string; participantId?: string }): Promise<Absence[]>;
}

export interface PreferenceStore {
  setRemindersPaused(participantId: string, paused: boolean, at: Date): Promise<void>;
  /** Participants who paused reminders and prompts. */
  pausedParticipants(): Promise<Set<string>>;
}

export interface AnnouncementStore {
  saveAnnouncement(announcement: Announcement): Promise<void>;
  /**
   * Sends an announcement, as one atomic operation: saves it, adds its deliveries to the outbox
   * (keys already there are left alone) and appends the audit entry. Returns how many deliveries
   * were added.
   */
  scheduleAnnouncement(announcement: Announcement, deliveries: NewDelivery[], audit: AuditEntry, now: Date): Promise<number>;
  findAnnouncement(id: string): Promise<Announcement | undefined>;
  listAnnouncements(): Promise<Announcement[]>;
}

export interface PairingStore {
  /** Changes a leader's own choice about sparring partners (yes, no, a pause until a day); returns what is stored now. */
  setPairingPreference(participantId: string, change: PairingPreferenceChange, at: Date): Promise<PairingPreferenceRecord>;
  listPairingPreferences(): Promise<PairingPreferenceRecord[]>;
  /**
   * Saves a round as a preview. Without `expectedVersion` it is new (version 1) and any other open
   * preview is cancelled in the same operation; with it, it replaces that preview only if it is
   * still at that version (else PAIRING_ROUND_CHANGED, or PAIRING_ROUND_CLOSED once sent or
   * cancelled), so two HR people editing at once cannot overwrite each other.
   */
  savePairingPreview(round: PairingPreviewInput, at: Date, expectedVersion?: number): Promise<PairingRoundRecord>;
  /**
   * Sends the preview at `expectedVersion`, as one atomic operation: the round becomes `sent`, its
   * intro and follow-up deliveries join the outbox (idempotent keys), and the audit log records
   * it. Returns the round and how many deliveries were added.
   */
  sendPairingRound(
    roundId: string,
    expectedVersion: number,
    send: { deliveries: NewDelivery[]; by: string; audit: AuditEntry },
    at: Date,
  ): Promise<{ round: PairingRoundRecord; queued: number }>;
  /** Cancels the preview at `expectedVersion` (same checks as an edit). */
  cancelPairingRound(roundId: string, expectedVersion: number, at: Date): Promise<PairingRoundRecord>;
  findPairingRound(roundId: string): Promise<PairingRoundRecord | undefined>;
  /** Rounds, oldest day first (ties by creation). */
  listPairingRounds(filter?: { statuses?: PairingRoundStatus[] }): Promise<PairingRoundRecord[]>;
  /** Stores a leader's answer to a round's follow-up; answering again replaces it. */
  saveMeetingAnswer(answer: MeetingAnswerRecord): Promise<{ created: boolean }>;
  listMeetingAnswers(filter?: { roundId?: string; participantId?: string }): Promise<MeetingAnswerRecord[]>;
}

/**
 * What several replicas on one store must agree on besides the data. A store only one process
 * writes (the embedded file, under its lock) runs the work at once and has no rate budget: the
 * process's own rate limiter paces it.
 */
export interface ReplicaCoordination {
  /**
   * Runs `work` unless another process is running work of the same name right now, in which case
   * it skips it (and does not wait). A process that dies lets go of it.
   */
  runExclusive<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }>;
  /** Present when replicas share the store: Teams' rate limits kept by all of them together. */
  rateBudget?: RateBudget;
}

/** Requests to Teams booked in the shared store, so that every replica sees every other's bookings. */
export interface RateBudget {
  /**
   * Books one request at the moment `place` picks from what is booked already (one booking at a
   * time, across replicas), and returns that moment and now, both on the store's clock.
   */
  book(request: BookingRequest, place: (view: BookingView) => number): Promise<{ atMs: number; nowMs: number }>;
  /** Holds back a thread, or with `target` 'global' the whole app, for `ms` from now (a 429's Retry-After). */
  penalize(target: string, ms: number): Promise<void>;
  /** Forgets bookings older than `horizonMs` and pauses that have run out. */
  sweep(horizonMs: number): Promise<number>;
}

export interface BookingRequest {
  /** What bookings are grouped by: "<operation> <thread>". */
  logKey: string;
  /** Whose pauses hold this request back (the thread; the app-wide one always does). */
  penaltyTarget: string;
  /** How far back the app-wide and the thread's bookings matter (their longest windows). */
  globalHorizonMs: number;
  threadHorizonMs: number;
}

export interface BookingView {
  /** Now, in milliseconds on the store's clock. */
  nowMs: number;
  /** Every booking (all threads, all replicas) within the app-wide horizon, ascending. */
  globalLog: number[];
  /** This thread's bookings within its horizon, ascending. */
  threadLog: number[];
  /** No request before this (a pause of the thread or of the app), or -Infinity. */
  notBeforeMs: number;
}

export interface Store
  extends ProgrammeReader,
    ProgrammeWriter,
    ParticipantDirectory,
    ConversationStore,
    RosterStore,
    AuditLog,
    OutboxStore,
    CheckInStore,
    AttendanceStore,
    PreferenceStore,
    AnnouncementStore,
    ElectiveStore,
    ReplicaCoordination,
    PairingStore {
  /**
   * Whether changes can be stored now (readiness). After a failed write it tries writing again,
   * so it turns true by itself once storage works again.
   */
  isWritable(): Promise<boolean>;
  /** Waits for pending writes. */
  close(): Promise<void>;
}
