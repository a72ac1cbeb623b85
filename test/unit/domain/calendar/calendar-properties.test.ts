/**
 * Properties of the working calendar over many instants and settings: whatever the time and
 * whatever the employer's days off, closed periods and working window, the next working time is a
 * working time, never earlier than the time given, and no working day is skipped on the way. The
 * checks read the day table and the Copenhagen clock directly, not through the functions tested.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarSettingsInput } from '../../../../src/domain/calendar/calendar-settings';
import { nextWorkingTime, previousWorkingTime } from '../../../../src/domain/calendar/move-to-working-time';
import { placeDelivery, placeReminder } from '../../../../src/domain/calendar/place-delivery';
import { createWorkingCalendar, type WorkingCalendar } from '../../../../src/domain/calendar/working-calendar';

const CPH = 'Europe/Copenhagen';
const FROM = DateTime.fromISO('2020-01-01T00:00', { zone: CPH }).toMillis();
const TO = DateTime.fromISO('2035-12-31T23:59', { zone: CPH }).toMillis();
/** Instants around the days most likely to go wrong: DST changes, year ends, Easter, half days. */
const AWKWARD_DAYS = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2026-12-24', '2026-12-31', '2027-12-31', '2028-06-05', '2027-03-25', '2026-05-01'];

const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(fc.constantFrom(...AWKWARD_DAYS), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
    .map(([day, offset]) => DateTime.fromISO(day, { zone: CPH }).toMillis() + offset),
);

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
const settings: fc.Arbitrary<CalendarSettingsInput> = fc.record({
  employerDaysOff: fc.constantFrom<CalendarSettingsInput['employerDaysOff']>(
    'municipal-dk',
    'none',
    ['municipal-dk', { date: '12-23', from: '10:30', name: { da: 'Lillejuleaften', en: 'Day before Christmas Eve' } }],
  ),
  closedPeriods: fc.subarray([
    { weeks: '29-31' },
    { from: '12-27', to: '01-02' },
    { from: '2027-10-11', to: '2027-10-22' },
    { weeks: '52-1' },
  ]),
  workingWindow: fc
    .tuple(fc.integer({ min: 6, max: 10 }), fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 11, max: 18 }), fc.constantFrom(0, 30))
    .map(([h1, m1, h2, m2]) => `${hhmm(h1, m1)}–${hhmm(h2, m2)}`),
});

const calendars = new Map<string, WorkingCalendar>();
function calendarFor(input: CalendarSettingsInput): WorkingCalendar {
  const key = JSON.stringify(input);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = createWorkingCalendar(input, CPH);
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Working time judged from the day table and the wall clock, independently of isWorkingTime. */
function isWorkingByTable(calendar: WorkingCalendar, ms: number): boolean {
  const local = DateTime.fromMillis(ms, { zone: CPH });
  const minutes = local.hour * 60 + local.minute;
  const { start, end } = calendar.window;
  if (local.weekday > 5 || minutes < start.hour * 60 + start.minute || minutes >= end.hour * 60 + end.minute) return false;
  const off = calendar.dayOffOn({ year: local.year, month: local.month, day: local.day });
  return !off || (!off.whole && minutes < off.from!.hour * 60 + off.from!.minute);
}

/** The dates strictly between the local dates of a and b (a <= b). */
function datesBetween(a: number, b: number): DateTime[] {
  const out: DateTime[] = [];
  const last = DateTime.fromMillis(b, { zone: CPH }).startOf('day');
  for (let d = DateTime.fromMillis(a, { zone: CPH }).startOf('day').plus({ days: 1 }); d < last; d = d.plus({ days: 1 })) out.push(d);
  return out;
}

const hasWorkingHours = (calendar: WorkingCalendar, d: DateTime) => calendar.workingHoursOn({ year: d.year, month: d.month, day: d.day }) !== undefined;

describe('Properties of the working calendar', () => {
  it('When any instant is moved to the next working time, then the result is working time, never earlier, and skips no working day', () => {
    fc.assert(
      fc.property(settings, instant, (input, ms) => {
        const calendar = calendarFor(input);
        const next = nextWorkingTime(calendar, ms);
        expect(next).toBeGreaterThanOrEqual(ms);
        expect(isWorkingByTable(calendar, next)).toBe(true);
        expect(datesBetween(ms, next).filter((d) => hasWorkingHours(calendar, d))).toEqual([]);
        expect(nextWorkingTime(calendar, next)).toBe(next);
        if (isWorkingByTable(calendar, ms)) expect(next).toBe(ms);
      }),
      { numRuns: 1500, seed: 20261224 },
    );
  });

  it('When any instant is moved to the previous working time, then the result is working time, never later, and skips no working day', () => {
    fc.assert(
      fc.property(settings, instant, (input, ms) => {
        const calendar = calendarFor(input);
        const previous = previousWorkingTime(calendar, ms);
        expect(previous).toBeDefined();
        expect(previous!).toBeLessThanOrEqual(ms);
        expect(isWorkingByTable(calendar, previous!)).toBe(true);
        expect(datesBetween(previous!, ms).filter((d) => hasWorkingHours(calendar, d))).toEqual([]);
      }),
      { numRuns: 1000, seed: 20270328 },
    );
  });

  it('When any delivery is placed, then it is due on working time and not before it was due', () => {
    fc.assert(
      fc.property(settings, instant, (input, ms) => {
        const calendar = calendarFor(input);
        const placed = placeDelivery(calendar, ms);
        if (placed.outcome === 'dropped' || placed.outcome === 'moved-earlier') throw new Error(`a delivery was ${placed.outcome}`);
        expect(isWorkingByTable(calendar, placed.dueMs)).toBe(true);
        expect(placed.dueMs).toBeGreaterThanOrEqual(ms);
        expect(placed.outcome === 'on-time').toBe(placed.dueMs === ms);
      }),
      { numRuns: 1000, seed: 20280605 },
    );
  });

  it('When any reminder is placed, then it is on working time strictly before its session, or dropped with a reason', () => {
    const lead = fc.integer({ min: 1, max: 10 * 86_400_000 });
    fc.assert(
      fc.property(settings, instant, lead, fc.option(fc.integer({ min: 0, max: 14 * 86_400_000 })), (input, start, before, earliest) => {
        const calendar = calendarFor(input);
        const dueMs = start - before;
        const notBeforeMs = earliest === null ? undefined : dueMs - earliest;
        const placed = placeReminder(calendar, { dueMs, sessionStartMs: start, notBeforeMs });
        if (placed.outcome === 'dropped') {
          expect(placed.drop).toBe('no-working-time-before-session');
          expect(notBeforeMs).toBeDefined();
          return;
        }
        expect(isWorkingByTable(calendar, placed.dueMs)).toBe(true);
        expect(placed.dueMs).toBeLessThan(start);
        if (notBeforeMs !== undefined) expect(placed.dueMs).toBeGreaterThanOrEqual(notBeforeMs);
        if (placed.outcome === 'moved-earlier') expect(placed.dueMs).toBeLessThan(dueMs);
        if (placed.outcome === 'moved-later') expect(placed.dueMs).toBeGreaterThan(dueMs);
      }),
      { numRuns: 1000, seed: 20291231 },
    );
  });
});
