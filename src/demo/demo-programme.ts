/**
 * A complete, fictional programme to run the bot against without importing anything: ~200
 * leaders on three levels, four joint gatherings each followed by a module for levels 1+2 and
 * one for level 3 (run per learning group), and six diploma electives.
 *
 * It is dated around `now` so the demo is always live: it started about four months ago and runs
 * for about eighteen months more, on working days only (demo-dates.ts), as a municipality would
 * plan it. Everything else is drawn from a fixed seed, so the same leaders with the same choices
 * come back on every start, and the same `now` gives the same programme.
 */
import { DateTime } from 'luxon';
import { dateKey, plusDays } from '../domain/calendar/calendar-dates';
import type { LocalDate } from '../domain/calendar/local-time';
import { createWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';
import { createDayPicker, cycleDays, later, type DayPicker } from './demo-dates';
import {
  AREAS,
  CYCLES,
  ELECTIVE_PROVIDER,
  ELECTIVES,
  FACILITATOR,
  FIRST_NAMES,
  LAST_NAMES,
  PLACES,
  materialsOf,
  type ModuleText,
} from './demo-programme-content';
import { programmeSchema, type Level, type Place, type Programme, type ProgrammeInput } from '../domain/programme/model';

type ParticipantInput = ProgrammeInput['participants'][number];
type ModuleInput = ProgrammeInput['modules'][number];
type SessionInput = ProgrammeInput['sessions'][number];

export const DEMO_TIME_ZONE = 'Europe/Copenhagen';
const EMAIL_DOMAIN = 'kommune.example';
const SEED = 2019;
const GROUP_COUNT = 8;
const ELECTIVE_CAPACITY = 70;
const SHARE_IN_ENGLISH = 0.06;

/**
 * Weeks from the Monday of now's week (negative: in the past). Each cycle has its gathering on
 * Thursday of week w, the module for levels 1+2 on Tuesday of w+3 and the level-3 runs on Tuesday
 * and Thursday of w+5: the days aimed at, moved to the nearest working day when they are not one.
 * Gathering 2 in week 3 puts a session for everyone 2½–3½ weeks ahead, whatever weekday `now`
 * is; it is kept between 15 and 34 days ahead when it has to move.
 */
const CYCLE_WEEKS = [-17, 3, 27, 52] as const;
/** Elective days aimed at, as [week, ISO weekday], spread over the programme's ~18 months. */
const ELECTIVE_DAYS: readonly (readonly [number, number])[][] = [
  [[-10, 3], [-9, 3], [14, 3]],
  [[-6, 1], [15, 1], [16, 1]],
  [[18, 3], [19, 3], [36, 3]],
  [[38, 2], [40, 2]],
  [[62, 3], [63, 3], [66, 3]],
  [[70, 2], [72, 2], [75, 2]],
];

/**
 * Three fixed leaders, one per level, whose values other code and tests rely on (they are the
 * accounts to try the bot as); the only demo leaders with an Entra ID, the rest link by email.
 */
const FIXED_PARTICIPANTS: readonly (ParticipantInput & { level: Level })[] = [
  {
    id: 'demo-level-1', name: 'Mette Holm', email: 'mette.holm@kommune.example',
    aadObjectId: '00000000-0000-4000-8000-000000000001', level: 1, area: 'Borgerservice og Administration',
    locale: 'da', electives: ['elective-strategy', 'elective-collaboration'],
  },
  {
    id: 'demo-level-2', name: 'Anders Kjær', email: 'anders.kjaer@kommune.example',
    aadObjectId: '00000000-0000-4000-8000-000000000002', level: 2, area: 'Teknik og Miljø',
    locale: 'da', electives: ['elective-change', 'elective-strategy'],
  },
  {
    id: 'demo-level-3', name: 'Sofie Nørgaard', email: 'sofie.noergaard@kommune.example',
    aadObjectId: '00000000-0000-4000-8000-000000000003', level: 3, area: 'Teknik og Miljø',
    locale: 'da', managerId: 'demo-level-2', electives: ['elective-coaching', 'elective-learning'],
  },
];

/**
 * The demo programme dated around `now`, validated through programmeSchema, with every session on
 * a whole working day of `calendar` (by default the Danish municipal one; the bot passes its
 * configured calendar, so configured closed periods are kept free too). Deterministic: the same
 * `now` gives the same programme, and any `now` gives the same leaders.
 */
export function createDemoProgramme(now: Date, calendar: WorkingCalendar = createWorkingCalendar({}, DEMO_TIME_ZONE)): Programme {
  const random = createRandom(SEED);
  const participants = createParticipants(random);
  const local = DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE });
  const today = { year: local.year, month: local.month, day: local.day };
  const { modules, sessions } = createSchedule(mondayOfWeek(now), today, createDayPicker(calendar));
  const input: ProgrammeInput = {
    id: 'demo',
    name: {
      da: 'Fælles ledelse – lederudviklingsforløb (demo)',
      en: 'Shared Leadership – leadership development programme (demo)',
    },
    timeZone: DEMO_TIME_ZONE,
    electivesPerParticipant: 2,
    groups: groupIds().map((id, i) => ({ id, name: `Læringsgruppe ${i + 1}` })),
    modules,
    sessions,
    participants,
  };
  return programmeSchema.parse(input);
}

