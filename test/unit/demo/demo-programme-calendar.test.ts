/**
 * The demo programme on the working calendar, for many creation dates across years: it is
 * generated relative to the day it is created, so it must stay a programme a Danish municipality
 * could run whenever that is: no session on a weekend, a public holiday, one of the employer's
 * days off (half days included) or in a closed period; the seed's rhythm of four gatherings each
 * followed within a few weeks by the level modules; and something coming up for the demo leaders.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createDemoActivity } from '../../../src/demo/demo-activity';
import { createDemoProgramme } from '../../../src/demo/demo-programme';
import { createWorkingCalendar, type WorkingCalendar } from '../../../src/domain/calendar/working-calendar';
import { isWorkingTime } from '../../../src/domain/calendar/working-time';
import { nextSessionFor, sessionsFor } from '../../../src/domain/programme/attendance';
import type { Programme } from '../../../src/domain/programme/model';

const CPH = 'Europe/Copenhagen';
const DAY = 86_400_000;
const municipal = createWorkingCalendar({}, CPH);
const withHolidays = createWorkingCalendar(
  {
    closedPeriods: [
      { weeks: '28-31', name: { da: 'Sommerferie', en: 'Summer holiday' } },
      { from: '12-27', to: '12-30', name: { da: 'Juleferie', en: 'Christmas holiday' } },
    ],
  },
  CPH,
);

/** Easter Sunday 2024–2036, from the published Easter tables (Den Danske Almanak). */
const EASTER = ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21', '2031-04-13', '2032-03-28', '2033-04-17', '2034-04-09', '2035-03-25', '2036-04-13'];
/** The last Sunday of March and of October (the EU's daylight-saving changes) in a year. */
const dstSundays = (year: number) =>
  [3, 10].map((month) => {
    const last = DateTime.fromObject({ year, month }, { zone: CPH }).endOf('month').startOf('day');
    return last.minus({ days: last.weekday % 7 }).toISODate()!;
  });
const YEARS = Array.from({ length: 13 }, (_, i) => 2024 + i);
/** Weeks that have gone wrong before: the demo made on 30 November 2026 put a gathering on juleaftensdag. */
const AWKWARD = ['2026-11-30', '2026-12-07', '2026-12-14', '2027-03-22', '2027-06-07', '2027-06-21', '2028-06-12', '2029-12-10', '2030-04-15'];

/** Any instant within `days` days either side of one of the given local dates. */
const around = (dates: string[], days: number) =>
  fc.tuple(fc.constantFrom(...dates), fc.integer({ min: -days * DAY, max: days * DAY - 1 })).map(([d, ms]) => new Date(DateTime.fromISO(d, { zone: CPH }).toMillis() + ms));

/**
 * Creation instants from 2024 to 2036 at any time of day, a quarter anywhere and the rest around
 * the days that are hard: the year's end, Easter (and so pinse and Kristi himmelfart a few weeks
 * on), the weeks of the daylight-saving changes, and the weeks that went wrong before.
 */
const creation = fc.oneof(
  fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2036-12-31T00:00:00Z') }).map((ms) => new Date(ms)),
  around(YEARS.map((y) => `${y}-12-31`), 21),
  around(EASTER, 14),
  around(YEARS.flatMap(dstSundays), 7),
  around(AWKWARD, 7),
);

const localDate = (iso: string) => {
  const d = DateTime.fromISO(iso, { zone: CPH });
  return { year: d.year, month: d.month, day: d.day };
};
const days = (a: string, b: string) => Math.round((DateTime.fromISO(b, { zone: CPH }).startOf('day').toMillis() - DateTime.fromISO(a, { zone: CPH }).startOf('day').toMillis()) / DAY);
const startOf = (p: Programme, id: string) => p.sessions.find((s) => s.id === id)!.start;

function expectOnWholeWorkingDays(programme: Programme, calendar: WorkingCalendar): void {
  for (const s of programme.sessions) {
    const off = calendar.dayOffOn(localDate(s.start));
    if (off) throw new Error(`${s.id} is on ${s.start}: ${off.reasons.map((r) => r.name.en).join(', ')}`);
  }
}

