/**
 * The two stores side by side, over real HTTP against the real bot:
 * - check-in acknowledgement latency (a leader submits the check-in form; the HTTP answer is the
 *   updated card) with 1,000 and with 100,000 check-ins already stored;
 * - question-answer latency with 2,000 participants.
 * The lowdb store is a real file (as in production: each acknowledged change is on disk before
 * the answer); the PostgreSQL store a real server (BENCH_DATABASE_URL, or a throw-away one started
 * with scripts/dev-postgres). Teams' limits are off in the fake connector: this measures the bot.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { configSchema } from '../../src/config/config-schema';
import { reflectionKey } from '../../src/domain/schedule/delivery-keys';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { startBot } from '../../src/start-bot';
import { openFileStore } from '../../src/store/lowdb-store';
import { createPool, inTransaction } from '../../src/store/postgres/database';
import { PostgresStore } from '../../src/store/postgres/postgres-store';
import { writeStoreData } from '../../src/store/postgres/store-data-rows';
import type { Store } from '../../src/store/store';
import { newStoreData, type CheckIn, type OutboxItem, type StoreData } from '../../src/store/store-schema';
import { personalMessage } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { createTestDatabase, startTestPostgres, stopTestPostgres } from '../helpers/test-postgres';

export type StoreKind = 'lowdb' | 'postgres';

export interface Percentiles {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const NOW = new Date('2028-03-01T10:00:00.000Z');
const SESSIONS = 60;

const aad = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** `leaders` leaders (each with an Entra object id) and 60 weekly joint sessions from January 2027, all over by NOW. */
export function benchProgramme(leaders: number): Programme {
  return programmeSchema.parse({
    id: 'bench',
    name: { da: 'Fælles ledelse', en: 'Shared Leadership' },
    timeZone: 'Europe/Copenhagen',
    modules: [{ id: 'g', number: 1, kind: 'gathering', title: { da: 'Fællessamling', en: 'Joint gathering' }, description: { da: '-', en: '-' } }],
    sessions: Array.from({ length: SESSIONS }, (_, s) => {
      const day = new Date(Date.UTC(2027, 0, 4 + s * 7, 8));
      return { id: `s${s}`, moduleId: 'g', start: day.toISOString(), end: new Date(day.getTime() + 6 * 3600_000).toISOString(), place: { name: 'Rådhuset' } };
    }),
    participants: Array.from({ length: leaders }, (_, i) => ({ id: `p${i}`, name: `Leder ${i}`, email: `leder${i}@kommune.example`, aadObjectId: aad(i), level: (i % 3) + 1, area: `Område ${i % 7}` })),
  });
}

/** The programme with `stored` answered reflection prompts, plus one unanswered prompt per leader on the last session (what the run answers). */
function dataWithCheckIns(programme: Programme, stored: number): StoreData {
  const at = NOW.toISOString();
  const prompt = (sessionId: string, participantId: string): OutboxItem => ({
    key: reflectionKey(sessionId, participantId), kind: 'reflection', participantId, sessionId, dueAt: at, expiresAt: at, status: 'sent', attempts: 1, nextAttemptAt: at, sentAt: at, createdAt: at, updatedAt: at,
  });
  const leaders = programme.participants;
  const outbox: OutboxItem[] = [];
  const checkIns: CheckIn[] = [];
  for (let n = 0; n < stored; n++) {
    const leader = leaders[n % leaders.length];
    const sessionId = `s${Math.floor(n / leaders.length) % (SESSIONS - 1)}`;
    outbox.push(prompt(sessionId, leader.id));
    checkIns.push({ promptKey: reflectionKey(sessionId, leader.id), participantId: leader.id, sessionId, rating: (n % 5) + 1, text: `Refleksion nummer ${n} om hvordan det går med at lede tæt på medarbejderne.`, mayShare: n % 2 === 0, submittedAt: at, updatedAt: at });
  }
  for (const leader of leaders) outbox.push(prompt(`s${SESSIONS - 1}`, leader.id));
  return { ...newStoreData(programme), outbox, checkIns };
}

interface Opened {
  store: Store;
  close(): Promise<void>;
}

