/**
 * How long a round of sparring partners takes, and how good it is. A programme first gets a
 * history of earlier rounds made by the pairing itself (alternating horizontal and vertical
 * rounds, a repeat window as long as the history, so every earlier pair is ruled out), then the
 * next round is timed several times with different seeds (median and slowest reported).
 *
 * Two programmes: the demo programme's own 200 leaders, and 10,000 made-up leaders with the
 * demo's mix of areas and levels. The demo is matched whole, once as it is and once with some
 * leaders out (gone, opted out, paused, absent); it is also matched in blocks of at most 80, as
 * the large programme is, to show what matching in blocks costs in quality.
 */
import { performance } from 'node:perf_hooks';
import { createDemoProgramme } from '../../src/demo/demo-programme';
import { DEFAULT_BLOCK_SIZE, defaultBlockSize } from '../../src/domain/pairing/deal-blocks';
import { maxWeightMatching, type WeightedEdge } from '../../src/domain/pairing/max-weight-matching';
import { pairLeaders } from '../../src/domain/pairing/pair-leaders';
import type { PairingLeader, PairingRequest, PairingSettings, PastRound } from '../../src/domain/pairing/pairing-model';
import { pairingLeadersOf } from '../../src/domain/pairing/pairing-leaders';
import { reportQuality, type QualityReport } from '../../src/domain/pairing/quality-report';
import { demoShapedLeaders } from '../helpers/pairing-leaders';

/** A fixed instant, so the demo programme (dated around "now") is the same on every run. */
const NOW = new Date('2027-03-01T09:00:00+01:00');
const DATE = '2027-03-01';
const HISTORY_ROUNDS = 20;
const TIMED_RUNS = 5;

export interface PairingBenchResult {
  leaders: number;
  historyRounds: number;
  blockSize: number;
  /** Median and slowest milliseconds for the round after the history, over TIMED_RUNS seeds. */
  medianMs: number;
  maxMs: number;
  /**
   * Median CPU milliseconds of the same runs: close to what the wall clock shows on an idle
   * machine, and far less disturbed than it by other work on a shared one.
   */
  medianCpuMs: number;
  /** Median milliseconds of the history's own rounds (each with the history before it). */
  historyMedianMs: number;
  /** Quality of the timed round, horizontal and vertical. */
  horizontal: QualityReport;
  vertical: QualityReport;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function settings(vertical: boolean): PairingSettings {
  return { participation: 'opt-out', vertical, repeatWindow: HISTORY_ROUNDS };
}

/** Pairs `leaders` with a history of HISTORY_ROUNDS rounds, then times and reports the next round. */
export function benchPairing(
  leaders: PairingLeader[],
  blockSize = defaultBlockSize(leaders.length),
  absentIds: readonly string[] = [],
): PairingBenchResult {
  const history: PastRound[] = [];
  const historyMs: number[] = [];
  for (let r = 0; r < HISTORY_ROUNDS; r++) {
    const t0 = performance.now();
    const round = pairLeaders({ leaders, history, settings: settings(r % 2 === 1), date: DATE, seed: 1000 + r, blockSize });
    historyMs.push(performance.now() - t0);
    history.unshift({ groups: round.groups });
  }
  const request = (vertical: boolean, seed: number): PairingRequest => ({
    leaders,
    history,
    settings: settings(vertical),
    date: DATE,
    seed,
    blockSize,
    absentIds,
  });
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    pairLeaders(request(run % 2 === 1, 2000 + run));
    const cpu = process.cpuUsage(cpu0);
    timings.push(performance.now() - t0);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
  }
  const surroundings = { leaders, history, absentIds };
  return {
    leaders: leaders.length,
    historyRounds: history.length,
    blockSize,
    medianMs: median(timings),
    maxMs: Math.max(...timings),
    medianCpuMs: median(cpuTimings),
    historyMedianMs: median(historyMs),
    horizontal: reportQuality(pairLeaders(request(false, 2000)), surroundings),
    vertical: reportQuality(pairLeaders(request(true, 2001)), surroundings),
  };
}

/** The demo programme's leaders, as the pairing sees them. */
export function demoLeaders(): PairingLeader[] {
  return pairingLeadersOf(createDemoProgramme(NOW).participants);
}

