/**
 * How long one planner tick takes for a large programme: 10,000 leaders over two years, four
 * cycles of a gathering (run per batch of learning groups), a module for levels 1+2 and a level-3
 * module run once per learning group, plus six electives. The worker ticks every minute, so a tick
 * must stay far below that, also when the outbox already holds the programme's history.
 *
 * Two kinds of tick are measured at the same instants: cold (an empty outbox, the worst case after
 * a fresh start) and realistic (the outbox holds every key due before the instant, and most
 * reflection prompts have a check-in). The programme is generated here, not loaded, so the numbers
 * do not depend on any file.
 */
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { programmeSchema, type Level, type Programme, type ProgrammeInput } from '../../src/domain/programme/model';
import { DEFAULT_PROACTIVE_SETTINGS, planDueDeliveries, planWindow, type PlanInput } from '../../src/domain/schedule/plan-deliveries';

const ZONE = 'Europe/Copenhagen';
const PARTICIPANTS = 10_000;
const GROUPS = 250;
const GROUPS_PER_GATHERING_RUN = 25;
const GROUPS_PER_LEAD_RUN = 50;
const ELECTIVES = 6;
/** Monday of the programme's first week. */
const FIRST_MONDAY = { year: 2027, month: 1, day: 4 };
/** Week numbers (from FIRST_MONDAY) of the four cycles' gatherings, spread over two years. */
const CYCLE_WEEKS = [2, 28, 54, 80];
/** How many instants a run ticks at, and how often each is repeated for a stable median. */
const TICKS = 24;
const REPEATS = 3;

export interface PlanTickResult {
  participants: number;
  sessions: number;
  /** Median milliseconds per tick with a realistic outbox. */
  msPerTick: number;
  /** Median milliseconds per tick with an empty outbox. */
  coldMsPerTick: number;
  /** Deliveries the realistic ticks planned, all instants together (the newly due ones). */
  planned: number;
}

const text = (s: string) => ({ da: s, en: s });
const groupId = (g: number) => `g${String(g + 1).padStart(3, '0')}`;

/** Local date-time `days` after FIRST_MONDAY at hh:mm, as stored: ISO with the offset. */
function at(days: number, hour: number, minute = 0): string {
  return DateTime.fromObject({ ...FIRST_MONDAY, hour, minute }, { zone: ZONE }).plus({ days }).toISO() ?? '';
}

function createParticipants(): ProgrammeInput['participants'] {
  return Array.from({ length: PARTICIPANTS }, (_, i) => {
    // About 2 % top management, 15 % heads of area, the rest leaders of employees.
    const level: Level = i % 50 === 0 ? 1 : i % 7 === 1 ? 2 : 3;
    const first = i % ELECTIVES;
    const second = (first + 1 + (Math.floor(i / ELECTIVES) % (ELECTIVES - 1))) % ELECTIVES;
    return {
      id: `p${String(i).padStart(5, '0')}`,
      name: `Leder ${i}`,
      email: `leder.${i}@kommune.example`,
      level,
      area: `Område ${i % 12}`,
      group: groupId(i % GROUPS),
      electives: [`elective-${first + 1}`, `elective-${second + 1}`],
      // A few leaders have left: kept for history, planned for nothing.
      active: i % 97 !== 0,
    };
  });
}

function createSessions(): ProgrammeInput['sessions'] {
  const sessions: ProgrammeInput['sessions'] = [];
  const place = { name: 'Rådhuset' };
  const groupsFrom = (first: number, count: number) => Array.from({ length: count }, (_, k) => groupId(first + k));
  CYCLE_WEEKS.forEach((week, c) => {
    const n = c + 1;
    // The gathering is held for batches of learning groups on the working days of one week.
    for (let run = 0; run < GROUPS / GROUPS_PER_GATHERING_RUN; run++) {
      const day = week * 7 + (run % 5) + 7 * Math.floor(run / 5);
      sessions.push({
        id: `gathering-${n}-${run + 1}`, moduleId: `gathering-${n}`, start: at(day, 9), end: at(day, 15, 30), place,
        audience: { groups: groupsFrom(run * GROUPS_PER_GATHERING_RUN, GROUPS_PER_GATHERING_RUN) },
      });
    }
    for (let run = 0; run < GROUPS / GROUPS_PER_LEAD_RUN; run++) {
      const day = (week + 3) * 7 + run;
      sessions.push({
        id: `lead-${n}-${run + 1}`, moduleId: `lead-${n}`, start: at(day, 9), end: at(day, 15), place,
        audience: { levels: [1, 2], groups: groupsFrom(run * GROUPS_PER_LEAD_RUN, GROUPS_PER_LEAD_RUN) },
      });
    }
    // The level-3 module once per learning group, ten runs a working day (morning and afternoon).
    for (let g = 0; g < GROUPS; g++) {
      const slot = Math.floor(g / 2);
      const day = (week + 5) * 7 + 7 * Math.floor(slot / 5 / 5) + (Math.floor(slot / 5) % 5);
      const hour = g % 2 === 0 ? 8 : 12;
      sessions.push({
        id: `team-${n}-${groupId(g)}`, moduleId: `team-${n}`, start: at(day, hour), end: at(day, hour + 3, 30), place,
        audience: { levels: [3], groups: [groupId(g)] },
      });
    }
  });
  for (let e = 1; e <= ELECTIVES; e++) {
    for (let d = 0; d < 3; d++) {
      const day = (8 + e * 12 + d) * 7 + 2;
      sessions.push({ id: `elective-${e}-${d + 1}`, moduleId: `elective-${e}`, start: at(day, 9), end: at(day, 15), place });
    }
  }
  return sessions;
}