/** Monday 00:00 of the ISO week that contains `now`, on the Copenhagen calendar. */
function mondayOfWeek(now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE }).startOf('week');
}

/** The public-domain Mulberry32 generator: small, seeded, so the demo never depends on Math.random. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function groupIds(): string[] {
  return Array.from({ length: GROUP_COUNT }, (_, i) => `group-${i + 1}`);
}

/** Email local parts are ASCII: Danish letters spelt out as in Danish addresses (ø → oe). */
function asciiName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '');
}

function createParticipants(random: () => number): ParticipantInput[] {
  const usedEmails = new Set<string>(FIXED_PARTICIPANTS.map((p) => p.email));
  const people: (ParticipantInput & { level: Level })[] = [];
  let serial = 0;
  for (const level of [1, 2, 3] as const) {
    for (const area of AREAS) {
      for (let i = 0; i < area.leaders[level - 1]; i++) {
        // The fixed demo leader takes the first seat of their level in their area.
        const fixed = i === 0 ? FIXED_PARTICIPANTS.find((p) => p.level === level && p.area === area.name) : undefined;
        if (fixed) {
          people.push({ ...fixed, electives: [...(fixed.electives ?? [])] });
          continue;
        }
        serial += 1;
        let first: string, last: string, email: string;
        do {
          first = pick(random, FIRST_NAMES);
          last = pick(random, LAST_NAMES);
          email = `${asciiName(first)}.${asciiName(last)}@${EMAIL_DOMAIN}`;
        } while (usedEmails.has(email));
        usedEmails.add(email);
        people.push({
          id: `leader-${String(serial).padStart(3, '0')}`,
          name: `${first} ${last}`,
          email,
          level,
          area: area.name,
          locale: random() < SHARE_IN_ENGLISH ? 'en' : 'da',
        });
      }
    }
  }
  assignManagers(people, random);
  assignGroups(people);
  assignElectives(people, random);
  return people;
}

/**
 * Level 3 reports to a level-2 head in their own area, level 2 to a level-1 director in their
 * area, and the other directors to the chief executive (the level-1 demo leader).
 */
function assignManagers(people: (ParticipantInput & { level: Level })[], random: () => number): void {
  const chief = FIXED_PARTICIPANTS[0].id;
  for (const p of people) {
    if (p.managerId || p.id === chief) continue;
    if (p.level === 1) p.managerId = chief;
    else {
      const above = people.filter((q) => q.level === p.level - 1 && q.area === p.area);
      p.managerId = pick(random, above.length ? above : people.filter((q) => q.id === chief)).id;
    }
  }
}

/**
 * Deals leaders into the learning groups like cards, level by level and area by area, so each
 * group mixes areas (horizontal ties) and levels (vertical ties) and the groups are equal in size.
 */
function assignGroups(people: ParticipantInput[]): void {
  const groups = groupIds();
  people.forEach((p, i) => {
    p.group = groups[i % groups.length];
  });
}

/**
 * Each leader gets two different electives. Seats are respected by favouring the electives with
 * most seats left, with some chance mixed in, so choices look personal but no elective overflows
 * and none is left with all the remaining seats at the end.
 */
function assignElectives(people: ParticipantInput[], random: () => number): void {
  const seatsLeft = new Map(ELECTIVES.map((e) => [e.id, ELECTIVE_CAPACITY]));
  const take = (id: string) => seatsLeft.set(id, (seatsLeft.get(id) ?? 0) - 1);
  people.forEach((p) => p.electives?.forEach(take));
  for (const p of people) {
    if (p.electives?.length) continue;
    const ranked = ELECTIVES.map((e) => ({ id: e.id, score: (seatsLeft.get(e.id) ?? 0) + random() * 20 }))
      .filter((e) => (seatsLeft.get(e.id) ?? 0) > 0)
      .sort((a, b) => b.score - a.score);
    p.electives = ranked.slice(0, 2).map((e) => e.id);
    p.electives.forEach(take);
  }
}