/**
 * The demo's leaders as a real round finds them: one has left, ten said no thanks, five are on a
 * pause past the round's day, three are absent (returned as `absentIds`); 181 take part, an odd
 * number.
 */
export function demoLeadersWithAbsences(): { leaders: PairingLeader[]; absentIds: string[] } {
  const leaders = demoLeaders().map((l, i): PairingLeader => {
    if (i === 7) return { ...l, active: false };
    if (i % 20 === 3) return { ...l, choice: 'out' };
    if (i % 40 === 11) return { ...l, pausedUntil: '2027-03-31' };
    return l;
  });
  return { leaders, absentIds: [leaders[50].id, leaders[120].id, leaders[190].id] };
}

/** The 10,000-leader programme with the demo's mix. */
export function largeLeaders(): PairingLeader[] {
  return demoShapedLeaders(10_000);
}

/**
 * Why rounds are matched in blocks: one maximum-weight matching over `count` vertices with every
 * pair allowed, in milliseconds (cubic: doubling the count takes about eight times as long).
 */
export function timeOneMatching(count: number): number {
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) edges.push([i, j, ((i * 31 + j * 17) % 9) + 1]);
  const t0 = performance.now();
  maxWeightMatching(count, edges);
  return performance.now() - t0;
}

/**
 * Prints the pairing numbers (part of `npm run bench`; alone: `node dist/test/bench/pairing.js`).
 * `quick` leaves out the table of single matchings, which alone takes several seconds.
 */
export function reportPairing(quick: boolean): void {
  const round = (n: number) => Math.round(n * 100) / 100;
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const quality = (label: string, q: QualityReport) =>
    console.log(
      `  ${label}: ${q.takingPart} taking part, ${q.placed} placed, ${q.pairs} pairs, ${q.trios} trios; ` +
        `across areas ${q.crossAreaTies}/${q.ties} = ${percent(q.crossAreaShare)} (best possible ${percent(q.bestCrossAreaShare)}), ` +
        `across levels ${q.crossLevelTies}/${q.ties} = ${percent(q.crossLevelShare)} (best possible ${percent(q.bestCrossLevelShare)}); ` +
        `new partners ${q.newPartnerTies}/${q.ties}, repeats ${q.repeats}, own manager ${q.ownManagerTies}, ` +
        `unplaced ${q.unplaced.length}, issues ${q.issues.length}; not taking part: ` +
        (Object.entries(q.notTakingPart)
          .filter(([, count]) => count > 0)
          .map(([reason, count]) => `${reason} ${count}`)
          .join(', ') || 'none'),
    );
  const withAbsences = demoLeadersWithAbsences();
  const runs: [string, PairingBenchResult][] = [
    ['the demo programme', benchPairing(demoLeaders())],
    ['the demo programme with some leaders out', benchPairing(withAbsences.leaders, undefined, withAbsences.absentIds)],
    ['the demo programme in blocks', benchPairing(demoLeaders(), DEFAULT_BLOCK_SIZE)],
    ["10,000 leaders with the demo's mix", benchPairing(largeLeaders())],
  ];
  for (const [label, r] of runs) {
    console.log(`\n== Sparring partners: ${label}, ${r.leaders} leaders, ${r.historyRounds} earlier rounds, matched ${r.blockSize >= r.leaders ? 'whole' : `in blocks of at most ${r.blockSize}`}`);
    console.log(
      `next round: median ${round(r.medianMs)} ms (CPU ${round(r.medianCpuMs)} ms), slowest ${round(r.maxMs)} ms; ` +
        `the earlier rounds took a median ${round(r.historyMedianMs)} ms`,
    );
    quality('horizontal round', r.horizontal);
    quality('vertical round', r.vertical);
  }
  if (!quick) {
    console.log('\n== Sparring partners: one matching with every pair allowed (why large rounds go in blocks)');
    for (const count of [DEFAULT_BLOCK_SIZE, 250, 500, 1000]) console.log(`  ${count} leaders: ${round(timeOneMatching(count))} ms`);
  }
}

if (require.main === module) reportPairing(process.argv.includes('--quick'));