/** The synthetic programme, validated like any imported one. */
export function createLargeProgramme(): Programme {
  const modules: ProgrammeInput['modules'] = [];
  CYCLE_WEEKS.forEach((_, c) => {
    const n = c + 1;
    modules.push(
      { id: `gathering-${n}`, number: n * 10, kind: 'gathering', title: text(`Fællessamling ${n}`), description: text('') },
      { id: `lead-${n}`, number: n * 10 + 1, kind: 'module', audience: { levels: [1, 2] }, title: text(`Chefmodul ${n}`), description: text('') },
      { id: `team-${n}`, number: n * 10 + 2, kind: 'module', audience: { levels: [3] }, title: text(`Ledermodul ${n}`), description: text('') },
    );
  });
  for (let e = 1; e <= ELECTIVES; e++) {
    modules.push({
      id: `elective-${e}`, number: 100 + e, kind: 'elective', audience: { electives: [`elective-${e}`] },
      title: text(`Valgmodul ${e}`), description: text(''), capacity: 4000, ects: 5,
    });
  }
  return programmeSchema.parse({
    id: 'bench-large',
    name: text('Ledelsesudvikling for alle ledere'),
    timeZone: ZONE,
    groups: Array.from({ length: GROUPS }, (_, g) => ({ id: groupId(g), name: `Læringsgruppe ${g + 1}` })),
    modules,
    sessions: createSessions(),
    participants: createParticipants(),
  } satisfies ProgrammeInput);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Ticks at instants across the two years, at 09:00 and 14:00 local (when reminders, prompts and
 * nudges fall due, so the busiest minutes), and reports the median time per tick.
 */
export function benchPlanTick(): PlanTickResult {
  const programme = createLargeProgramme();
  const base: PlanInput = {
    programme,
    settings: DEFAULT_PROACTIVE_SETTINGS,
    known: new Set(),
    paused: new Set(programme.participants.filter((_, i) => i % 40 === 0).map((p) => p.id)),
    answered: new Set(),
  };
  const instants = Array.from({ length: TICKS }, (_, i) => {
    const day = Math.floor((i * 730) / TICKS) + 3;
    return new Date(at(day, i % 2 === 0 ? 9 : 14));
  });
  const programmeStart = new Date(at(-60, 0));

  const cold: number[] = [];
  const warm: number[] = [];
  let planned = 0;
  for (const now of instants) {
    // The steady state: every key due before this minute is in the outbox (sent, skipped or
    // failed), and two in three reflection prompts have a check-in.
    const history = planWindow(base, programmeStart, now);
    const known = new Set(history.map((d) => d.key));
    const answered = new Set(history.filter((d, i) => d.kind === 'reflection' && i % 3 !== 0).map((d) => d.key));
    const realistic = { ...base, known, answered };
    for (let r = 0; r < REPEATS; r++) {
      let t0 = performance.now();
      planDueDeliveries(base, now);
      cold.push(performance.now() - t0);
      t0 = performance.now();
      const due = planDueDeliveries(realistic, now);
      warm.push(performance.now() - t0);
      if (r === 0) planned += due.length;
    }
  }
  return {
    participants: programme.participants.length,
    sessions: programme.sessions.length,
    msPerTick: median(warm),
    coldMsPerTick: median(cold),
    planned,
  };
}

if (require.main === module) {
  const r = benchPlanTick();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(`== Delivery planner tick (${r.participants} participants, ${r.sessions} sessions)`);
  console.log(`median ${round(r.msPerTick)} ms per tick with a realistic outbox, ${round(r.coldMsPerTick)} ms cold; ${r.planned} planned`);
}