function createSchedule(monday: DateTime, today: LocalDate, picker: DayPicker): { modules: ModuleInput[]; sessions: SessionInput[] } {
  const modules: ModuleInput[] = [];
  const sessions: SessionInput[] = [];
  const aimAt = (week: number, weekday: number): LocalDate => {
    const date = monday.plus({ weeks: week, days: weekday - 1 });
    return { year: date.year, month: date.month, day: date.day };
  };
  // A whole day, 09:00–15:30 on the local clock; luxon picks +01:00 or +02:00 for that date.
  const day = (date: LocalDate) => {
    const iso = (hour: number, minute: number) =>
      DateTime.fromObject({ ...date, hour, minute }, { zone: DEMO_TIME_ZONE }).toISO({ suppressMilliseconds: true }) as string;
    return { start: iso(9, 0), end: iso(15, 30) };
  };
  const details = (text: ModuleText, place: Place, facilitator: string, moduleId: string) => ({
    place,
    facilitator,
    preparation: text.preparation,
    agenda: text.agenda,
    materialsUrl: materialsOf(moduleId),
  });
  const addModule = (id: string, kind: ModuleInput['kind'], text: ModuleText, audience: ModuleInput['audience']) =>
    modules.push({ id, number: modules.length + 1, kind, title: text.title, description: text.description, audience });

  // Numbered in the order they happen: gathering 1 is "modul 1", its two modules 2 and 3, and so on.
  // Each session comes after the one before it, so moving a day never changes that order.
  const coreDays = new Set<string>();
  let last: LocalDate | undefined;
  CYCLES.forEach((cycle, c) => {
    const week = CYCLE_WEEKS[c];
    const n = c + 1;
    const afterLast = { earliest: last && plusDays(last, 7) };
    // Gathering 2 is the session coming up for everyone: 15 to 34 days ahead, unless a closed period rules that out.
    const soon = { earliest: later(plusDays(today, 15), afterLast.earliest), latest: plusDays(today, 34) };
    const { gathering, lead, runsA, runsB } = cycleDays(picker, aimAt, week, c === 1 ? [soon, afterLast] : [afterLast]);
    last = runsB;
    [gathering, lead, runsA, runsB].forEach((d) => coreDays.add(dateKey(d)));

    addModule(`gathering-${n}`, 'gathering', cycle.gathering, {});
    sessions.push({
      id: `gathering-${n}`,
      moduleId: `gathering-${n}`,
      ...day(gathering),
      ...details(cycle.gathering, PLACES.gathering, FACILITATOR, `gathering-${n}`),
    });

    addModule(`levels-1-2-module-${n}`, 'module', cycle.leadership, { levels: [1, 2] });
    sessions.push({
      id: `levels-1-2-module-${n}`,
      moduleId: `levels-1-2-module-${n}`,
      ...day(lead),
      // The module for levels 1 and 2 can also be followed online (directors travel a lot).
      ...details(cycle.leadership, { ...PLACES.leadership, onlineUrl: `https://kommune.example/online-moede/levels-1-2-module-${n}` }, FACILITATOR, `levels-1-2-module-${n}`),
    });

    // ~160 leaders of employees do not fit one room: four runs of two learning groups each,
    // two runs side by side on one day and two on a later one.
    const moduleId = `level-3-module-${n}`;
    addModule(moduleId, 'module', cycle.employees, { levels: [3] });
    const groups = groupIds();
    for (let run = 0; run < GROUP_COUNT / 2; run++) {
      sessions.push({
        id: `${moduleId}-run-${run + 1}`,
        moduleId,
        ...day(run < 2 ? runsA : runsB),
        ...details(cycle.employees, PLACES.employeeRuns[run % 2], FACILITATOR, moduleId),
        audience: { levels: [3], groups: groups.slice(run * 2, run * 2 + 2) },
      });
    }
  });

  ELECTIVES.forEach((e, i) => {
    modules.push({
      id: e.id,
      number: modules.length + 1,
      kind: 'elective',
      title: e.title,
      description: e.description,
      audience: { electives: [e.id] },
      capacity: ELECTIVE_CAPACITY,
      ects: 5,
      provider: ELECTIVE_PROVIDER,
    });
    // An elective day never clashes with a core session, and its days keep their order.
    let previous: LocalDate | undefined;
    ELECTIVE_DAYS[i].forEach(([week, weekday], d) => {
      const date = picker.pick(aimAt(week, weekday), { earliest: previous && plusDays(previous, 1), avoid: coreDays });
      previous = date;
      sessions.push({
        id: `${e.id}-day-${d + 1}`,
        moduleId: e.id,
        ...day(date),
        ...details(e, PLACES.elective(e.room), ELECTIVE_PROVIDER, e.id),
      });
    });
  });
  return { modules, sessions };
}

