/**
 * `npm run bench`: runs every benchmark and prints the numbers. Benchmarks measure; they do not
 * pass or fail, so they are not part of `npm test`. `npm run bench -- --quick` skips the
 * 10,000-leader runs (the fan-out takes about four minutes at Teams' rate limit, the first wave
 * about seven and a half). `npm run bench -- --only turns,import` runs only the named sections
 * (intents, turns, latency, plan, import, pairing, load, reach, fan-out).
 */
import os from 'node:os';
import { benchCrashWave } from './crash-wave';
import { benchFanOut } from './fan-out';
import { benchFirstWave } from './first-wave';
import { benchImport } from './import-participants';
import { benchLoad } from './load';
import { reportPairing } from './pairing';
import { reportIntentAccuracy } from './intent-accuracy';
import { benchPlanTick } from './plan-deliveries';
import { benchQuestionLatency } from './question-latency';
import { benchWorkingCalendar } from './working-calendar';
import { benchReplicaFanOut } from './replica-fan-out';
import { benchCheckInLatency, benchPostgres, benchStoreQuestionLatency } from './store-latency';
import { benchTurnThroughput, benchTurnTime, NEXT_MODULE_QUESTION, openArena, type TurnSetting } from './turn-throughput';

const SECTIONS = ['intents', 'turns', 'latency', 'plan', 'calendar', 'import', 'pairing', 'load', 'reach', 'fan-out', 'stores'] as const;
type Section = (typeof SECTIONS)[number];

/** The sections `--only a,b` names, or all of them. */
function sectionsToRun(argv: readonly string[]): ReadonlySet<Section> {
  // `-- --stores` runs only the lowdb-versus-PostgreSQL benchmarks.
  if (argv.includes('--stores')) return new Set(['stores']);
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(SECTIONS);
  const named = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = named.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length || !named.length) throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')}; got '${argv[at + 1] ?? ''}'`);
  return new Set(named as Section[]);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = sectionsToRun(process.argv);
  const round = (n: number) => Math.round(n * 100) / 100;
  if (only.has('intents')) {
    console.log('== Intent matching accuracy');
    reportIntentAccuracy();
  }
  if (only.has('turns')) await turnBenchmarks(round);
  if (only.has('latency')) {
    for (const concurrency of [1, 10]) {
      const r = await benchQuestionLatency(1000, concurrency);
      console.log(`\n== Question-answer latency over HTTP (${r.requests} requests, concurrency ${r.concurrency})`);
      console.log(`median ${round(r.medianMs)} ms, p99 ${round(r.p99Ms)} ms, max ${round(r.maxMs)} ms, ${round(r.requestsPerSecond)} requests/s`);
    }
  }
  if (only.has('plan')) {
    const plan = benchPlanTick();
    console.log(`\n== Delivery planner tick (${plan.participants} participants, ${plan.sessions} sessions, two years)`);
    console.log(`median ${round(plan.msPerTick)} ms per tick with a realistic outbox, ${round(plan.coldMsPerTick)} ms cold; ${plan.planned} planned`);
  }
  if (only.has('calendar')) {
    const calendar = benchWorkingCalendar();
    console.log(`\n== Working calendar (${calendar.calls} instants over two years, ${calendar.moved} of them moved)`);
    console.log(
      `placeDelivery ${round(calendar.deliveryUs)} µs, placeReminder ${round(calendar.reminderUs)} µs per call; the same ${calendar.tickTimes} instants again ${round(calendar.repeatedUs)} µs per call; ` +
        `cold (new calendar, first year) ${round(calendar.coldMs)} ms; warnings for ${calendar.sessions} sessions ${round(calendar.warningsMs)} ms`,
    );
  }
  if (only.has('import')) {
    const imported = benchImport();
    console.log(`\n== Participant CSV import (${imported.rows} rows, ';' with BOM, against the demo programme)`);
    console.log(`parse ${round(imported.parseMs)} ms + plan ${round(imported.planMs)} ms = ${round(imported.parseMs + imported.planMs)} ms, CPU ${round(imported.cpuMs)} ms (load average ${loadAverage()})`);
    for (const rows of quick ? [20_000] : [20_000, 50_000, 200_000]) {
      const r = benchImport(rows, 1);
      console.log(`${rows} rows: parse ${round(r.parseMs)} ms + plan ${round(r.planMs)} ms = ${round(r.parseMs + r.planMs)} ms, CPU ${round(r.cpuMs)} ms (one run after a warm-up, load average ${loadAverage()})`);
    }
  }
  if (only.has('pairing')) reportPairing(quick);
  if (only.has('load')) await loadBenchmark(round);
  if (only.has('reach')) await reachBenchmarks(quick, round);
  if (only.has('fan-out')) {
    for (const participants of quick ? [200] : [200, 10_000]) {
      const r = await benchFanOut(participants);
      console.log(`\n== Reminder fan-out to ${r.participants} leaders (fake connector enforcing 50 messages/s)`);
      console.log(
        `${r.sent} sent in ${round(r.seconds)} s: ${round(r.messagesPerSecond)} messages/s = ${round(r.shareOfLimit * 100)}% of the limit; ` +
          `${r.throttled} 429s; peak RSS ${round(r.peakRssMb)} MB, peak heap ${round(r.peakHeapMb)} MB`,
      );
    }
  }
  if (only.has('stores')) await storeBenchmarks(quick, round);
}