describe('The demo programme on the working calendar, created on any day', () => {
  it('When it is created on any day between 2024 and 2036 (year ends, Easter and daylight-saving weeks included), then no session is on a weekend, a holiday, a half day or an employer day off', () => {
    fc.assert(
      fc.property(creation, (now) => expectOnWholeWorkingDays(createDemoProgramme(now), municipal)),
      { numRuns: 150, seed: 20261224 },
    );
  });

  it('When the municipality has closed periods configured, then the demo keeps them free too', () => {
    fc.assert(
      fc.property(creation, (now) => expectOnWholeWorkingDays(createDemoProgramme(now, withHolidays), withHolidays)),
      { numRuns: 60, seed: 20270705 },
    );
  });

  it('When it is created on any day, then each gathering is followed within a few weeks by its module for levels 1+2 and then the level-3 runs, in number order, and no elective day clashes with them', () => {
    fc.assert(
      fc.property(creation, (now) => {
        const p = createDemoProgramme(now);
        const core: string[] = [];
        for (let n = 1; n <= 4; n++) {
          const gathering = startOf(p, `gathering-${n}`);
          const lead = startOf(p, `levels-1-2-module-${n}`);
          const runs = p.sessions.filter((s) => s.moduleId === `level-3-module-${n}`).map((s) => s.start);
          expect(days(gathering, lead)).toBeGreaterThanOrEqual(7);
          expect(days(gathering, lead)).toBeLessThanOrEqual(35);
          for (const run of runs) {
            expect(days(lead, run)).toBeGreaterThan(0);
            expect(days(gathering, run)).toBeLessThanOrEqual(56);
          }
          if (n > 1) expect(days(core.at(-1)!, gathering)).toBeGreaterThanOrEqual(7);
          core.push(gathering, lead, ...runs.sort());
        }
        const coreDays = new Set(core.map((iso) => iso.slice(0, 10)));
        const electives = p.sessions.filter((s) => p.modules.find((m) => m.id === s.moduleId)?.kind === 'elective');
        for (const e of electives) expect(coreDays.has(e.start.slice(0, 10))).toBe(false);
      }),
      { numRuns: 60, seed: 20280301 },
    );
  });

  it('When it is created on any day, then it is live: every leader has a session to come, each demo leader one 2 to 5 weeks ahead, and cycle 1 is over', () => {
    fc.assert(
      fc.property(creation, (now) => {
        const demo = createDemoProgramme(now);
        for (const p of demo.participants) expect(nextSessionFor(demo, p, now)).toBeDefined();
        for (const id of ['demo-level-1', 'demo-level-2', 'demo-level-3']) {
          const p = demo.participants.find((x) => x.id === id)!;
          const ahead = sessionsFor(demo, p).map((s) => (Date.parse(s.start) - now.getTime()) / DAY);
          expect(ahead.some((d) => d >= 14 && d <= 35)).toBe(true);
        }
        const cycle1 = demo.sessions.filter((x) => ['gathering-1', 'levels-1-2-module-1'].includes(x.id) || x.id.startsWith('level-3-module-1-'));
        expect(cycle1).toHaveLength(6);
        for (const s of cycle1) expect(Date.parse(s.end)).toBeLessThan(now.getTime());
      }),
      { numRuns: 60, seed: 20290415 },
    );
  });

  it('When a fresh demo is made on 30 November 2026, then Fællessamling 2 is not on juleaftensdag and its reflection prompts were not due on juledag', () => {
    const now = new Date('2026-11-30T09:00:00Z');
    const demo = createDemoProgramme(now);
    const gathering = DateTime.fromISO(startOf(demo, 'gathering-2'), { zone: CPH });
    expect(municipal.dayOffOn(localDate(startOf(demo, 'gathering-2')))).toBeUndefined();
    expect(gathering.toISODate()).not.toBe('2026-12-24');
    // The made-up activity's prompts are the ones the planner would have sent: all on working time.
    const { prompts } = createDemoActivity(demo, now, municipal);
    expect(prompts.length).toBeGreaterThan(100);
    expect(prompts.every((p) => isWorkingTime(municipal, Date.parse(p.sentAt)))).toBe(true);
  });
});
