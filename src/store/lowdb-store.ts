/**
 * The embedded store: one JSON file written with lowdb. lowdb's file adapter (steno) writes to a
 * temporary file and renames it, so a crash mid-write leaves the previous version intact.
 *
 * Limits, said plainly: the whole store lives in this process's memory and is rewritten on every
 * change, so it suits one bot instance and a few thousand participants. Several replicas need a
 * database-backed Store (same interface).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Memory, type Adapter } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import lockfile from 'proper-lockfile';
import { CodedError } from '../domain/errors';
import type { Announcement } from '../domain/announcements/announcement';
import type { ElectiveChoiceOutcome, WaitlistEntry } from '../domain/self-service/elective-choice';
import { SCHEMA_VERSION, type Participant, type Programme } from '../domain/programme/model';
import type { Store } from './store';
import {
  storeDataSchema,
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
  type StoreData,
} from './store-schema';
import { claim, enqueue, reclaimAll, recordOutcome, renewLeases, releaseWaiting, type ClaimOptions, type DeliveryOutcome, type NewDelivery } from './outbox-changes';
import { recordRosterSyncFailure, removeRosterMembers, requestRosterSync, saveRoster, type RosterEntry, type SavedRoster } from './roster-changes';
import { eraseCheckInTexts } from './check-in-changes';
import { chooseElectives } from './elective-changes';
import { recordAbsence, withdrawAbsence } from './absence-changes';
import {
  cancelPairingRound,
  savePairingPreview,
  saveMeetingAnswer,
  sendPairingRound,
  setPairingPreference,
  type PairingPreferenceChange,
  type PairingPreviewInput,
} from './pairing-changes';
import { deepFreeze } from '../deep-freeze';
import { forgetLockOwner, markStaleIfHolderGone, recordLockOwner } from './store-lock-owner';

export interface OpenStoreOptions {
  /** Called once when the file does not exist yet; its result is validated and written. */
  seed: () => StoreData | Promise<StoreData>;
  /**
   * Take the file's lock (default). Two processes writing one lowdb file would overwrite each
   * other's changes, so a second writer is refused; read-only tools pass false.
   */
  lock?: boolean;
}

/** A crashed holder's lock counts as stale after this long. */
const LOCK_STALE_MS = 10_000;

/** Opens (or creates and seeds) the store file. A file that cannot be read or validated is refused and left untouched. */
export async function openFileStore(file: string, options: OpenStoreOptions): Promise<LowdbStore> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const release = options.lock === false ? undefined : await lockStoreFile(file);
  try {
    return await openLocked(file, options, release);
  } catch (err) {
    await release?.();
    throw err;
  }
}

async function lockStoreFile(file: string): Promise<() => Promise<void>> {
  const lockPath = `${file}.lock`;
  try {
    // A holder that crashed (kill -9) on this host is known to be gone: no need to wait 10 s.
    markStaleIfHolderGone(lockPath);
    const release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: LOCK_STALE_MS,
      update: LOCK_STALE_MS / 2,
      retries: { retries: 3, minTimeout: 500 },
      onCompromised: () => undefined,
    });
    recordLockOwner(lockPath);
    return async () => {
      forgetLockOwner(lockPath);
      await release();
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new CodedError(
        'STORE_LOCKED',
        `The store ${file} is in use by another Programme Bot process. Stop that process first (a crashed one's lock expires after ${LOCK_STALE_MS / 1000} s).`,
      );
    }
    throw err;
  }
}

async function openLocked(file: string, options: OpenStoreOptions, release?: () => Promise<void>): Promise<LowdbStore> {
  const adapter = new JSONFile<StoreData>(file);
  // lowdb reads a missing file as null, and a file holding "null" too: only a missing file is new.
  const exists = fs.existsSync(file);
  let raw: unknown;
  try {
    raw = await adapter.read();
  } catch (err) {
    throw new CodedError(
      'STORE_UNREADABLE',
      `The store file ${file} could not be read (${(err as Error).message}). It has not been changed. Restore it from a backup or move it away to start afresh.`,
      { cause: err },
    );
  }
  if (exists && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    throw new CodedError(
      'STORE_INVALID',
      `The store file ${file} holds ${JSON.stringify(raw).slice(0, 20)} instead of the store's JSON object. It has not been changed. Restore it from a backup or move it away to start afresh.`,
    );
  }
  const store = new LowdbStore(adapter, validateStoreData(exists ? raw : await options.seed(), file), release);
  if (!exists) await store.flush();
  return store;
}

