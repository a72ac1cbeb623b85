import fs from 'node:fs';
import type { Config } from '../config/config-schema';
import { createDemoActivity } from '../demo/demo-activity';
import { createDemoProgramme, DEMO_TIME_ZONE } from '../demo/demo-programme';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { CodedError } from '../domain/errors';
import { checkImportCalendar, importRefusal } from '../domain/imports/check-import-calendar';
import { workingCalendarsFrom } from '../config/working-calendars';
import { programmeSchema, type Programme } from '../domain/programme/model';
import { openFileStore } from './lowdb-store';
import { deepFreeze } from '../deep-freeze';
import { openPostgresStore } from './postgres/open-postgres-store';
import { PostgresStore } from './postgres/postgres-store';
import { sharedLinkKey } from './postgres/shared-link-key';
import type { Store } from './store';
import { newStoreData, type OutboxItem, type StoreData } from './store-schema';

/** Reads and validates a programme file (JSON), naming the file and the bad field on error. */
export function readProgrammeFile(file: string): Programme {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CodedError('PROGRAMME_UNREADABLE', `The programme file ${file} could not be read: ${(err as Error).message}`);
  }
  const parsed = programmeSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CodedError('PROGRAMME_INVALID', `The programme file ${file} is not valid: ${problems}`);
  }
  return parsed.data;
}

/**
/**
 * The configuration with the key that signs calendar and "my data" links: SECRET_LINK_KEY if set;
 * else the key kept with the store (beside the lowdb file, or in the PostgreSQL database, so every
 * replica signs with the same one). The file store's key is read before the store is opened (see
 * withLinkKey); the database's needs the open store.
 */
export async function withStoreLinkKey(config: Config, store: Store): Promise<Config> {
  if (config.linkKey || !(store instanceof PostgresStore)) return config;
  return deepFreeze({ ...config, linkKey: await sharedLinkKey(store.database) });
}

/** Which store the configuration chooses: PostgreSQL when a database URL is given, else the embedded file. */
export function storeKind(config: Pick<Config, 'store'>): 'lowdb' | 'postgres' {
  return config.store.kind ?? (config.store.url ? 'postgres' : 'lowdb');
}

/**
 * Opens the configured store: the embedded file, or PostgreSQL (see `storeKind`). A new store
 * starts from the programme file, if one is configured, or else from the demo programme dated
 * around `now`. A programme file is checked against the working calendar like any programme
 * import: sessions on days off are reported to `warn`, and with `calendar.strict` the store is not
 * created (PROGRAMME_SESSIONS_ON_DAYS_OFF). `lock: false` is for read-only tools (the file store
 * is locked against a second writer; PostgreSQL needs no such lock).
 */
export function openConfiguredStore(
  config: Config,
  now: () => Date,
  options: { lock?: boolean; applicationName?: string; warn?: (message: string) => void } = {},
): Promise<Store> {
  const seed = () =>
    config.programmeFile ? newStoreData(checkedProgrammeFile(config, now(), options.warn)) : demoStoreData(now(), workingCalendarsFrom(config)(DEMO_TIME_ZONE));
  if (storeKind(config) === 'postgres') {
    return openPostgresStore({ url: config.store.url!, poolSize: config.store.poolSize, applicationName: options.applicationName, seed });
  }
  return openFileStore(config.dataFile, { lock: options.lock, seed });
}

function checkedProgrammeFile(config: Config, now: Date, warn: (message: string) => void = () => undefined): Programme {
  const file = config.programmeFile as string;
  const programme = readProgrammeFile(file);
  const check = checkImportCalendar(workingCalendarsFrom(config)(programme.timeZone), programme, now);
  for (const w of check.warnings) warn(`${file}: ${w.message[config.defaultLocale]}`);
  if (check.refused) throw new CodedError('PROGRAMME_SESSIONS_ON_DAYS_OFF', importRefusal(check, file, config.defaultLocale));
  return programme;
}

/**
 * The demo programme on the working calendar (the configured one: its closed periods are kept
 * free too) with made-up activity, so digests have something to show from the start.
 */
export function demoStoreData(now: Date, calendar: WorkingCalendar): StoreData {
  const programme = createDemoProgramme(now, calendar);
  const activity = createDemoActivity(programme, now, calendar);
  const at = now.toISOString();
  const outbox: OutboxItem[] = activity.prompts.map((p) => ({
    key: p.key,
    kind: 'reflection',
    participantId: p.participantId,
    sessionId: p.sessionId,
    dueAt: p.sentAt,
    expiresAt: p.sentAt,
    status: 'sent',
    attempts: 1,
    nextAttemptAt: p.sentAt,
    sentAt: p.sentAt,
    reason: 'demo',
    createdAt: at,
    updatedAt: at,
  }));
  return { ...newStoreData(programme), outbox, checkIns: activity.checkIns, absences: activity.absences };
}
