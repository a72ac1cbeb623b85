/**
 * The PostgreSQL store: the same Store interface as the embedded file, for several bot replicas
 * (and the admin CLI) on one database. Each operation is one statement or one transaction; the
 * operations that read and then write (a choice of electives, a programme import or session
 * change, a link) lock the programme row first, so concurrent ones, from any replica, are applied
 * one after the other and never overbook a seat.
 *
 * Each replica keeps the programme it last read in memory with its version, and asks only for
 * the version (one small query) before using it: questions do not read every participant.
 */
import type pg from 'pg';
import type { Announcement } from '../../domain/announcements/announcement';
import { CodedError } from '../../domain/errors';
import type { ElectiveChoiceOutcome, WaitlistEntry } from '../../domain/self-service/elective-choice';
import type { Participant, Programme } from '../../domain/programme/model';
import { deepFreeze } from '../../deep-freeze';
import { chooseElectives } from '../elective-changes';
import type { ClaimOptions, DeliveryOutcome, NewDelivery } from '../outbox-changes';
import type { RosterEntry, SavedRoster } from '../roster-changes';
import type { RateBudget, Store } from '../store';
import { bookRequest, penalize, sweepBookings } from './rate-budget-rows';
import { runExclusive } from './scheduler-lock';
import {
  newStoreData,
  type Absence,
  type AppInstallation,
  type AuditEntry,
  type CheckIn,
  type ConversationRecord,
  type DeliveryStatus,
  type MeetingAnswerRecord,
  type OutboxItem,
  type PairingPreferenceRecord,
  type PairingRoundRecord,
  type PairingRoundStatus,
  type RosterMember,
  type RosterSync,
} from '../store-schema';
import * as conversations from './conversation-rows';
import { inTransaction, type Queryable } from './database';
import * as outbox from './outbox-rows';
import { bumpVersion, loadProgramme, lockProgramme, programmeVersion, updateParticipants, writeProgramme, type VersionedProgramme } from './programme-rows';
import * as records from './record-rows';
import * as rosters from './roster-rows';
import * as selfService from './self-service-rows';
import * as pairing from './pairing-rows';
import type { PairingPreferenceChange, PairingPreviewInput } from '../pairing-changes';

export class PostgresStore implements Store {
  private cached: VersionedProgramme | undefined;
  /** The version each programme object handed out was read at, for `replaceProgramme`'s check. */
  private readonly versions = new WeakMap<Programme, number>();

  constructor(private readonly pool: pg.Pool) {}

  /** The pool, for the operations of the outbox engine that share the database (rate budget, scheduler lock). */
  get database(): pg.Pool {
    return this.pool;
  }

  private remember(entry: VersionedProgramme): Programme {
    if (!this.cached || entry.version >= this.cached.version) {
      const programme = deepFreeze(entry.programme);
      this.cached = { version: entry.version, programme };
      this.versions.set(programme, entry.version);
    }
    return entry.version === this.cached.version ? this.cached.programme : deepFreeze(entry.programme);
  }

  /** The programme at `version`, from memory when it is the one held, else read (on `db`, e.g. inside a transaction). */
  private async programmeAt(db: Queryable, version: number): Promise<Programme> {
    if (this.cached?.version === version) return this.cached.programme;
    const loaded = await loadProgramme(db);
    if (!loaded) throw noProgramme();
    return this.remember(loaded);
  }

  async getProgramme(): Promise<Programme> {
    const version = await programmeVersion(this.pool);
    if (version === undefined) throw noProgramme();
    return this.programmeAt(this.pool, version);
  }

  replaceProgramme(next: Programme, audit: AuditEntry, expected?: Programme): Promise<void> {
    return written(async () => {
      const version = await inTransaction(this.pool, async (db) => {
        const current = await lockProgramme(db);
        if (expected && this.versions.get(expected) !== current) {
          throw new CodedError('PROGRAMME_CHANGED', 'The programme was changed by someone else meanwhile. Nothing was saved; please try again.');
        }
        await writeProgramme(db, next, { insert: false });
        await records.appendAudit(db, [audit]);
        return bumpVersion(db);
      });
      this.remember({ version, programme: next });
    });
  }

  async findParticipantByAadObjectId(aadObjectId: string): Promise<Participant | undefined> {
    const { rows } = await this.pool.query<{ document: Participant }>('SELECT document FROM participants WHERE aad_object_id_key = $1 ORDER BY position LIMIT 1', [
      aadObjectId.toLowerCase(),
    ]);
    return rows.length ? deepFreeze(rows[0].document) : undefined;
  }

