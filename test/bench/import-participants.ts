/**
 * How long a participant import takes for a large municipality: a CSV as Danish Excel writes it
 * (";", BOM, CRLF, Danish headers and names, electives by title in quoted cells, managers by
 * e-mail) parsed and planned against the demo programme, which is what a dry run does. The first
 * 200 rows are the demo's own leaders (an update), the rest are new. 2,000 rows: the median of
 * several runs after one warm-up; the larger files (20,000 to 200,000 rows, to show the growth is
 * linear) one run each after the warm-up.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createDemoProgramme } from '../../src/demo/demo-programme';
import { FIRST_NAMES, LAST_NAMES } from '../../src/demo/demo-programme-content';
import type { Programme } from '../../src/domain/programme/model';
import { parseParticipantsCsv } from '../../src/domain/imports/parse-participants-csv';
import { planParticipantImport } from '../../src/domain/imports/plan-participant-import';

const ROWS = 2_000;
const RUNS = 7;
/** A fixed instant, so the demo programme (dated around "now") is the same on every run. */
const NOW = new Date('2027-03-01T09:00:00+01:00');

export interface ImportBenchResult {
  rows: number;
  /** Median milliseconds to parse and validate the CSV (against the programme). */
  parseMs: number;
  /** Median milliseconds to plan the upsert, including validating the resulting programme. */
  planMs: number;
  /**
   * Median CPU milliseconds of parse and plan together (this process, all threads). On a shared
   * machine the wall-clock figures grow with the other work; this one much less.
   */
  cpuMs: number;
}

/** A Danish Excel export of `rows` leaders: the demo's leaders first, then made-up ones. */
export function generateParticipantsCsv(programme: Programme, rows: number): string {
  const electives = programme.modules.filter((m) => m.kind === 'elective');
  const lines = ['Navn;E-mail;Niveau;Område;Læringsgruppe;Nærmeste leder;Valgmoduler;Sprog'];
  const heads: string[] = [];
  for (let i = 0; i < rows; i++) {
    const known = programme.participants[i];
    const name = known?.name ?? `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`;
    const email = known?.email ?? `leder${i}@kommune.example`;
    const level = known?.level ?? (i % 10 === 0 ? 2 : 3);
    if (level === 2) heads.push(email);
    const manager = level === 3 && heads.length ? heads[i % heads.length] : '';
    const group = programme.groups[i % programme.groups.length].name;
    const picked = [electives[i % electives.length], electives[(i + 1) % electives.length]].map((m) => m.title.da).join('; ');
    lines.push([name, email, level, known?.area ?? 'Børn og Unge', group, manager, `"${picked}"`, i % 15 === 0 ? 'en' : 'da'].join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Parses and plans a `rows`-row import `runs` times after a warm-up; medians in milliseconds. */
export function benchImport(rows = ROWS, runs = RUNS): ImportBenchResult {
  const programme = createDemoProgramme(NOW);
  const csv = generateParticipantsCsv(programme, rows);
  const parseTimes: number[] = [];
  const planTimes: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const parsed = parseParticipantsCsv(csv, 'participants.csv', programme);
    const t1 = performance.now();
    if (parsed.errors.length) throw new Error(`benchmark CSV has errors, e.g. ${JSON.stringify(parsed.errors[0])}`);
    const plan = planParticipantImport(programme, parsed.rows);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    if (plan.added.length + plan.changed.length + plan.unchanged < rows) throw new Error('benchmark import lost rows');
    if (run === 0) continue; // warm-up: JIT and zod's first-use costs
    parseTimes.push(t1 - t0);
    planTimes.push(t2 - t1);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { rows, parseMs: median(parseTimes), planMs: median(planTimes), cpuMs: median(cpuTimes) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `node dist/test/bench/import-participants.js [rows] [runs]` */
if (require.main === module) {
  const rows = Number(process.argv[2] ?? ROWS);
  const runs = Number(process.argv[3] ?? RUNS);
  const r = benchImport(rows, runs);
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(`== Participant import (${r.rows} rows, ";" CSV with BOM, against the demo programme)`);
  console.log(`parse ${round(r.parseMs)} ms, plan ${round(r.planMs)} ms, CPU ${round(r.cpuMs)} ms (median of ${runs} runs, load average ${os.loadavg()[0].toFixed(2)})`);
}
