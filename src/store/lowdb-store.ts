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
import { Low, Memory, type Adapter } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { CodedError } from '../domain/errors';
import { SCHEMA_VERSION, type Participant, type Programme } from '../domain/model';
import type { Store } from './store';
import { storeDataSchema, type AuditEntry, type ConversationRecord, type StoreData } from './store-schema';
import { createSerialQueue } from './serial-queue';

export interface OpenStoreOptions {
  /** Called once when the file does not exist yet; its result is validated and written. */
  seed: () => StoreData | Promise<StoreData>;
}

/** Opens (or creates and seeds) the store file. A file that cannot be read or validated is refused and left untouched. */
export async function openFileStore(file: string, options: OpenStoreOptions): Promise<LowdbStore> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new JSONFile<StoreData>(file);
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
  const store = new LowdbStore(adapter, validateStoreData(raw ?? (await options.seed()), file));
  if (raw === null) await store.flush();
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

export class LowdbStore implements Store {
  private readonly db: Low<StoreData>;
  private readonly serial = createSerialQueue();

  constructor(adapter: Adapter<StoreData>, initial: StoreData) {
    this.db = new Low(adapter, initial);
  }

  private get data(): StoreData {
    return this.db.data;
  }

  /**
   * Applies one change and writes the file. Changes run one at a time (read-modify-write of a
   * single document); the in-memory copy is replaced only after the write succeeded.
   */
  private mutate<T>(change: (data: StoreData) => { data: StoreData; result: T }): Promise<T> {
    return this.serial(async () => {
      const before = this.db.data;
      const { data, result } = change(before);
      this.db.data = deepFreeze(data);
      try {
        await this.db.write();
      } catch (err) {
        this.db.data = before;
        throw new CodedError('STORE_WRITE_FAILED', `The store could not be written: ${(err as Error).message}`, { cause: err });
      }
      return result;
    });
  }

  /** Writes the current data (used after seeding). */
  flush(): Promise<void> {
    return this.serial(() => this.db.write());
  }

  /** A copy of everything, for export and tests. */
  async snapshot(): Promise<StoreData> {
    return structuredClone(this.data);
  }

  async getProgramme(): Promise<Programme> {
    return this.data.programme;
  }

  async findParticipantByAadObjectId(aadObjectId: string): Promise<Participant | undefined> {
    const wanted = aadObjectId.toLowerCase();
    return this.data.programme.participants.find((p) => p.aadObjectId?.toLowerCase() === wanted);
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
      const others = data.conversations.filter((c) => c.id !== record.id);
      return { data: { ...data, conversations: [...others, { ...record, active: true, inactiveReason: undefined }] }, result: undefined };
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
    return this.data.conversations.find((c) => c.id === conversationId);
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

  close(): Promise<void> {
    return this.serial(async () => undefined);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value as object).forEach(deepFreeze);
  }
  return value;
}
