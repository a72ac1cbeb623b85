/**
 * Properties of the planner on the working calendar, over generated programmes, settings,
 * calendars and instants: whatever HR imports (sessions on weekends and holidays included) and
 * however the bot is configured, no message is ever due on a day off or outside the working
 * window; a reminder is always before its session; a prompt after it; the nudge after the prompt.
 * Working time is judged from the calendar's day table and the Copenhagen clock directly, not
 * through the functions the planner uses.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarSettingsInput } from '../../../../src/domain/calendar/calendar-settings';
import { createWorkingCalendar, type WorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { programmeSchema, type Programme } from '../../../../src/domain/programme/model';
import type { PlannedDelivery, ProactiveSettings } from '../../../../src/domain/schedule/delivery';
import { planDueDeliveries, planWindow, type PlanInput } from '../../../../src/domain/schedule/plan-deliveries';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';

const CPH = 'Europe/Copenhagen';
const FIRST_DAY = DateTime.fromISO('2024-01-01', { zone: CPH });
const DAYS = 9 * 366;
/**
 * Days that have gone wrong in calendars before: the daylight-saving changes (the last Sundays of
 * March and October; 28 March 2027 is påskedag too), Easter, the half days, juleaftensdag, the
 * year's end and juleferie. Sessions are generated on them and up to three days either side.
 */
const AWKWARD_DAYS = [
  '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29', '2029-03-25', '2029-10-28',
  '2027-03-25', '2029-04-02', '2024-04-26', '2030-05-01', '2028-06-05',
  '2026-12-24', '2027-12-24', '2027-12-31', '2028-12-29', '2029-01-01', '2030-12-31', '2026-12-28',
];
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => hhmm(h, m));

const calendarSettings: fc.Arbitrary<CalendarSettingsInput> = fc.record({
  employerDaysOff: fc.constantFrom<CalendarSettingsInput['employerDaysOff']>('municipal-dk', 'none', [
    'municipal-dk',
    { date: '12-23', from: '10:30', name: { da: 'Lillejuleaften', en: 'Day before Christmas Eve' } },
  ]),
  closedPeriods: fc.subarray([{ weeks: '29-31' }, { from: '12-27', to: '01-02' }, { from: '2027-10-11', to: '2027-10-22' }]),
  workingWindow: fc
    .tuple(fc.integer({ min: 6, max: 10 }), fc.constantFrom(0, 30), fc.integer({ min: 11, max: 18 }), fc.constantFrom(0, 30))
    .map(([h1, m1, h2, m2]) => `${hhmm(h1, m1)}–${hhmm(h2, m2)}`),
});

const proactiveSettings: fc.Arbitrary<ProactiveSettings> = fc.record({
  reminders: fc.record({
    offsets: fc.subarray(['P14D', 'P7D', 'P3D', 'P1D', 'P0D'], { minLength: 1 }),
    sendAt: time,
    perLevel: fc.option(fc.record({ '3': fc.record({ offsets: fc.subarray(['P10D', 'P2D', 'P1D'], { minLength: 1 }), sendAt: time }) }), { nil: undefined }),
  }),
  reflection: fc.record({ afterWorkingDays: fc.integer({ min: 0, max: 3 }), sendAt: time, expiresAfter: fc.constantFrom('P3D', 'P7D') }),
  nudge: fc.record({ afterDays: fc.integer({ min: 0, max: 5 }), sendAt: time }),
  lookback: fc.constant('P14D'),
});

/** A session start anywhere in nine years, or within three days of an awkward day; at any time of day; up to two days long. */
const session = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: DAYS }).map((d) => FIRST_DAY.plus({ days: d })), fc.tuple(fc.constantFrom(...AWKWARD_DAYS), fc.integer({ min: -3, max: 3 })).map(([d, k]) => DateTime.fromISO(d, { zone: CPH }).plus({ days: k }))),
    fc.integer({ min: 0, max: 22 }),
    fc.constantFrom(0, 30),
    fc.integer({ min: 30, max: 48 * 60 }),
  )
  .map(([day, hour, minute, minutes]) => {
    const start = day.set({ hour, minute });
    return { start: start.toISO()!, end: start.plus({ minutes }).toISO()! };
  });

const programme: fc.Arbitrary<Programme> = fc.array(session, { minLength: 1, maxLength: 5 }).map((times) =>
  programmeSchema.parse({
    id: 'property',
    name: bothLanguages('Test'),
    timeZone: CPH,
    modules: [{ id: 'm', number: 1, kind: 'gathering', title: bothLanguages('Fællessamling'), description: bothLanguages('') }],
    sessions: times.map((t, i) => sessionAt(`s${i}`, 'm', t.start, t.end)),
    participants: [leader('director', 1), leader('team-leader', 3)],
  }),
);

const calendars = new Map<string, WorkingCalendar>();
function calendarFor(input: CalendarSettingsInput): WorkingCalendar {
  const key = JSON.stringify(input);
  if (!calendars.has(key)) calendars.set(key, createWorkingCalendar(input, CPH));
  return calendars.get(key)!;
}