/** Programme Bot beside the bare bot, with the demo programme and with a large organisation. */
async function turnBenchmarks(round: (n: number) => number): Promise<void> {
  const settings: TurnSetting[] = [
    { leaders: 200, checkIns: 0 },
    { leaders: 2_000, checkIns: 100_000 },
  ];
  for (const setting of settings) {
    const arena = await openArena(setting);
    try {
      const name = setting.checkIns ? `${setting.leaders} leaders, ${setting.checkIns} check-ins` : 'the demo programme';
      for (const concurrency of [10, 50]) {
        const r = await benchTurnThroughput(arena, concurrency);
        console.log(`\n== Turns beside a bare bot: "${NEXT_MODULE_QUESTION}", ${name}, 200 leaders, concurrency ${concurrency} (load average ${loadAverage()})`);
        for (const run of r.runs) {
          console.log(`${run.peer.padEnd(9)} ${round(run.turnsPerSecond)} turns/s, p50 ${round(run.p50Ms)} ms, p99 ${round(run.p99Ms)} ms`);
        }
        const bare = r.runs.filter((x) => x.peer === 'bare');
        const ratios = r.runs.filter((x) => x.peer === 'programme').map((x, i) => round(x.turnsPerSecond / bare[i].turnsPerSecond));
        console.log(`Programme Bot / bare bot, round by round: ${ratios.join(', ')}`);
      }
      const t = await benchTurnTime(arena);
      console.log(`\n== One turn at a time, request sent → reply at the connector, ${name} (${t.turns} turns, load average ${loadAverage()})`);
      console.log(`programme p50 ${round(t.programme.p50Ms)} ms, p99 ${round(t.programme.p99Ms)} ms, max ${round(t.programme.maxMs)} ms`);
      console.log(`bare      p50 ${round(t.bare.p50Ms)} ms, p99 ${round(t.bare.p99Ms)} ms, max ${round(t.bare.maxMs)} ms`);
    } finally {
      await arena.close();
    }
  }
}

/** The 1-minute load average: the machine is shared, so every figure says how busy it was. */
function loadAverage(): string {
  return os.loadavg()[0].toFixed(2);
}

async function loadBenchmark(round: (n: number) => number): Promise<void> {
  const load = await benchLoad(200);
  console.log(`\n== Load: ${load.leaders} leaders at once, 10 questions and a check-in each (${load.requests} requests over HTTP, file store)`);
  console.log(
    `p50 ${round(load.p50Ms)} ms, p99 ${round(load.p99Ms)} ms, max ${round(load.maxMs)} ms, ${round(load.requests / load.seconds)} requests/s; ` +
      `${load.acknowledgedCheckIns} check-ins acknowledged, ${load.missingCheckIns} missing from the store file afterwards`,
  );
}

