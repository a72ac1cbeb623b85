/**
 * A reminder wave sent by the real bot process (`dist/src/index.js`, what `npm start` runs) on
 * the embedded file store, to a fake Bot Connector with Teams' limits and injected faults. It can
 * kill the sending process with SIGKILL mid-wave and start it again, and then counts what
 * reached whom. Used by the crash test (counts) and by the benchmark (times).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData, type ConversationRecord, type StoreData } from '../../src/store/store-schema';
import { projectRoot } from '../../src/project-root';
import { FakeConnector, type ChaosOptions } from './fake-connector';
import { cohortProgramme } from './programmes';

export interface CrashWaveOptions {
  leaders: number;
  chaos?: ChaosOptions;
  /** Kill the sending process with SIGKILL once the connector accepted this many cards; none: no crash. */
  killAfterCards?: number;
}

export interface CrashWaveResult {
  leaders: number;
  /** Leaders who got the reminder at least once, and cards beyond the first. */
  reached: number;
  duplicates: number;
  /** At the kill: cards accepted by the connector, outcomes the store file held as sent, and sends in flight. */
  acceptedAtKill?: number;
  recordedAtKill?: number;
  inFlightAtKill?: number;
  /** Send attempts the connector saw (all processes), and how many it answered 5xx or 429. */
  attempts: number;
  serverErrors: number;
  throttled: number;
  /** First request of the wave to the last leader's first card (no crash: one process). */
  waveSeconds: number;
  /** After the restart: process start to its first send, and to the last leader's first card. */
  restartToFirstSendSeconds?: number;
  restartToDoneSeconds?: number;
}

interface Child {
  process: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

function startBot(dataFile: string): Child {
  let output = '';
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'src', 'index.js')], {
    cwd: projectRoot(),
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'warn', DATA_FILE: dataFile, BOT_ID: '' },
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { process: child, output: () => output, exited };
}

async function until(condition: () => boolean, what: string, child: Child | undefined, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${child?.output() ?? ''}`);
    if (child && child.process.exitCode !== null) throw new Error(`the bot exited while waiting for ${what}\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The store file as the bot last wrote it (lowdb renames a finished file into place, so it is always whole). */
function readStore(file: string): StoreData {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as StoreData;
}

export async function runCrashWave({ leaders, chaos, killAfterCards }: CrashWaveOptions): Promise<CrashWaveResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-wave-'));
  const dataFile = path.join(dir, 'store.json');
  const connector = await FakeConnector.start({ chaos });
  let child: Child | undefined;
  try {
    // Every leader has a chat; one reminder each is due now.
    const programme = cohortProgramme(leaders);
    const conversations: ConversationRecord[] = programme.participants.map((p) => ({
      id: `a:${p.id}`,
      scope: 'personal',
      participantId: p.id,
      reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: `a:${p.id}` }, bot: { id: '28:bot' }, user: { id: `29:${p.id}` } },
      active: true,
      updatedAt: new Date().toISOString(),
    }));
    const store = await openFileStore(dataFile, { seed: () => ({ ...newStoreData(programme), conversations }) });
    const now = new Date();
    await store.enqueueDeliveries(
      programme.participants.map((p) => ({
        key: `reminder:s1:${p.id}:P7D`,
        kind: 'reminder' as const,
        participantId: p.id,
        sessionId: 's1',
        offset: 'P7D',
        dueAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
      })),
      now,
    );
    await store.close();

    const chats = conversations.map((c) => c.id);
    const reachedCount = () => {
      const got = new Set(connector.sent().map((s) => s.conversationId));
      return chats.filter((c) => got.has(c)).length;
    };
    const result: Partial<CrashWaveResult> = { leaders };

    child = startBot(dataFile);
    if (killAfterCards !== undefined) {
      await until(() => connector.sent().length >= killAfterCards, `${killAfterCards} cards`, child);
      child.process.kill('SIGKILL');
      await child.exited;
      const killedAt = performance.now();
      const recorded = new Set(readStore(dataFile).outbox.filter((o) => o.status === 'sent').map((o) => o.sentTo));
      // In flight: sends that reached the connector (accepted, or not yet answered) but whose
      // outcome the store did not hold when the process died.
      const inFlight = new Set(
        connector
          .attempts()
          .filter((a) => a.method === 'POST' && (a.status === undefined || a.status < 300) && !recorded.has(a.conversationId))
          .map((a) => a.conversationId),
      );
      result.acceptedAtKill = connector.sent().length;
      result.recordedAtKill = recorded.size;
      result.inFlightAtKill = inFlight.size;

      child = startBot(dataFile);
      const restartedAt = performance.now();
      await until(() => connector.requests.some((r) => r.at > killedAt), 'the first request after the restart', child);
      result.restartToFirstSendSeconds = (connector.requests.find((r) => r.at > killedAt)!.at - restartedAt) / 1000;
      await until(() => reachedCount() === leaders, 'every leader reached', child);
      result.restartToDoneSeconds = (performance.now() - restartedAt) / 1000;
    } else {
      await until(() => reachedCount() === leaders, 'every leader reached', child);
    }
    // Everything recorded as sent before the bot stops (no outcome left to a later run).
    await until(() => readStore(dataFile).outbox.every((o) => o.status === 'sent'), 'every outcome recorded', child);

    const firstCard = new Map<string, number>();
    for (const r of connector.requests) {
      const m = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(r.path);
      const chat = m ? decodeURIComponent(m[1]) : undefined;
      if (chat && r.method === 'POST' && r.status !== undefined && r.status < 300 && !firstCard.has(chat)) firstCard.set(chat, r.at);
    }
    const sends = connector.attempts().filter((a) => a.method === 'POST');
    const cardsPerChat = chats.map((c) => connector.sent(c).length);
    return {
      ...(result as CrashWaveResult),
      reached: cardsPerChat.filter((n) => n > 0).length,
      duplicates: cardsPerChat.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      attempts: sends.length,
      serverErrors: connector.serverErrorCount,
      throttled: connector.throttledCount,
      waveSeconds: (Math.max(...firstCard.values()) - connector.requests[0].at) / 1000,
    };
  } finally {
    if (child && child.process.exitCode === null) {
      child.process.kill('SIGTERM');
      await child.exited;
    }
    await connector.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