  async findParticipantByEmail(email: string): Promise<Participant | undefined> {
    const { rows } = await this.pool.query<{ document: Participant }>('SELECT document FROM participants WHERE email_key = $1 ORDER BY position LIMIT 1', [
      email.trim().toLowerCase(),
    ]);
    return rows.length ? deepFreeze(rows[0].document) : undefined;
  }

  linkParticipant(participantId: string, aadObjectId: string): Promise<Participant> {
    return written(async () => {
      return inTransaction(this.pool, async (db) => {
        // The programme row first, as every change to participants does (no lock-order deadlock).
        await bumpVersion(db);
        const { rows } = await db.query<{ document: Participant }>('SELECT document FROM participants WHERE id = $1', [participantId]);
        if (!rows.length) throw new CodedError('PARTICIPANT_NOT_FOUND', `No participant with id '${participantId}'`);
        const linked = { ...rows[0].document, aadObjectId };
        await updateParticipants(db, [linked]);
        return deepFreeze(linked);
      });
    });
  }

  saveConversation(record: ConversationRecord): Promise<void> {
    return written(() => inTransaction(this.pool, (db) => conversations.saveConversation(db, record)));
  }

  deactivateConversation(conversationId: string, reason: string, at: Date): Promise<void> {
    return written(() => conversations.deactivateConversation(this.pool, conversationId, reason, at));
  }

  findConversation(conversationId: string): Promise<ConversationRecord | undefined> {
    return conversations.findConversation(this.pool, conversationId);
  }

  markWelcomed(conversationId: string, at: Date): Promise<boolean> {
    return written(() => conversations.markWelcomed(this.pool, conversationId, at));
  }

  findPersonalConversation(participantId: string): Promise<ConversationRecord | undefined> {
    return conversations.findPersonalConversation(this.pool, participantId);
  }

  listConversations(filter: { scope?: ConversationRecord['scope']; active?: boolean } = {}): Promise<ConversationRecord[]> {
    return conversations.listConversations(this.pool, filter);
  }

  saveRoster(teamId: string, entries: RosterEntry[], times: { startedAt: Date; now: Date }): Promise<SavedRoster> {
    return written(async () => {
      const programme = await this.getProgramme();
      return inTransaction(this.pool, (db) => rosters.saveRoster(db, programme.participants, teamId, entries, times));
    });
  }

  requestRosterSync(teamId: string, now: Date): Promise<void> {
    return written(() => rosters.requestRosterSync(this.pool, teamId, now));
  }

  recordRosterSyncFailure(teamId: string, reason: string, now: Date): Promise<void> {
    return written(() => rosters.recordRosterSyncFailure(this.pool, teamId, reason, now));
  }

  removeRosterMembers(teamId: string, userIds?: string[]): Promise<number> {
    return written(() => inTransaction(this.pool, (db) => rosters.removeRosterMembers(db, teamId, userIds)));
  }

  listRosterMembers(filter: { participantId?: string; userId?: string; aadObjectId?: string; teamId?: string } = {}): Promise<RosterMember[]> {
    return rosters.listRosterMembers(this.pool, filter);
  }

  listRosterSyncs(): Promise<RosterSync[]> {
    return rosters.listRosterSyncs(this.pool);
  }

  recordAppInstallation(entry: AppInstallation): Promise<void> {
    return written(() => rosters.recordAppInstallation(this.pool, entry));
  }

  listAppInstallations(): Promise<AppInstallation[]> {
    return rosters.listAppInstallations(this.pool);
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return written(() => records.appendAudit(this.pool, [entry]));
  }

  listAudit({ limit = 100 }: { limit?: number } = {}): Promise<AuditEntry[]> {
    return records.listAudit(this.pool, limit);
  }

  enqueueDeliveries(items: NewDelivery[], now: Date): Promise<number> {
    return written(() => outbox.enqueueDeliveries(this.pool, items, now));
  }

  deliveryKeysSince(since: Date): Promise<Set<string>> {
    return outbox.deliveryKeysSince(this.pool, since);
  }

  claimDueDeliveries(options: ClaimOptions): Promise<OutboxItem[]> {
    return written(() => outbox.claimDueDeliveries(this.pool, options));
  }

  renewLeases(workerId: string, until: Date): Promise<number> {
    return written(() => outbox.renewLeases(this.pool, workerId, until));
  }

