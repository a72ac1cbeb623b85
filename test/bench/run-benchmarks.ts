/**
 * `npm run bench`: runs every benchmark and prints the numbers. Benchmarks measure; they do not
 * pass or fail, so they are not part of `npm test`. `npm run bench -- --quick` skips the
 * 10,000-leader fan-out (which takes about four minutes at Teams' rate limit).
 */
import { benchFanOut } from './fan-out';
import { benchImport } from './import-participants';
import { benchLoad } from './load';
import { reportPairing } from './pairing';
import { reportIntentAccuracy } from './intent-accuracy';
import { benchPlanTick } from './plan-deliveries';
import { benchQuestionLatency } from './question-latency';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log('== Intent matching accuracy');
  reportIntentAccuracy();
  for (const concurrency of [1, 10]) {
    const r = await benchQuestionLatency(1000, concurrency);
    console.log(`\n== Question-answer latency over HTTP (${r.requests} requests, concurrency ${r.concurrency})`);
    console.log(`median ${round(r.medianMs)} ms, p99 ${round(r.p99Ms)} ms, max ${round(r.maxMs)} ms, ${round(r.requestsPerSecond)} requests/s`);
  }
  const plan = benchPlanTick();
  console.log(`\n== Delivery planner tick (${plan.participants} participants, ${plan.sessions} sessions, two years)`);
  console.log(`median ${round(plan.msPerTick)} ms per tick with a realistic outbox, ${round(plan.coldMsPerTick)} ms cold; ${plan.planned} planned`);
  const imported = benchImport();
  console.log(`\n== Participant CSV import (${imported.rows} rows, ';' with BOM, against the demo programme)`);
  console.log(`parse ${round(imported.parseMs)} ms + plan ${round(imported.planMs)} ms = ${round(imported.parseMs + imported.planMs)} ms`);
  reportPairing(quick);
  const load = await benchLoad(200);
  console.log(`\n== Load: ${load.leaders} leaders at once, 10 questions and a check-in each (${load.requests} requests over HTTP, file store)`);
  console.log(
    `p50 ${round(load.p50Ms)} ms, p99 ${round(load.p99Ms)} ms, max ${round(load.maxMs)} ms, ${round(load.requests / load.seconds)} requests/s; ` +
      `${load.acknowledgedCheckIns} check-ins acknowledged, ${load.missingCheckIns} missing from the store file afterwards`,
  );
  for (const participants of quick ? [200] : [200, 10_000]) {
    const r = await benchFanOut(participants);
    console.log(`\n== Reminder fan-out to ${r.participants} leaders (fake connector enforcing 50 messages/s)`);
    console.log(
      `${r.sent} sent in ${round(r.seconds)} s: ${round(r.messagesPerSecond)} messages/s = ${round(r.shareOfLimit * 100)}% of the limit; ` +
        `${r.throttled} 429s; peak RSS ${round(r.peakRssMb)} MB, peak heap ${round(r.peakHeapMb)} MB`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