/** A store held only in memory, for tests and one-off CLI runs. */
export function createMemoryStore(data: StoreData): LowdbStore {
  return new LowdbStore(new Memory<StoreData>(), validateStoreData(data, 'memory'));
}

/** Validates store data read from anywhere; the error names the first problems and their paths. */
export function validateStoreData(raw: unknown, source: string): StoreData {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new CodedError(
      'STORE_TOO_NEW',
      `The store ${source} has schemaVersion ${version}, but this version of the bot reads ${SCHEMA_VERSION}. Upgrade the bot; the file has not been changed.`,
    );
  }
  const parsed = storeDataSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new CodedError('STORE_INVALID', `The store ${source} is not valid (${problems}). It has not been changed.`);
  }
  return deepFreeze(parsed.data);
}

/**
 * Look-ups by key over the committed data, built on first use. The data is never changed in
 * place (a change makes new arrays), so an index is keyed by the array it was built from and
 * dies with it. Reads that every turn makes (the leader by Entra id, the conversation by id)
 * then cost a map look-up instead of a pass over thousands of records.
 */
const indexes = new WeakMap<readonly object[], Map<string, Map<string, unknown>>>();

/** The index named `name` of `records`, built with `build` the first time it is asked for. */
function indexOf<T>(records: readonly object[], name: string, build: () => Map<string, T>): Map<string, T> {
  let byName = indexes.get(records);
  if (!byName) indexes.set(records, (byName = new Map()));
  let index = byName.get(name) as Map<string, T> | undefined;
  if (!index) byName.set(name, (index = build()));
  return index;
}

/** The first record for each key, as `find` would give it. */
function firstBy<T extends object>(records: readonly T[], name: string, keyOf: (record: T) => string | undefined): Map<string, T> {
  return indexOf(records, `first:${name}`, () => {
    const index = new Map<string, T>();
    for (const record of records) {
      const key = keyOf(record);
      if (key !== undefined && !index.has(key)) index.set(key, record);
    }
    return index;
  });
}

/** Every record for each key, in order, as `filter` would give them. */
function allBy<T extends object>(records: readonly T[], name: string, keyOf: (record: T) => string | undefined): Map<string, T[]> {
  return indexOf(records, `all:${name}`, () => {
    const index = new Map<string, T[]>();
    for (const record of records) {
      const key = keyOf(record);
      if (key === undefined) continue;
      const list = index.get(key);
      if (list) list.push(record);
      else index.set(key, [record]);
    }
    return index;
  });
}

/** One change waiting to be written, and who waits for its result. */
interface PendingChange {
  change: (data: StoreData) => { data: StoreData; result: unknown };
  resolve: (result: unknown) => void;
  reject: (err: unknown) => void;
}

/** A change that leaves the data as it is but must be written anyway (seeding, the writability probe). */
const WRITE_AS_IS = (data: StoreData) => ({ data, result: undefined });

export class LowdbStore implements Store {
  /** What the file holds, and all that readers ever see: a change shows only once it is written. */
  private committed: StoreData;
  private readonly queue: (PendingChange & { force?: boolean })[] = [];
  private draining: Promise<void> | null = null;
  /** Set while writes fail (a full or read-only disk); cleared by the next write that works. */
  private writeFailure: Error | undefined;

  constructor(
    private readonly adapter: Adapter<StoreData>,
    initial: StoreData,
    private readonly releaseLock?: () => Promise<void>,
  ) {
    this.committed = initial;
  }

  private get data(): StoreData {
    return this.committed;
  }

