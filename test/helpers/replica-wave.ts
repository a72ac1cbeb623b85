/**
 * A reminder wave sent by several bot replicas (each `dist/src/index.js` in its own process, as
 * `npm start` runs it) on one PostgreSQL database, to one fake Bot Connector that enforces Teams'
 * limits. One replica can be killed with SIGKILL mid-wave. Counts what reached whom, who sent it
 * and the busiest second. Used by the multi-replica test (counts) and the benchmark (rate).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { createPool, inTransaction } from '../../src/store/postgres/database';
import { writeStoreData } from '../../src/store/postgres/store-data-rows';
import { newStoreData, type ConversationRecord, type OutboxItem } from '../../src/store/store-schema';
import { FakeConnector } from './fake-connector';
import { cohortProgramme } from './programmes';
import { createTestDatabase } from './test-postgres';

export interface ReplicaWaveOptions {
  leaders: number;
  replicas?: number;
  /** Kill the first replica with SIGKILL once the connector accepted this many cards; none: no kill. */
  killAfterCards?: number;
  /** The replicas' dispatch.leaseSeconds: how long a dead replica's deliveries wait for another. */
  leaseSeconds?: number;
}

export interface ReplicaWaveResult {
  leaders: number;
  /** Leaders who got the reminder at least once; cards beyond the first; leaders who got none. */
  reached: number;
  duplicates: number;
  lost: number;
  /** Cards each replica reported sending (its "dispatch tick" logs; a killed replica reports none). */
  sentByReplica: number[];
  /** Requests of any kind the connector saw in the busiest 1,000 ms, and its 429 answers. */
  busiestSecond: number;
  /** The same over the moments the replicas booked in the database (what they planned). */
  busiestBookedSecond: number;
  throttled: number;
  /** First send to last first card. */
  seconds: number;
  /** At the kill: cards accepted, outcomes recorded as sent, and sends in flight (accepted or pending, not recorded). */
  acceptedAtKill?: number;
  recordedAtKill?: number;
  inFlightAtKill?: number;
  /** Deliveries the killed replica held leased, unfinished, when it died: the other replica took them over. */
  leasedByKilled?: number;
}

interface Replica {
  process: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

function startReplica(dir: string, databaseUrl: string): Replica {
  let output = '';
  // The replica reads its config file from its working folder, the env files from the project.
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'index.js')], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATA_FILE: path.join(dir, 'unused.json'), BOT_ID: '' },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { process: child, output: () => output, exited };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, replicas: Replica[], timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${replicas.map((r) => r.output().slice(-2000)).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Cards sent per "dispatch tick" log line of one replica. */
function sentInLogs(output: string): number {
  return output
    .split('\n')
    .filter((line) => line.includes('"msg":"dispatch tick"'))
    .reduce((sum, line) => sum + (JSON.parse(line) as { sent: number }).sent, 0);
}

/** The most requests within any 1,000 ms (arrival times at the connector). */
function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= 1_000) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}

export async function runReplicaWave({ leaders, replicas: count = 2, killAfterCards, leaseSeconds = 5 }: ReplicaWaveOptions): Promise<ReplicaWaveResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-replicas-'));
  fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify({ dispatch: { leaseSeconds } }));
  const database = await createTestDatabase();
  const pool = createPool({ url: database.url, poolSize: 2 });
  const connector = await FakeConnector.start();
  const replicas: Replica[] = [];
  try {
    // Every leader has a chat and one reminder due now.
    const programme = cohortProgramme(leaders);
    const at = new Date().toISOString();
    const expires = new Date(Date.now() + 86_400_000).toISOString();
    const conversations: ConversationRecord[] = programme.participants.map((p) => ({
      id: `a:${p.id}`,
      scope: 'personal',
      participantId: p.id,
      reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: `a:${p.id}` }, bot: { id: '28:bot' }, user: { id: `29:${p.id}` } },
      active: true,
      updatedAt: at,
    }));
    const outbox: OutboxItem[] = programme.participants.map((p) => ({
      key: `reminder:s1:${p.id}:P7D`, kind: 'reminder', participantId: p.id, sessionId: 's1', offset: 'P7D', dueAt: at, expiresAt: expires, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at, updatedAt: at,
    }));
    await inTransaction(pool, (db) => writeStoreData(db, { ...newStoreData(programme), conversations, outbox }));
    const chats = conversations.map((c) => c.id);
    const reached = () => new Set(connector.sent().map((s) => s.conversationId)).size;
    const allRecorded = async () => (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE status <> 'sent'")).rows[0].n === 0;
    const result: Partial<ReplicaWaveResult> = { leaders };

    for (let i = 0; i < count; i++) replicas.push(startReplica(dir, database.url));
    if (killAfterCards !== undefined) {
      await until(() => connector.sent().length >= killAfterCards, `${killAfterCards} cards`, replicas);
      replicas[0].process.kill('SIGKILL');
      await replicas[0].exited;
      const recorded = new Set((await pool.query<{ sent_to: string }>("SELECT sent_to FROM outbox WHERE status = 'sent'")).rows.map((r) => r.sent_to));
      const inFlight = new Set(
        connector
          .attempts()
          .filter((a) => a.method === 'POST' && (a.status === undefined || a.status < 300) && !recorded.has(a.conversationId))
          .map((a) => a.conversationId),
      );
      const killedWorker = /"workerId":"([^"]+)"/.exec(replicas[0].output())?.[1];
      result.leasedByKilled = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE status = 'sending' AND claimed_by = $1", [killedWorker])).rows[0].n;
      result.acceptedAtKill = connector.sent().length;
      result.recordedAtKill = recorded.size;
      result.inFlightAtKill = inFlight.size;
    }
    await until(() => reached() === leaders, 'every leader reached', replicas);
    await until(allRecorded, 'every outcome recorded', replicas);
    // Each replica logs its tick's report when the tick ends, once nothing is left to send (a
    // killed one never does).
    if (killAfterCards === undefined) await until(() => replicas.reduce((n, r) => n + sentInLogs(r.output()), 0) >= leaders, 'the ticks to end', replicas, 180_000);

    const booked = (await pool.query<{ at_ms: string }>('SELECT at_ms FROM rate_bookings')).rows.map((r) => Number(r.at_ms));
    const sends = connector.requests.filter((r) => r.method === 'POST' && /\/activities$/.test(r.path));
    const cardsPerChat = chats.map((c) => connector.sent(c).length);
    const firstCards = new Map<string, number>();
    for (const r of sends) {
      const chat = decodeURIComponent(/^\/v3\/conversations\/([^/]+)\/activities$/.exec(r.path)![1]);
      if (r.status !== undefined && r.status < 300 && !firstCards.has(chat)) firstCards.set(chat, r.at);
    }
    return {
      ...(result as ReplicaWaveResult),
      reached: cardsPerChat.filter((n) => n > 0).length,
      duplicates: cardsPerChat.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      lost: cardsPerChat.filter((n) => n === 0).length,
      sentByReplica: replicas.map((r) => sentInLogs(r.output())),
      busiestSecond: busiestSecond(connector.requests.map((r) => r.at)),
      busiestBookedSecond: busiestSecond(booked),
      throttled: connector.throttledCount,
      seconds: (Math.max(...firstCards.values()) - sends[0].at) / 1000,
    };
  } finally {
    for (const replica of replicas) {
      if (replica.process.exitCode === null && replica.process.signalCode === null) replica.process.kill('SIGTERM');
    }
    await Promise.all(replicas.map((r) => r.exited));
    await connector.close();
    await pool.end();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
