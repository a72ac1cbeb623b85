/**
 * Fan-out: N leaders each due one reminder at the same minute, sent through the real bot's
 * dispatcher to a fake Bot Connector that enforces Teams' 50 messages per second per app and
 * answers 429 with Retry-After beyond it.
 */
import { performance } from 'node:perf_hooks';
import { programmeSchema, type Programme } from '../../src/domain/programme/model';
import { createMemoryStore } from '../../src/store/lowdb-store';
import { newStoreData, type ConversationRecord } from '../../src/store/store-schema';
import { FakeConnector } from '../helpers/fake-connector';
import { startTestBot } from '../helpers/start-test-bot';

export interface FanOutResult {
  participants: number;
  sent: number;
  seconds: number;
  messagesPerSecond: number;
  shareOfLimit: number;
  throttled: number;
  peakRssMb: number;
  peakHeapMb: number;
}

// Monday 1 March 2027, 09:00 in Copenhagen; the gathering is a week later.
const NOW = new Date('2027-03-01T08:00:00Z');

function programmeWith(participants: number): Programme {
  return programmeSchema.parse({
    id: 'fan-out',
    name: { da: 'Fan-out', en: 'Fan-out' },
    timeZone: 'Europe/Copenhagen',
    modules: [{ id: 'g1', number: 1, kind: 'gathering', title: { da: 'Samling', en: 'Gathering' }, description: { da: '-', en: '-' } }],
    sessions: [{ id: 's1', moduleId: 'g1', start: '2027-03-08T09:00:00+01:00', end: '2027-03-08T15:00:00+01:00', place: { name: 'Rådhuset' } }],
    participants: Array.from({ length: participants }, (_, i) => ({
      id: `p${i}`,
      name: `Leader ${i}`,
      email: `leader${i}@kommune.example`,
      level: ((i % 3) + 1) as 1 | 2 | 3,
      area: 'Area',
    })),
  });
}

export async function benchFanOut(participants: number, globalLimits?: { limit: number; windowMs: number }[]): Promise<FanOutResult> {
  const connector = await FakeConnector.start({ globalLimitPerSecond: 50 });
  const data = newStoreData(programmeWith(participants));
  const conversations: ConversationRecord[] = data.programme.participants.map((p) => ({
    id: `a:${p.id}`,
    scope: 'personal',
    participantId: p.id,
    reference: { serviceUrl: connector.serviceUrl, channelId: 'msteams', conversation: { id: `a:${p.id}` }, bot: { id: '28:bot' } },
    active: true,
    updatedAt: NOW.toISOString(),
  }));
  const store = createMemoryStore({ ...data, conversations });
  const bot = await startTestBot({ programme: data.programme, now: NOW, store, connector, globalLimits });
  let peakRss = 0;
  let peakHeap = 0;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 100);
  const started = performance.now();
  const report = await bot.dispatcher.tick();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  const sent = connector.cards().length;
  await bot.close();
  if (report.sent !== participants || sent !== participants) throw new Error(`expected ${participants} cards, connector got ${sent}, report ${JSON.stringify(report)}`);
  return {
    participants,
    sent,
    seconds,
    messagesPerSecond: sent / seconds,
    shareOfLimit: sent / seconds / 50,
    throttled: connector.throttledCount,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapMb: peakHeap / 2 ** 20,
  };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 200);
  const g = process.argv[3] ? [{ limit: Number(process.argv[3]), windowMs: Number(process.argv[4] ?? 1000) }] : undefined;
  benchFanOut(n, g).then((r) => console.log(JSON.stringify(r, null, 2)));
}
