/**
 * What the working calendar costs the planner. A planner tick asks it about every due time of
 * every session it looks at (not per participant), so the per-call cost of placing a delivery and
 * a reminder is what matters, warm (the calendar built once) and cold (a new calendar, the first
 * question about a year). Instants are spread over two years from a fixed seed, so runs compare.
 *
 * Run on its own with `npm run build && node dist/test/bench/working-calendar.js`.
 */
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { placeDelivery, placeReminder } from '../../src/domain/calendar/place-delivery';
import { sessionWarnings, type SessionTimes } from '../../src/domain/calendar/session-warnings';
import { createWorkingCalendar } from '../../src/domain/calendar/working-calendar';

const ZONE = 'Europe/Copenhagen';
const CALLS = 100_000;
const RUNS = 5;
const SESSIONS = 1_000;
/** About one planner window's due times: 1,000 sessions with four due times each. */
const TICK_TIMES = 4_000;
const FIRST = DateTime.fromISO('2027-01-01T00:00', { zone: ZONE }).toMillis();
const SPAN_MS = 2 * 365 * 86_400_000;
const SETTINGS = { closedPeriods: [{ weeks: '29-31' }, { from: '12-27', to: '12-30' }] };

export interface CalendarBenchResult {
  calls: number;
  /** Median microseconds per placeDelivery call, warm. */
  deliveryUs: number;
  /** Median microseconds per placeReminder call, warm. */
  reminderUs: number;
  /** Median microseconds per placeDelivery call when the same TICK_TIMES instants are asked again, as every planner tick does. */
  repeatedUs: number;
  /** How many instants one repeated tick asks about (TICK_TIMES). */
  tickTimes: number;
  /** Milliseconds to build a calendar and answer the first question about a new year. */
  coldMs: number;
  sessions: number;
  /** Median milliseconds for the HR warnings of SESSIONS sessions. */
  warningsMs: number;
  /** How many of the instants were moved (a sanity check that the benchmark exercises moves). */
  moved: number;
}

/** A small deterministic generator, so every run places the same instants. */
function instants(count: number): number[] {
  let seed = 20270101;
  return Array.from({ length: count }, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return FIRST + Math.floor((seed / 2 ** 31) * SPAN_MS);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Places CALLS instants as deliveries and as reminders, warm, repeated and cold, and times HR's warnings for SESSIONS sessions. */
export function benchWorkingCalendar(): CalendarBenchResult {
  const t0 = performance.now();
  const cold = createWorkingCalendar(SETTINGS, ZONE);
  placeDelivery(cold, FIRST + 400 * 86_400_000);
  const coldMs = performance.now() - t0;

  const calendar = createWorkingCalendar(SETTINGS, ZONE);
  const times = instants(CALLS);
  const sessions: SessionTimes[] = instants(SESSIONS).map((ms, i) => ({
    id: `s${i}`,
    start: new Date(ms).toISOString(),
    end: new Date(ms + 6 * 3_600_000).toISOString(),
  }));
  const delivery: number[] = [];
  const reminder: number[] = [];
  const warnings: number[] = [];
  const repeated: number[] = [];
  const tick = times.slice(0, TICK_TIMES);
  let moved = 0;
  for (let run = 0; run <= RUNS; run++) {
    let a = performance.now();
    moved = 0;
    for (const ms of times) if (placeDelivery(calendar, ms).outcome !== 'on-time') moved++;
    let b = performance.now();
    if (run > 0) delivery.push(((b - a) * 1000) / CALLS);
    a = performance.now();
    for (const ms of times) placeReminder(calendar, { dueMs: ms, sessionStartMs: ms + 86_400_000 });
    b = performance.now();
    if (run > 0) reminder.push(((b - a) * 1000) / CALLS);
    a = performance.now();
    sessionWarnings(calendar, sessions);
    b = performance.now();
    if (run > 0) warnings.push(b - a);
    for (const ms of tick) placeDelivery(calendar, ms); // the first tick after the others
    a = performance.now();
    for (const ms of tick) placeDelivery(calendar, ms);
    b = performance.now();
    if (run > 0) repeated.push(((b - a) * 1000) / TICK_TIMES);
  }
  return {
    calls: CALLS,
    deliveryUs: median(delivery),
    reminderUs: median(reminder),
    repeatedUs: median(repeated),
    tickTimes: TICK_TIMES,
    coldMs,
    sessions: SESSIONS,
    warningsMs: median(warnings),
    moved,
  };
}

if (require.main === module) {
  const r = benchWorkingCalendar();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(`== Working calendar (${r.calls} instants over two years, ${r.moved} of them moved)`);
  console.log(
    `placeDelivery ${round(r.deliveryUs)} µs, placeReminder ${round(r.reminderUs)} µs per call (median of ${RUNS} runs); ` +
      `the same ${r.tickTimes} instants again ${round(r.repeatedUs)} µs per call; ` +
      `cold (new calendar, first year) ${round(r.coldMs)} ms; warnings for ${r.sessions} sessions ${round(r.warningsMs)} ms`,
  );
}
