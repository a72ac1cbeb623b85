/**
 * Load: 200 leaders at once, each sending 10 questions and then submitting a check-in, over real
 * HTTP against the real bot (demo programme, file-backed store). Reports p50/p99 turn latency and
 * verifies afterwards that every acknowledged check-in is in the store file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDemoProgramme } from '../../src/demo/demo-programme';
import { reflectionKey } from '../../src/domain/schedule/delivery-keys';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { personalMessage } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { startTestBot } from '../helpers/start-test-bot';

export interface LoadResult {
  leaders: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  seconds: number;
  acknowledgedCheckIns: number;
  missingCheckIns: number;
}

const QUESTIONS = ['hvornår er mit næste modul?', 'when is my next module?', 'vis mit program', 'hvor er det?', 'hvad skal jeg forberede?', 'hjælp', 'hvilke valgmoduler er der?', 'hvad handler modul 2 om?', 'what should I prepare?', 'show my schedule'];

export async function benchLoad(leaders = 200): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-load-'));
  const file = path.join(dir, 'store.json');
  const now = new Date();
  const programme = createDemoProgramme(now);
  const people = programme.participants.filter((p) => p.active).slice(0, leaders);
  const past = programme.sessions.find((s) => Date.parse(s.end) < now.getTime())!;
  const store = await openFileStore(file, { seed: () => newStoreData(programme) });
  // Every leader has a sent reflection prompt to answer.
  const prompts = people.map((p) => ({ key: reflectionKey(past.id, p.id), kind: 'reflection' as const, participantId: p.id, sessionId: past.id, dueAt: now.toISOString(), expiresAt: now.toISOString() }));
  await store.enqueueDeliveries(prompts, now);
  for (const p of prompts) await store.recordDeliveryOutcome(p.key, { status: 'sent', activityId: 'x', sentTo: 'x' }, now);
  // The bot's own answer time under load: Teams' reply limits are off (2,200 replies in seconds
  // would otherwise measure Teams' throttling, not the bot).
  const connector = await FakeConnector.start({ enforceLimits: false });
  const bot = await startTestBot({ programme, now, store, connector, config: { security: { messagesPerMinutePerUser: 100 } } });
  const latencies: number[] = [];
  let acknowledged = 0;
  const timed = async (body: unknown) => {
    const t0 = performance.now();
    const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    latencies.push(performance.now() - t0);
    return { status: res.status, text };
  };
  const started = performance.now();
  await Promise.all(
    people.map(async (p, i) => {
      const user = { id: `29:load-${i}`, name: p.name, aadObjectId: p.aadObjectId ?? `load-aad-${i}` };
      bot.connector.addMember({ ...user, email: p.email });
      const conversationId = `a:load-${i}`;
      for (const text of QUESTIONS) await timed(personalMessage({ text, user, serviceUrl: bot.connector.serviceUrl, conversationId }));
      const answer = await timed({
        ...personalMessage({ text: '', user, serviceUrl: bot.connector.serviceUrl, conversationId }),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'checkIn', data: { promptKey: reflectionKey(past.id, p.id), rating: String(1 + (i % 5)), reflection: `Svar ${i}` } } },
      });
      // Acknowledged = the card turned into the thank-you: the bot said it stored the answer.
      if (answer.status === 200 && /Tak for din refleksion|Thank you for your reflection/.test(answer.text)) acknowledged++;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await bot.close();
  await store.close();
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { checkIns: { promptKey: string }[] };
  const keys = new Set(stored.checkIns.map((c) => c.promptKey));
  const missing = people.filter((p) => !keys.has(reflectionKey(past.id, p.id))).length;
  fs.rmSync(dir, { recursive: true, force: true });
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { leaders, requests: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1], seconds, acknowledgedCheckIns: acknowledged, missingCheckIns: missing };
}

if (require.main === module) void benchLoad().then((r) => console.log(JSON.stringify(r, null, 2)));