/** The two stores side by side (a throw-away PostgreSQL server unless BENCH_DATABASE_URL is set). */
async function storeBenchmarks(quick: boolean, round: (n: number) => number): Promise<void> {
  const stop = await benchPostgres();
  try {
    console.log('\n== Check-in acknowledgement over HTTP, 2,000 leaders, one request at a time (p50 / p99 / max)');
    for (const kind of ['postgres', 'lowdb'] as const) {
      const sizes = quick ? [1_000] : [1_000, 100_000];
      const results = [];
      for (const stored of sizes) {
        // p99 of 1,000 requests is the 10th slowest; the lowdb store at 100,000 takes most of a second per check-in, so fewer there.
        const r = await benchCheckInLatency(kind, stored, kind === 'postgres' ? 1_000 : stored > 10_000 ? 100 : 300);
        results.push(r);
        console.log(`${kind}, ${stored.toLocaleString('en')} check-ins stored: ${r.requests} check-ins, p50 ${round(r.p50Ms)} ms, p99 ${round(r.p99Ms)} ms, max ${round(r.maxMs)} ms`);
      }
      if (results.length === 2) console.log(`${kind}: p99 grows ${round(results[1].p99Ms / results[0].p99Ms)}× from 1,000 to 100,000 stored check-ins`);
    }
    for (const leaders of quick ? [2_000] : [2_000, 10_000]) {
      const r = await benchReplicaFanOut(leaders);
      console.log(`\n== Reminder fan-out to ${leaders.toLocaleString('en')} leaders by two replicas on PostgreSQL (fake connector enforcing 50 requests/s)`);
      console.log(
        `${r.reached} reached (${r.duplicates} twice, ${r.lost} not at all) in ${round(r.seconds)} s: ${round(r.messagesPerSecond)} messages/s = ${round(r.shareOfLimit * 100)}% of the limit; ` +
          `sent by replica ${r.sentByReplica.join(' + ')}; busiest second ${r.busiestSecond} requests (${r.busiestBookedSecond} booked); ${r.throttled} 429s`,
      );
    }
    console.log('\n== Question-answer latency over HTTP, 2,000 leaders, one request at a time');
    for (const kind of ['postgres', 'lowdb'] as const) {
      const r = await benchStoreQuestionLatency(kind, 2_000, 500);
      console.log(`${kind}: ${r.requests} questions, p50 ${round(r.p50Ms)} ms, p99 ${round(r.p99Ms)} ms, max ${round(r.maxMs)} ms`);
    }
  } finally {
    stop();
  }
}

async function reachBenchmarks(quick: boolean, round: (n: number) => number): Promise<void> {
  for (const leaders of quick ? [200] : [200, 10_000]) {
    const r = await benchFirstWave(leaders);
    console.log(`\n== First reminder wave to ${r.leaders} leaders who never opened the bot, one team (strict connector: read and send limits)`);
    console.log(
      `reached exactly once ${r.reachedOnce}, twice ${r.reachedTwice}, not at all ${r.notReached}; ${r.pages} roster pages, ${r.creates} chats opened, ${r.sends} sends, ${r.throttled} 429s; ` +
        `${round(r.seconds)} s against a floor of ${r.floorSeconds} s (${r.requests} requests at 50/s) = ${round((r.seconds / r.floorSeconds) * 100)}%; peak RSS ${round(r.peakRssMb)} MB`,
    );
  }
  const c = await benchCrashWave(200);
  console.log('\n== 200-leader wave by the bot process under 20% 5xx and 2% slow answers');
  console.log(
    `straight through: ${round(c.straight.waveSeconds)} s (floor ${c.straight.floorSeconds} s for 200 sends, ${c.straight.attemptsFloorSeconds} s for the ${c.straight.attempts} attempts made); ` +
      `${c.straight.serverErrors} 5xx, ${c.straight.throttled} 429s, reached ${c.straight.reached}, duplicates ${c.straight.duplicates}`,
  );
  console.log(
    `killed (SIGKILL) after ${c.crashed.acceptedAtKill} cards: ${c.crashed.inFlightAtKill} sends in flight, ${c.crashed.duplicates} leaders got the card twice; ` +
      `restart to first send ${round(c.crashed.restartToFirstSendSeconds ?? 0)} s, to the last leader reached ${round(c.crashed.restartToDoneSeconds ?? 0)} s; reached ${c.crashed.reached}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
