/**
 * Question-answer latency over real HTTP: the real bot (restify + botbuilder + teams-ai) with
 * the demo programme (~200 leaders) answers questions from linked leaders; the fake connector
 * receives the cards. Latency is measured from POST to the HTTP response, which botbuilder only
 * sends after the reply reached the connector, so it covers the whole turn.
 */
import { performance } from 'node:perf_hooks';
import { createDemoProgramme } from '../../src/demo/demo-programme';
import { personalMessage } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { startTestBot } from '../helpers/start-test-bot';

const QUESTIONS = [
  'hvornår er mit næste modul?',
  'when is my next module?',
  'vis mit program',
  'hvor er det?',
  'what should I prepare?',
  'hvad handler modul 3 om?',
  'which electives are there?',
  'hjælp',
  'hvad er klokken?',
];

export interface LatencyResult {
  requests: number;
  concurrency: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function benchQuestionLatency(requests = 1000, concurrency = 1): Promise<LatencyResult> {
  const now = new Date();
  const programme = createDemoProgramme(now);
  // This measures the bot's own answer time: Teams' limits (50 replies a second per app) are off,
  // or the run would measure the throttling of a thousand replies in a few seconds instead.
  const bot = await startTestBot({ programme, now, connector: await FakeConnector.start({ enforceLimits: false }) });
  const leaders = programme.participants.filter((p) => p.active).slice(0, 50);
  // Link every leader first (as after installation), so the run measures answering, not linking.
  leaders.forEach((p, i) => bot.connector.addMember({ id: `29:bench-${i}`, name: p.name, aadObjectId: `bench-aad-${i}`, email: p.email }));
  const activityFor = (i: number) => {
    const leader = i % leaders.length;
    return personalMessage({
      text: QUESTIONS[i % QUESTIONS.length],
      user: { id: `29:bench-${leader}`, name: leaders[leader].name, aadObjectId: `bench-aad-${leader}` },
      serviceUrl: bot.connector.serviceUrl,
    });
  };
  for (let i = 0; i < leaders.length; i++) await bot.post(activityFor(i));

  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const activity = activityFor(next++);
      const t0 = performance.now();
      const status = await bot.post(activity);
      latencies.push(performance.now() - t0);
      if (status !== 200) throw new Error(`unexpected status ${status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  await bot.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests,
    concurrency,
    medianMs: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1],
    requestsPerSecond: (requests / elapsed) * 1000,
  };
}
