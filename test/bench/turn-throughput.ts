/**
 * Turns per second beside a bare bot (bare-bot.ts), in one process and one run: 200 leaders ask
 * "hvornår er mit næste modul?" in their personal chats, N at a time, against Programme Bot and
 * against the bare bot in turn, both replying to the same fake Bot Connector. The connector's rate
 * limits are off for both: at Teams' 50 replies a second either bot would measure Teams'
 * throttling, not itself. Programme Bot runs on the file store, as in production.
 *
 * Each round times both bots, alternating which goes first, so drift in the machine's load falls
 * on both. Also measured: how long after the request left the client its reply reached the
 * connector (server-side time plus one loopback hop each way), per turn, one at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openFileStore } from '../../src/store/lowdb-store';
import { personalMessage } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { startTestBot, type TestBot } from '../helpers/start-test-bot';
import { startBareBot, type BareBot } from './bare-bot';
import { largeProgramme, storeWithCheckIns } from './large-programme';

export const NEXT_MODULE_QUESTION = 'hvornår er mit næste modul?';

export interface TurnSetting {
  /** Leaders in the programme (the demo's ~200 are kept; more are copies). */
  leaders: number;
  /** Check-ins already in the store. */
  checkIns: number;
}

export interface TimedRun {
  peer: 'bare' | 'programme';
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ThroughputResult {
  setting: TurnSetting;
  concurrency: number;
  runs: TimedRun[];
}

export interface TurnTimeResult {
  setting: TurnSetting;
  turns: number;
  /** Request sent by the client → reply arrived at the connector, one turn at a time. */
  programme: { p50Ms: number; p99Ms: number; maxMs: number };
  bare: { p50Ms: number; p99Ms: number; maxMs: number };
}

const ASKERS = 200;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Both bots, the connector and 200 linked askers, ready to be timed. */
export interface Arena {
  setting: TurnSetting;
  connector: FakeConnector;
  programme: TestBot;
  bare: BareBot;
  /** The JSON bodies of `count` next-module questions from the askers in turn (fresh activity ids). */
  questions(count: number): { id: string; body: string }[];
  close(): Promise<void>;
}

export async function openArena(setting: TurnSetting): Promise<Arena> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-turns-'));
  const now = new Date();
  const programme = largeProgramme(now, setting.leaders);
  const store = await openFileStore(path.join(dir, 'store.json'), { seed: () => storeWithCheckIns(programme, setting.checkIns, now) });
  const connector = await FakeConnector.start({ enforceLimits: false });
  const bot = await startTestBot({ programme, now, store, connector });
  const bare = await startBareBot();
  // Askers spread over the programme, each with an Entra id and a personal chat.
  const active = programme.participants.filter((p) => p.active);
  const askers = Array.from({ length: ASKERS }, (_, i) => {
    const leader = active[Math.floor((i * active.length) / ASKERS)];
    const user = { id: `29:asker-${i}`, name: leader.name, aadObjectId: `asker-aad-${i}` };
    connector.addMember({ ...user, email: leader.email });
    return user;
  });
  const template = personalMessage({ text: NEXT_MODULE_QUESTION, serviceUrl: connector.serviceUrl });
  let counter = 0;
  const questions = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const user = askers[i % askers.length];
      const id = `turn-${++counter}`;
      const activity = { ...template, id, from: user, conversation: { ...template.conversation, id: `a:asker-${i % askers.length}` } };
      return { id, body: JSON.stringify(activity) };
    });
  // First contact for every asker (linking, conversation record) before anything is timed.
  for (const q of questions(ASKERS)) await post(bot.url, q.body);
  const cards = connector.cards();
  if (cards.length !== ASKERS || !JSON.stringify(cards[0]).includes('næste')) throw new Error('the askers did not get the next-module answer');
  connector.reset();
  return {
    setting,
    connector,
    programme: bot,
    bare,
    questions,
    async close() {
      await bare.close();
      await bot.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function post(url: string, body: string): Promise<void> {
  const send = () => fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  // On a busy machine the client may reuse a kept-alive socket the server has just closed; the
  // request never reached the bot, so it is sent again (the reply count afterwards checks that).
  const res = await send().catch((err: Error & { cause?: { code?: string } }) => {
    if (err.cause?.code !== 'ECONNRESET') throw err;
    return send();
  });
  await res.text();
  if (res.status !== 200) throw new Error(`unexpected status ${res.status}`);
}

async function timeRun(arena: Arena, peer: TimedRun['peer'], turns: number, concurrency: number): Promise<TimedRun> {
  const url = peer === 'bare' ? arena.bare.url : arena.programme.url;
  const bodies = arena.questions(turns);
  arena.connector.reset();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const { body } = bodies[next++];
      const t0 = performance.now();
      await post(url, body);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const replies = arena.connector.requests.filter((r) => r.method === 'POST' && r.status === 201).length;
  if (replies !== turns) throw new Error(`${peer}: ${replies} replies for ${turns} turns`);
  const sorted = latencies.sort((a, b) => a - b);
  return { peer, turns, turnsPerSecond: turns / seconds, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

/** `rounds` rounds of `turns` turns at `concurrency`, each round timing both bots, the order alternating. */
export async function benchTurnThroughput(arena: Arena, concurrency: number, { turns = 2000, rounds = 2 } = {}): Promise<ThroughputResult> {
  const runs: TimedRun[] = [];
  for (let round = 0; round < rounds; round++) {
    const order: TimedRun['peer'][] = round % 2 === 0 ? ['bare', 'programme'] : ['programme', 'bare'];
    for (const peer of order) runs.push(await timeRun(arena, peer, turns, concurrency));
  }
  return { setting: arena.setting, concurrency, runs };
}

/**
 * One turn at a time: from the moment the client sends the request to the moment the reply
 * reaches the connector (matched by the reply's replyToId). That is the bot's server-side time
 * plus a loopback hop each way, which the bare bot's figure shows.
 */
export async function benchTurnTime(arena: Arena, turns = 2000): Promise<TurnTimeResult> {
  const measure = async (url: string) => {
    const bodies = arena.questions(turns);
    arena.connector.reset();
    const sentAt = new Map<string, number>();
    for (const { id, body } of bodies) {
      sentAt.set(id, performance.now());
      await post(url, body);
    }
    const times = arena.connector.requests
      .filter((r) => r.method === 'POST' && r.status === 201)
      .map((r) => r.at - sentAt.get(decodeURIComponent(r.path.split('/').pop() ?? ''))!)
      .sort((a, b) => a - b);
    if (times.length !== turns || times.some((t) => Number.isNaN(t))) throw new Error('replies did not match the questions');
    return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: times[times.length - 1] };
  };
  const bare = await measure(arena.bare.url);
  const programme = await measure(arena.programme.url);
  return { setting: arena.setting, turns, programme, bare };
}

/** `node dist/test/bench/turn-throughput.js [leaders] [checkIns] [concurrency…]`: one setting on its own (for profiling). */
async function main(): Promise<void> {
  const [leaders = 200, checkIns = 0, ...concurrencies] = process.argv.slice(2).map(Number);
  const arena = await openArena({ leaders, checkIns });
  try {
    for (const c of concurrencies.length ? concurrencies : [10, 50]) console.log(JSON.stringify(await benchTurnThroughput(arena, c)));
    console.log(JSON.stringify(await benchTurnTime(arena)));
  } finally {
    await arena.close();
  }
}

if (require.main === module) void main();