/** Working time read from the day table and the wall clock, independently of the planner's functions. */
function isWorkingByTable(calendar: WorkingCalendar, iso: string): boolean {
  const local = DateTime.fromISO(iso, { zone: CPH });
  const minutes = local.hour * 60 + local.minute;
  const { start, end } = calendar.window;
  if (local.weekday > 5 || minutes < start.hour * 60 + start.minute || minutes >= end.hour * 60 + end.minute) return false;
  const off = calendar.dayOffOn({ year: local.year, month: local.month, day: local.day });
  return !off || (!off.whole && minutes < off.from!.hour * 60 + off.from!.minute);
}

function input(p: Programme, settings: ProactiveSettings, calendar: WorkingCalendar): PlanInput {
  return { programme: p, settings, known: new Set(), paused: new Set(), answered: new Set(), calendar };
}

const everything = (plan: PlanInput) => planWindow(plan, new Date('2023-06-01T00:00:00Z'), new Date('2034-01-01T00:00:00Z'));
const sent = (list: PlannedDelivery[]) => list.filter((d) => d.placement?.outcome !== 'dropped');

describe('Properties of the planner on the working calendar', () => {
  it('When any programme is planned with any settings on any calendar, across daylight-saving changes and year ends, then no message is due on a day off or outside working hours', () => {
    fc.assert(
      fc.property(programme, proactiveSettings, calendarSettings, (p, settings, cal) => {
        const calendar = calendarFor(cal);
        for (const d of sent(everything(input(p, settings, calendar)))) {
          if (!isWorkingByTable(calendar, d.dueAt)) throw new Error(`${d.key} is due at ${d.dueAt}, not working time`);
        }
      }),
      { numRuns: 200, seed: 20261225 },
    );
  });

  it('When any programme is planned, then reminders come before their session in offset order, prompts after it, nudges after the prompt, and a dropped reminder says why', () => {
    fc.assert(
      fc.property(programme, proactiveSettings, calendarSettings, (p, settings, cal) => {
        const list = everything(input(p, settings, calendarFor(cal)));
        for (const s of p.sessions) {
          const of = list.filter((d) => d.sessionId === s.id && d.participantId === 'director');
          const reminders = of.filter((d) => d.kind === 'reminder' && d.placement?.outcome !== 'dropped');
          for (const r of reminders) expect(Date.parse(r.dueAt)).toBeLessThan(Date.parse(s.start));
          // The longer the offset, the earlier the reminder; never two at once.
          const byOffset = [...reminders].sort((a, b) => Number(b.offset!.slice(1, -1)) - Number(a.offset!.slice(1, -1)));
          for (let i = 1; i < byOffset.length; i++) expect(Date.parse(byOffset[i].dueAt)).toBeGreaterThan(Date.parse(byOffset[i - 1].dueAt));
          for (const dropped of of.filter((d) => d.placement?.outcome === 'dropped')) {
            expect(dropped.placement?.drop).toBeDefined();
            expect(dropped.expiresAt).toBe(dropped.dueAt);
          }
          const prompt = of.find((d) => d.kind === 'reflection');
          const nudge = of.find((d) => d.kind === 'nudge');
          if (prompt) expect(Date.parse(prompt.dueAt)).toBeGreaterThanOrEqual(Date.parse(s.end));
          if (nudge) expect(Date.parse(nudge.dueAt)).toBeGreaterThan(Date.parse(prompt!.dueAt));
          for (const d of [prompt, nudge]) if (d) expect(Date.parse(d.expiresAt)).toBeGreaterThan(Date.parse(d.dueAt));
        }
      }),
      { numRuns: 200, seed: 20270526 },
    );
  });

  it('When a tick plans at any instant, then it plans exactly what the preview shows up to that instant, and nothing it plans is to be sent outside working time', () => {
    const instant = fc.integer({ min: 0, max: DAYS * 24 * 60 }).map((minutes) => FIRST_DAY.plus({ minutes }).toJSDate());
    fc.assert(
      fc.property(programme, proactiveSettings, calendarSettings, instant, (p, settings, cal, now) => {
        const calendar = calendarFor(cal);
        const plan = input(p, settings, calendar);
        const due = planDueDeliveries(plan, now);
        // The tick looks back 14 days; the preview of that span shows the same deliveries.
        const from = DateTime.fromJSDate(now, { zone: CPH }).minus({ days: 14 }).toMillis() + 1;
        const preview = planWindow(plan, new Date(from), new Date(now.getTime() + 1)).filter((d) => d.kind !== 'nudge');
        expect(due.filter((d) => d.kind !== 'nudge').map((d) => d.key)).toEqual(preview.map((d) => d.key));
        for (const d of sent(due)) {
          expect(Date.parse(d.dueAt)).toBeLessThanOrEqual(now.getTime());
          expect(isWorkingByTable(calendar, d.dueAt)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20280417 },
    );
  });
});
