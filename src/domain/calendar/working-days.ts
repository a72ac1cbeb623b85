/**
 * Counting in working days: "the next working day after the session", "two working days later".
 * A working day is a day with some working time, so the morning of nytårsaftensdag (off from
 * 12:00 in the municipal preset) counts as one; a prompt due in its afternoon is then moved by
 * nextWorkingTime.
 */
import { CodedError } from '../errors';
import type { LocalDate } from './local-time';
import { dateKey, plusDays } from './calendar-dates';
import { MAX_SEARCH_DAYS } from './move-to-working-time';
import type { WorkingCalendar } from './working-calendar';

/** True when `date` has working time. */
export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  return calendar.workingHoursOn(date) !== undefined;
}

/** The first working day after `date` (never `date` itself). */
export function nextWorkingDay(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  let day = date;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = plusDays(day, 1);
    if (isWorkingDay(calendar, day)) return day;
  }
  throw new CodedError(
    'CALENDAR_NO_WORKING_TIME',
    `The working calendar has no working day within ${MAX_SEARCH_DAYS} days after ${dateKey(date)}: check calendar.closedPeriods and calendar.employerDaysOff.`,
  );
}

/**
 * The date `n` working days after `date`: with n = 1 the next working day, with n = 0 `date`
 * itself (working day or not: moving a delivery off a day off is nextWorkingTime's job).
 */
export function addWorkingDays(calendar: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  let day = date;
  for (let left = n; left > 0; left--) day = nextWorkingDay(calendar, day);
  return day;
}

/**
 * The most consecutive days without working time, counted from any day between `from` and `to`
 * (both included): how many days nextWorkingTime can move an instant in that range. A planner
 * that filters sessions by millisecond bounds widens them by this much (plus a day for the time of
 * day), so a prompt moved over juleferie is not filtered out.
 */
export function longestDaysOffRun(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  let longest = 0;
  let run = 0;
  const last = dateKey(to);
  // The run in progress at `to` is followed past it, so a closed period that starts on `to` counts whole.
  for (let day = from; dateKey(day) <= last || run > 0; day = plusDays(day, 1)) {
    if (isWorkingDay(calendar, day)) {
      run = 0;
    } else {
      run += 1;
      longest = Math.max(longest, run);
      if (run > MAX_SEARCH_DAYS) break;
    }
  }
  return longest;
}