  /**
   * Applies one change and resolves once it is on disk. Changes run one after another, each on
   * the result of the one before, so they never interleave; writes are coalesced: the changes
   * that arrive while a write runs are applied together and written once, which keeps a burst of
   * thousands of delivery outcomes from rewriting the file thousands of times.
   *
   * Memory and file always agree: a batch becomes visible only after its write succeeded. When
   * the write fails, every change in that batch is rejected with STORE_WRITE_FAILED and nothing
   * of it is kept; a change its own rule refuses (e.g. PROGRAMME_CHANGED) fails alone.
   */
  private mutate<T>(change: (data: StoreData) => { data: StoreData; result: T }, force = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ change, resolve: resolve as (result: unknown) => void, reject, force });
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Start on the next microtask: a drain with nothing to write would otherwise finish (and clear
    // `draining`) before mutate() has stored it. It also lets changes made in one go share a write.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      let next = this.committed;
      const applied: { item: PendingChange; result: unknown }[] = [];
      for (const item of batch) {
        try {
          const { data, result } = item.change(next);
          next = data;
          applied.push({ item, result });
        } catch (err) {
          item.reject(err);
        }
      }
      if (next !== this.committed || batch.some((item) => item.force)) {
        const written = deepFreeze(next);
        try {
          await this.adapter.write(written);
        } catch (err) {
          this.writeFailure = err as Error;
          const failure = new CodedError('STORE_WRITE_FAILED', `The store could not be written (${(err as Error).message}); the change was not saved.`, { cause: err });
          applied.forEach(({ item }) => item.reject(failure));
          continue;
        }
        this.committed = written;
        this.writeFailure = undefined;
      }
      applied.forEach(({ item, result }) => item.resolve(result));
    }
    this.draining = null;
  }

  /** Writes the current data (used after seeding). */
  flush(): Promise<void> {
    return this.mutate(WRITE_AS_IS, true);
  }

  async isWritable(): Promise<boolean> {
    if (!this.writeFailure) return true;
    // Writes failed: try once more with the data as it is, so readiness recovers with the disk.
    return this.flush().then(
      () => true,
      () => false,
    );
  }

  /** A copy of everything, for export and tests. */
  async snapshot(): Promise<StoreData> {
    return structuredClone(this.data);
  }

  async getProgramme(): Promise<Programme> {
    return this.data.programme;
  }

  replaceProgramme(next: Programme, audit: AuditEntry, expected?: Programme): Promise<void> {
    return this.mutate((data) => {
      if (expected && data.programme !== expected) {
        throw new CodedError('PROGRAMME_CHANGED', 'The programme was changed by someone else meanwhile. Nothing was saved; please try again.');
      }
      return { data: { ...data, programme: next, auditLog: [...data.auditLog, audit] }, result: undefined };
    });
  }

  async findParticipantByAadObjectId(aadObjectId: string): Promise<Participant | undefined> {
    return firstBy(this.data.programme.participants, 'aadObjectId', (p) => p.aadObjectId?.toLowerCase()).get(aadObjectId.toLowerCase());
  }

  async findParticipantByEmail(email: string): Promise<Participant | undefined> {
    const wanted = email.trim().toLowerCase();
    return this.data.programme.participants.find((p) => p.email.toLowerCase() === wanted);
  }

  linkParticipant(participantId: string, aadObjectId: string): Promise<Participant> {
    return this.mutate((data) => {
      const index = data.programme.participants.findIndex((p) => p.id === participantId);
      if (index < 0) throw new CodedError('PARTICIPANT_NOT_FOUND', `No participant with id '${participantId}'`);
      const linked = { ...data.programme.participants[index], aadObjectId };
      const participants = data.programme.participants.map((p, i) => (i === index ? linked : p));
      return { data: { ...data, programme: { ...data.programme, participants } }, result: linked };
    });
  }

  saveConversation(record: ConversationRecord): Promise<void> {
    return this.mutate((data) => {
      const existing = data.conversations.find((c) => c.id === record.id);
      const others = data.conversations.filter((c) => c !== existing);
      const saved = { ...record, active: true, inactiveReason: undefined, welcomedAt: record.welcomedAt ?? existing?.welcomedAt };
      const next = { ...data, conversations: [...others, saved] };
      const reachable = new Set(record.scope === 'personal' && record.participantId ? [record.participantId] : []);
      return { data: releaseWaiting(next, reachable, new Date(record.updatedAt)).data, result: undefined };
    });
  }

  deactivateConversation(conversationId: string, reason: string, at: Date): Promise<void> {
    return this.mutate((data) => ({
      data: {
        ...data,
        conversations: data.conversations.map((c) =>
          c.id === conversationId ? { ...c, active: false, inactiveReason: reason, updatedAt: at.toISOString() } : c,
        ),
      },
      result: undefined,
    }));
  }

  async findConversation(conversationId: string): Promise<ConversationRecord | undefined> {
    return firstBy(this.data.conversations, 'id', (c) => c.id).get(conversationId);
  }

  async listConversations(filter: { scope?: ConversationRecord['scope']; active?: boolean } = {}): Promise<ConversationRecord[]> {
    return this.data.conversations.filter(
      (c) => (!filter.scope || c.scope === filter.scope) && (filter.active === undefined || c.active === filter.active),
    );
  }

  markWelcomed(conversationId: string, at: Date): Promise<boolean> {
    return this.mutate((data) => {
      const conversation = data.conversations.find((c) => c.id === conversationId);
      if (!conversation || conversation.welcomedAt) return { data, result: false };
      const conversations = data.conversations.map((c) => (c === conversation ? { ...c, welcomedAt: at.toISOString() } : c));
      return { data: { ...data, conversations }, result: true };
    });
  }

  async findPersonalConversation(participantId: string): Promise<ConversationRecord | undefined> {
    // The most recently updated one wins: a reinstall creates a fresh conversation.
    return this.data.conversations
      .filter((c) => c.scope === 'personal' && c.participantId === participantId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.mutate((data) => ({ data: { ...data, auditLog: [...data.auditLog, entry] }, result: undefined }));
  }

  async listAudit({ limit = 100 }: { limit?: number } = {}): Promise<AuditEntry[]> {
    return this.data.auditLog.slice(-limit);
  }

  enqueueDeliveries(items: NewDelivery[], now: Date): Promise<number> {
    return this.mutate((data) => {
      const { data: next, added } = enqueue(data, items, now);
      return { data: next, result: added };
    });
  }

  async deliveryKeysSince(since: Date): Promise<Set<string>> {
    const from = since.toISOString();
    return new Set(this.data.outbox.filter((o) => o.dueAt > from).map((o) => o.key));
  }

  claimDueDeliveries(options: ClaimOptions): Promise<OutboxItem[]> {
    return this.mutate((data) => {
      const { data: next, claimed } = claim(data, options);
      return { data: next, result: claimed };
    });
  }

  renewLeases(workerId: string, until: Date): Promise<number> {
    return this.mutate((data) => {
      const { data: next, renewed } = renewLeases(data, workerId, until);
      return { data: next, result: renewed };
    });
  }

  /** One process writes this store (the file lock), so nothing else can be running the work. */
  async runExclusive<T>(_name: string, work: () => Promise<T>): Promise<{ ran: true; result: T }> {
    return { ran: true, result: await work() };
  }

  recordDeliveryOutcome(key: string, outcome: DeliveryOutcome, now: Date): Promise<void> {
    return this.mutate((data) => ({ data: recordOutcome(data, key, outcome, now), result: undefined }));
  }

  reclaimAbandonedDeliveries(now: Date): Promise<number> {
    // Only the holder of the file lock may assume nothing else is sending; an unlocked store
    // (memory, read-only) leaves claims to their leases.
    if (!this.releaseLock) return Promise.resolve(0);
    return this.mutate((data) => {
      const { data: next, reclaimed } = reclaimAll(data, now);
      return { data: next, result: reclaimed };
    });
  }

  saveRoster(teamId: string, entries: RosterEntry[], times: { startedAt: Date; now: Date }): Promise<SavedRoster> {
    return this.mutate((data) => saveRoster(data, teamId, entries, times));
  }

  requestRosterSync(teamId: string, now: Date): Promise<void> {
    return this.mutate((data) => ({ data: requestRosterSync(data, teamId, now), result: undefined }));
  }

  recordRosterSyncFailure(teamId: string, reason: string, now: Date): Promise<void> {
    return this.mutate((data) => ({ data: recordRosterSyncFailure(data, teamId, reason, now), result: undefined }));
  }

  removeRosterMembers(teamId: string, userIds?: string[]): Promise<number> {
    return this.mutate((data) => removeRosterMembers(data, teamId, userIds));
  }

  async listRosterMembers(filter: { participantId?: string; userId?: string; aadObjectId?: string; teamId?: string } = {}): Promise<RosterMember[]> {
    const aad = filter.aadObjectId?.toLowerCase();
    // Every first contact asks by Teams user id: answered from an index, not a pass over every roster.
    const candidates = filter.userId ? (allBy(this.data.rosterMembers, 'userId', (m) => m.userId).get(filter.userId) ?? []) : this.data.rosterMembers;
    return candidates.filter(
      (m) =>
        (!filter.participantId || m.participantId === filter.participantId) &&
        (!filter.userId || m.userId === filter.userId) &&
        (!aad || m.aadObjectId?.toLowerCase() === aad) &&
        (!filter.teamId || m.teamId === filter.teamId),
    );
  }

  async listRosterSyncs(): Promise<RosterSync[]> {
    return [...this.data.rosterSyncs];
  }

  recordAppInstallation(entry: AppInstallation): Promise<void> {
    return this.mutate((data) => ({
      data: { ...data, appInstallations: [...data.appInstallations.filter((a) => a.participantId !== entry.participantId), entry] },
      result: undefined,
    }));
  }

  async listAppInstallations(): Promise<AppInstallation[]> {
    return [...this.data.appInstallations];
  }

  async findDelivery(key: string): Promise<OutboxItem | undefined> {
    return this.data.outbox.find((o) => o.key === key);
  }

  dropPendingDeliveries(sessionId: string, kinds: string[]): Promise<number> {
    return this.mutate((data) => {
      const outbox = data.outbox.filter((o) => !(o.sessionId === sessionId && kinds.includes(o.kind) && o.status === 'pending' && o.attempts === 0));
      return outbox.length === data.outbox.length ? { data, result: 0 } : { data: { ...data, outbox }, result: data.outbox.length - outbox.length };
    });
  }

  async nextPendingAttemptAt(): Promise<Date | undefined> {
    let earliest: string | undefined;
    for (const item of this.data.outbox) {
      const at = item.status === 'pending' ? item.nextAttemptAt : item.status === 'sending' ? item.claimedUntil : undefined;
      if (at && (!earliest || at < earliest)) earliest = at;
    }
    return earliest ? new Date(earliest) : undefined;
  }

  async listDeliveries(filter: { kinds?: string[]; statuses?: DeliveryStatus[]; participantId?: string } = {}): Promise<OutboxItem[]> {
    return this.data.outbox.filter(
      (o) =>
        (!filter.kinds || filter.kinds.includes(o.kind)) &&
        (!filter.statuses || filter.statuses.includes(o.status)) &&
        (!filter.participantId || o.participantId === filter.participantId),
    );
  }

  saveCheckIn(checkIn: CheckIn): Promise<{ created: boolean }> {
    return this.mutate((data) => {
      const existing = data.checkIns.find((c) => c.promptKey === checkIn.promptKey);
      const saved = existing ? { ...checkIn, submittedAt: existing.submittedAt } : checkIn;
      const checkIns = existing ? data.checkIns.map((c) => (c === existing ? saved : c)) : [...data.checkIns, saved];
      return { data: { ...data, checkIns }, result: { created: !existing } };
    });
  }

  async findCheckIn(promptKey: string): Promise<CheckIn | undefined> {
    return this.data.checkIns.find((c) => c.promptKey === promptKey);
  }

  async answeredPromptKeys(): Promise<Set<string>> {
    return new Set(this.data.checkIns.map((c) => c.promptKey));
  }

  async listCheckIns(filter: { participantId?: string; since?: Date } = {}): Promise<CheckIn[]> {
    const since = filter.since?.toISOString();
    return this.data.checkIns.filter(
      (c) => (!filter.participantId || c.participantId === filter.participantId) && (!since || c.updatedAt >= since),
    );
  }

  eraseCheckInTexts(filter: { participantId?: string }, at: Date): Promise<number> {
    return this.mutate((data) => eraseCheckInTexts(data, filter, at));
  }

  chooseElectives(participantId: string, electiveIds: string[], now: Date, options: { joinWaitlist: boolean; deadline?: Date }): Promise<ElectiveChoiceOutcome> {
    // One synchronous change: concurrent choices for the last seat are applied one after the other.
    return this.mutate((data) => chooseElectives(data, { participantId, electiveIds, now, ...options }));
  }

  async listWaitlist(filter: { electiveId?: string; participantId?: string } = {}): Promise<WaitlistEntry[]> {
    return this.data.electiveWaitlist.filter(
      (w) => (!filter.electiveId || w.electiveId === filter.electiveId) && (!filter.participantId || w.participantId === filter.participantId),
    );
  }

  recordAbsence(absence: Absence, notices: NewDelivery[] = []): Promise<{ created: boolean }> {
    return this.mutate((data) => recordAbsence(data, absence, notices));
  }

  withdrawAbsence(sessionId: string, participantId: string, now: Date, notices: NewDelivery[] = []): Promise<{ withdrawn: boolean; restored: number }> {
    return this.mutate((data) => withdrawAbsence(data, sessionId, participantId, now, notices));
  }

  async listAbsences(filter: { sessionId?: string; participantId?: string } = {}): Promise<Absence[]> {
    return this.data.absences.filter(
      (a) => (!filter.sessionId || a.sessionId === filter.sessionId) && (!filter.participantId || a.participantId === filter.participantId),
    );
  }

  setRemindersPaused(participantId: string, paused: boolean, at: Date): Promise<void> {
    return this.mutate((data) => {
      const others = data.preferences.filter((p) => p.participantId !== participantId);
      const preferences = [...others, { participantId, remindersPaused: paused, updatedAt: at.toISOString() }];
      return { data: { ...data, preferences }, result: undefined };
    });
  }

  async pausedParticipants(): Promise<Set<string>> {
    return new Set(this.data.preferences.filter((p) => p.remindersPaused).map((p) => p.participantId));
  }

  scheduleAnnouncement(announcement: Announcement, deliveries: NewDelivery[], audit: AuditEntry, now: Date): Promise<number> {
    return this.mutate((data) => {
      const saved = { ...data, announcements: [...data.announcements.filter((a) => a.id !== announcement.id), announcement], auditLog: [...data.auditLog, audit] };
      const { data: next, added } = enqueue(saved, deliveries, now);
      return { data: next, result: added };
    });
  }

  saveAnnouncement(announcement: Announcement): Promise<void> {
    return this.mutate((data) => ({
      data: { ...data, announcements: [...data.announcements.filter((a) => a.id !== announcement.id), announcement] },
      result: undefined,
    }));
  }

  async findAnnouncement(id: string): Promise<Announcement | undefined> {
    return this.data.announcements.find((a) => a.id === id);
  }

  async listAnnouncements(): Promise<Announcement[]> {
    return [...this.data.announcements];
  }

  setPairingPreference(participantId: string, change: PairingPreferenceChange, at: Date): Promise<PairingPreferenceRecord> {
    return this.mutate((data) => setPairingPreference(data, participantId, change, at));
  }

  async listPairingPreferences(): Promise<PairingPreferenceRecord[]> {
    return [...this.data.pairingPreferences];
  }

  savePairingPreview(round: PairingPreviewInput, at: Date, expectedVersion?: number): Promise<PairingRoundRecord> {
    return this.mutate((data) => savePairingPreview(data, round, at, expectedVersion));
  }

  sendPairingRound(
    roundId: string,
    expectedVersion: number,
    send: { deliveries: NewDelivery[]; by: string; audit: AuditEntry },
    at: Date,
  ): Promise<{ round: PairingRoundRecord; queued: number }> {
    return this.mutate((data) => sendPairingRound(data, roundId, expectedVersion, send, at));
  }

  cancelPairingRound(roundId: string, expectedVersion: number, at: Date): Promise<PairingRoundRecord> {
    return this.mutate((data) => cancelPairingRound(data, roundId, expectedVersion, at));
  }

  async findPairingRound(roundId: string): Promise<PairingRoundRecord | undefined> {
    return this.data.pairingRounds.find((r) => r.id === roundId);
  }

  async listPairingRounds(filter: { statuses?: PairingRoundStatus[] } = {}): Promise<PairingRoundRecord[]> {
    return this.data.pairingRounds
      .filter((r) => !filter.statuses || filter.statuses.includes(r.status))
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  }

  saveMeetingAnswer(answer: MeetingAnswerRecord): Promise<{ created: boolean }> {
    return this.mutate((data) => saveMeetingAnswer(data, answer));
  }

  async listMeetingAnswers(filter: { roundId?: string; participantId?: string } = {}): Promise<MeetingAnswerRecord[]> {
    return this.data.meetingAnswers.filter(
      (a) => (!filter.roundId || a.roundId === filter.roundId) && (!filter.participantId || a.participantId === filter.participantId),
    );
  }

  /** Waits until every change asked for is written (or has failed), then lets go of the file. */
  async close(): Promise<void> {
    while (this.draining) await this.draining;
    await this.releaseLock?.().catch(() => undefined);
  }
}