async function openStore(kind: StoreKind, data: StoreData): Promise<Opened> {
  if (kind === 'lowdb') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-store-bench-'));
    const store = await openFileStore(path.join(dir, 'store.json'), { seed: () => data });
    return { store, close: async () => { await store.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
  }
  const database = await createTestDatabase();
  const pool = createPool({ url: database.url, poolSize: 10 });
  await inTransaction(pool, (db) => writeStoreData(db, data));
  await pool.query('ANALYZE');
  const store = new PostgresStore(pool);
  return { store, close: async () => { await store.close(); await database.drop(); } };
}

function percentiles(latencies: number[]): Percentiles {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { requests: sorted.length, p50Ms: at(50), p99Ms: at(99), maxMs: sorted[sorted.length - 1] };
}

/** Runs `requests` turns one after the other against the bot on `store`, returning the HTTP latencies. */
async function timeTurns(store: Store, programme: Programme, requests: number, activity: (i: number, serviceUrl: string) => unknown): Promise<number[]> {
  const connector = await FakeConnector.start({ enforceLimits: false });
  const config = configSchema.parse({ port: 0, linkKey: 'benchmark-link-key-0123456789abcdef', dispatch: { enabled: false }, security: { messagesPerMinutePerUser: 1000 } });
  const started = Date.now();
  const bot = await startBot({ config, store, logger: pino({ level: 'silent' }), now: () => new Date(NOW.getTime() + (Date.now() - started)), host: '127.0.0.1' });
  const post = async (body: unknown) => {
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.text();
    if (res.status !== 200) throw new Error(`unexpected status ${res.status}`);
  };
  try {
    // Warm-up: the first turns load templates and the programme.
    for (let i = 0; i < 20; i++) await post(activity(programme.participants.length - 1 - i, connector.serviceUrl));
    const latencies: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      await post(activity(i, connector.serviceUrl));
      latencies.push(performance.now() - t0);
    }
    return latencies;
  } finally {
    await bot.close();
    await connector.close();
  }
}

const userOf = (programme: Programme, i: number) => {
  const leader = programme.participants[i % programme.participants.length];
  return { id: `29:bench-${i % programme.participants.length}`, name: leader.name, aadObjectId: leader.aadObjectId! };
};

/** Check-in acknowledgement latency with `stored` check-ins already in the store. */
export async function benchCheckInLatency(kind: StoreKind, stored: number, requests = 300): Promise<Percentiles> {
  const programme = benchProgramme(2_000);
  const opened = await openStore(kind, dataWithCheckIns(programme, stored));
  try {
    const latencies = await timeTurns(opened.store, programme, requests, (i, serviceUrl) => {
      const user = userOf(programme, i);
      return {
        ...personalMessage({ text: '', user, serviceUrl, conversationId: `a:bench-${user.id}` }),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'checkIn', data: { promptKey: reflectionKey(`s${SESSIONS - 1}`, `p${i % programme.participants.length}`), rating: '4', reflection: 'Det går godt.', mayShare: 'true' } }, trigger: 'manual' },
      };
    });
    return percentiles(latencies);
  } finally {
    await opened.close();
  }
}

const QUESTIONS = ['hvornår er mit næste modul?', 'when is my next module?', 'vis mit program', 'hvor er det?', 'hvad skal jeg forberede?', 'hjælp'];

/** Question-answer latency with `leaders` participants. */
export async function benchStoreQuestionLatency(kind: StoreKind, leaders = 2_000, requests = 500): Promise<Percentiles> {
  const programme = benchProgramme(leaders);
  const opened = await openStore(kind, newStoreData(programme));
  try {
    const latencies = await timeTurns(opened.store, programme, requests, (i, serviceUrl) =>
      personalMessage({ text: QUESTIONS[i % QUESTIONS.length], user: userOf(programme, i), serviceUrl }),
    );
    return percentiles(latencies);
  } finally {
    await opened.close();
  }
}

/** A PostgreSQL server for the benchmarks: BENCH_DATABASE_URL, or a throw-away one (stopped by the returned function). */
export async function benchPostgres(): Promise<() => void> {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  await startTestPostgres();
  return stopTestPostgres;
}
