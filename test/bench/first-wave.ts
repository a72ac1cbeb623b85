/**
 * The first reminder wave to N leaders who never opened the bot, all in one team where the app
 * is installed: the real bot (file store, as in production) reads the team's roster in pages,
 * opens each leader's 1:1 chat and sends the reminder, against a fake Bot Connector enforcing
 * Teams' read and send limits (per thread and 50 requests per second per app).
 *
 * The floor: every request counts against the app's 50 per second, whatever its kind, and no
 * per-thread window binds (each chat gets one create and one send; the roster pages are read one
 * after the other on the team's thread, well inside 14 per second). So N leaders need
 * R = ceil(N / 500) pages + N creates + N sends, and the R-th request cannot go before
 * floor((R - 1) / 50) seconds after the first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { event } from '../helpers/activities';
import { FakeConnector } from '../helpers/fake-connector';
import { cohortMembers, cohortProgramme, WAVE_DUE } from '../helpers/programmes';
import { startTestBot } from '../helpers/start-test-bot';

export interface FirstWaveResult {
  leaders: number;
  reachedOnce: number;
  reachedTwice: number;
  notReached: number;
  pages: number;
  creates: number;
  sends: number;
  throttled: number;
  seconds: number;
  requests: number;
  floorSeconds: number;
  peakRssMb: number;
}

const TEAM = '19:general-channel@thread.tacv2';

export async function benchFirstWave(leaders: number): Promise<FirstWaveResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-first-wave-'));
  const programme = cohortProgramme(leaders);
  const connector = await FakeConnector.start({ keepBodies: false });
  const members = connector.addTeam(TEAM, { members: cohortMembers(programme) });
  const store = await openFileStore(path.join(dir, 'store.json'), { seed: () => newStoreData(programme) });
  const bot = await startTestBot({ programme, now: WAVE_DUE, store, connector });
  let peakRss = 0;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    await bot.post(event('team-bot-added', connector.serviceUrl));
    const started = performance.now();
    await bot.dispatcher.tick();
    const seconds = (performance.now() - started) / 1000;
    const cards = members.map((m) => {
      const chat = connector.chatOf(m.id);
      return chat ? connector.sent(chat).length : 0;
    });
    const pages = connector.reads(TEAM).length;
    const creates = connector.requests.filter((r) => r.method === 'POST' && r.path === '/v3/conversations').length;
    const sends = connector.attempts().length;
    const requests = Math.ceil(leaders / 500) + 2 * leaders;
    return {
      leaders,
      reachedOnce: cards.filter((n) => n === 1).length,
      reachedTwice: cards.filter((n) => n > 1).length,
      notReached: cards.filter((n) => n === 0).length,
      pages,
      creates,
      sends,
      throttled: connector.throttledCount,
      seconds,
      requests,
      floorSeconds: Math.floor((requests - 1) / 50),
      peakRssMb: peakRss / 2 ** 20,
    };
  } finally {
    clearInterval(sample);
    await bot.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchFirstWave(Number(process.argv[2] ?? 200)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
