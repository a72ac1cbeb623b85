import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { addWorkingDays, isWorkingDay, longestDaysOffRun, nextWorkingDay } from '../../../../src/domain/calendar/working-days';
import type { LocalDate } from '../../../../src/domain/calendar/local-time';

const CPH = 'Europe/Copenhagen';
const date = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const iso = (d: LocalDate) => DateTime.fromObject(d).toISODate();

const calendar = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: { da: 'Sommerferie', en: 'Summer holiday' } }] }, CPH);

describe('Working days', () => {
  it('When a session is on torsdag den 24. december 2026, then the next working day after it is Monday 28 December', () => {
    expect(iso(nextWorkingDay(calendar, date('2026-12-24')))).toBe('2026-12-28');
  });

  it('When a session is on the Wednesday before Easter, then the next working day is the Tuesday after 2. påskedag', () => {
    expect(iso(nextWorkingDay(calendar, date('2027-03-24')))).toBe('2027-03-30');
  });

  it('When a session is on the Wednesday before Kristi himmelfartsdag, then the next working day is the Friday after it', () => {
    expect(iso(nextWorkingDay(calendar, date('2027-05-05')))).toBe('2027-05-07');
  });

  it('When the next day is a half day, then it counts as a working day (it has a working morning)', () => {
    expect(isWorkingDay(calendar, date('2027-12-31'))).toBe(true);
    expect(iso(nextWorkingDay(calendar, date('2027-12-30')))).toBe('2027-12-31');
  });

  it('When counting working days, then 0 is the day itself and 3 skips weekends and holidays', () => {
    expect(iso(addWorkingDays(calendar, date('2027-03-06'), 0))).toBe('2027-03-06');
    expect(iso(addWorkingDays(calendar, date('2026-12-22'), 3))).toBe('2026-12-29');
  });

  it('When a closed period of three weeks is in range, then the longest run of days off covers it with its weekends', () => {
    // Sat 17 July to Sun 8 August 2027: 23 days.
    expect(longestDaysOffRun(calendar, date('2027-01-01'), date('2027-12-31'))).toBe(23);
    // Only Christmas: Thu 24 (municipal) to Sun 27 December 2026.
    expect(longestDaysOffRun(calendar, date('2026-12-01'), date('2026-12-24'))).toBe(4);
  });
});
