/**
 * `npm run bench`: runs every benchmark and prints the numbers. Benchmarks measure; they do not
 * pass or fail, so they are not part of `npm test`.
 */
import { benchQuestionLatency } from './question-latency';
import { reportIntentAccuracy } from './intent-accuracy';

async function main(): Promise<void> {
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log('== Intent matching accuracy');
  reportIntentAccuracy();
  for (const concurrency of [1, 10]) {
    const r = await benchQuestionLatency(1000, concurrency);
    console.log(`\n== Question-answer latency over HTTP (${r.requests} requests, concurrency ${r.concurrency})`);
    console.log(`median ${round(r.medianMs)} ms, p99 ${round(r.p99Ms)} ms, max ${round(r.maxMs)} ms, ${round(r.requestsPerSecond)} requests/s`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