  /** Under a transaction-scoped advisory lock that other replicas do not wait for (see scheduler-lock.ts). */
  runExclusive<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    return runExclusive(this.pool, `programme-bot:${name}`, work);
  }

  /** Replicas share this store, so they share Teams' rate budget through it too. */
  readonly rateBudget: RateBudget = {
    book: (request, place) => bookRequest(this.pool, request, place),
    penalize: (target, ms) => penalize(this.pool, target, ms),
    sweep: (horizonMs) => sweepBookings(this.pool, horizonMs),
  };

  recordDeliveryOutcome(key: string, outcome: DeliveryOutcome, now: Date): Promise<void> {
    return written(() => outbox.recordDeliveryOutcome(this.pool, key, outcome, now));
  }

  /** Replicas share this outbox: a delivery left `sending` may belong to a live replica, so only its lease returns it. */
  async reclaimAbandonedDeliveries(): Promise<number> {
    return 0;
  }

  findDelivery(key: string): Promise<OutboxItem | undefined> {
    return outbox.findDelivery(this.pool, key);
  }

  dropPendingDeliveries(sessionId: string, kinds: string[]): Promise<number> {
    return written(() => outbox.dropPendingDeliveries(this.pool, sessionId, kinds));
  }

  nextPendingAttemptAt(): Promise<Date | undefined> {
    return outbox.nextPendingAttemptAt(this.pool);
  }

  listDeliveries(filter: { kinds?: string[]; statuses?: DeliveryStatus[]; participantId?: string } = {}): Promise<OutboxItem[]> {
    return outbox.listDeliveries(this.pool, filter);
  }

  saveCheckIn(checkIn: CheckIn): Promise<{ created: boolean }> {
    return written(() => selfService.saveCheckIn(this.pool, checkIn));
  }

  findCheckIn(promptKey: string): Promise<CheckIn | undefined> {
    return selfService.findCheckIn(this.pool, promptKey);
  }

  answeredPromptKeys(): Promise<Set<string>> {
    return selfService.answeredPromptKeys(this.pool);
  }

  listCheckIns(filter: { participantId?: string; since?: Date } = {}): Promise<CheckIn[]> {
    return selfService.listCheckIns(this.pool, filter);
  }

  eraseCheckInTexts(filter: { participantId?: string }, at: Date): Promise<number> {
    return written(() => selfService.eraseCheckInTexts(this.pool, filter, at));
  }

  /**
   * One transaction under the programme row's lock (READ COMMITTED: each statement after the lock
   * sees every choice committed before it), so choices racing for the last seat from any number
   * of replicas are applied one after the other. The seat rules are the same pure function the
   * embedded store applies.
   */
  chooseElectives(participantId: string, electiveIds: string[], now: Date, options: { joinWaitlist: boolean; deadline?: Date }): Promise<ElectiveChoiceOutcome> {
    return written(async () => {
      const outcome = await inTransaction(this.pool, async (db) => {
        const version = await lockProgramme(db);
        const programme = await this.programmeAt(db, version);
        const waitlist = await selfService.listWaitlist(db);
        const before = { ...newStoreData(programme), electiveWaitlist: waitlist };
        const { data: after, result } = chooseElectives(before, { participantId, electiveIds, now, ...options });
        if (after === before) return { result };
        const changed = after.programme.participants.filter((p, i) => p !== programme.participants[i]);
        await updateParticipants(db, changed);
        await selfService.replaceWaitlist(db, after.electiveWaitlist);
        await records.appendAudit(db, after.auditLog);
        await outbox.enqueueDeliveries(db, after.outbox.map((item) => ({ ...item, participantId: item.participantId ?? '' })), now);
        return { result, next: { version: await bumpVersion(db), programme: after.programme } };
      });
      if (outcome.next) this.remember(outcome.next);
      return outcome.result;
    });
  }

  listWaitlist(filter: { electiveId?: string; participantId?: string } = {}): Promise<WaitlistEntry[]> {
    return selfService.listWaitlist(this.pool, filter);
  }

  /** One transaction: the absence and, when it is new, the notices it causes. */
  recordAbsence(absence: Absence, notices: NewDelivery[] = []): Promise<{ created: boolean }> {
    return written(() => inTransaction(this.pool, (db) => selfService.recordAbsence(db, absence, notices)));
  }

  /** One transaction: the absence goes, the deliveries held back for it come back, the notices are queued. */
  withdrawAbsence(sessionId: string, participantId: string, now: Date, notices: NewDelivery[] = []): Promise<{ withdrawn: boolean; restored: number }> {
    return written(() => inTransaction(this.pool, (db) => selfService.withdrawAbsence(db, sessionId, participantId, now, notices)));
  }

  listAbsences(filter: { sessionId?: string; participantId?: string } = {}): Promise<Absence[]> {
    return selfService.listAbsences(this.pool, filter);
  }

  setRemindersPaused(participantId: string, paused: boolean, at: Date): Promise<void> {
    return written(() => selfService.setRemindersPaused(this.pool, participantId, paused, at));
  }

  pausedParticipants(): Promise<Set<string>> {
    return selfService.pausedParticipants(this.pool);
  }

  scheduleAnnouncement(announcement: Announcement, deliveries: NewDelivery[], audit: AuditEntry, now: Date): Promise<number> {
    return written(() =>
      inTransaction(this.pool, async (db) => {
        await records.saveAnnouncement(db, announcement);
        const added = await outbox.enqueueDeliveries(db, deliveries, now);
        await records.appendAudit(db, [audit]);
        return added;
      }),
    );
  }

  saveAnnouncement(announcement: Announcement): Promise<void> {
    return written(() => records.saveAnnouncement(this.pool, announcement));
  }

  findAnnouncement(id: string): Promise<Announcement | undefined> {
    return records.findAnnouncement(this.pool, id);
  }

  listAnnouncements(): Promise<Announcement[]> {
    return records.listAnnouncements(this.pool);
  }

  async setPairingPreference(participantId: string, change: PairingPreferenceChange, at: Date): Promise<PairingPreferenceRecord> {
    const programme = await this.getProgramme();
    return written(() => inTransaction(this.pool, (db) => pairing.setPairingPreference(db, programme, participantId, change, at)));
  }

  listPairingPreferences(): Promise<PairingPreferenceRecord[]> {
    return pairing.listPairingPreferences(this.pool);
  }

  async savePairingPreview(round: PairingPreviewInput, at: Date, expectedVersion?: number): Promise<PairingRoundRecord> {
    const programme = await this.getProgramme();
    return written(() => inTransaction(this.pool, (db) => pairing.savePairingPreview(db, programme, round, at, expectedVersion)));
  }

  /** One transaction: the round sent, its intro and follow-up deliveries queued, the audit entry. */
  async sendPairingRound(
    roundId: string,
    expectedVersion: number,
    send: { deliveries: NewDelivery[]; by: string; audit: AuditEntry },
    at: Date,
  ): Promise<{ round: PairingRoundRecord; queued: number }> {
    const programme = await this.getProgramme();
    return written(() => inTransaction(this.pool, (db) => pairing.sendPairingRound(db, programme, roundId, expectedVersion, send, at)));
  }

  async cancelPairingRound(roundId: string, expectedVersion: number, at: Date): Promise<PairingRoundRecord> {
    const programme = await this.getProgramme();
    return written(() => inTransaction(this.pool, (db) => pairing.cancelPairingRound(db, programme, roundId, expectedVersion, at)));
  }

  findPairingRound(roundId: string): Promise<PairingRoundRecord | undefined> {
    return pairing.findPairingRound(this.pool, roundId);
  }

  listPairingRounds(filter: { statuses?: PairingRoundStatus[] } = {}): Promise<PairingRoundRecord[]> {
    return pairing.listPairingRounds(this.pool, filter);
  }

  async saveMeetingAnswer(answer: MeetingAnswerRecord): Promise<{ created: boolean }> {
    const programme = await this.getProgramme();
    return written(() => inTransaction(this.pool, (db) => pairing.saveMeetingAnswer(db, programme, answer)));
  }

  listMeetingAnswers(filter: { roundId?: string; participantId?: string } = {}): Promise<MeetingAnswerRecord[]> {
    return pairing.listMeetingAnswers(this.pool, filter);
  }

  /** Readiness: the database answers and takes writes (a primary, not a standby in recovery). */
  async isWritable(): Promise<boolean> {
    try {
      const { rows } = await this.pool.query<{ writable: boolean }>("SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' AS writable");
      return rows[0].writable;
    } catch {
      return false;
    }
  }

  /** Closes the pool once running queries are done. */
  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * A change the database did not take (it is down, read-only, out of space) is rejected as
 * STORE_WRITE_FAILED, as the file store does: the transaction was rolled back, nothing of it was
 * kept, and the user is told so. Refusals of our own (a changed programme, an unknown leader) keep
 * their codes.
 */
async function written<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (err) {
    if (err instanceof CodedError) throw err;
    throw new CodedError('STORE_WRITE_FAILED', `The database could not be written (${(err as Error).message}); the change was not saved.`, { cause: err });
  }
}

function noProgramme(): CodedError {
  return new CodedError('STORE_EMPTY', 'The PostgreSQL store holds no programme yet. Start the bot once (it creates one) or copy one in with `npm run cli -- migrate-store`.');
}
