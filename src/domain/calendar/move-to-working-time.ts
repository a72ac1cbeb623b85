/**
 * Moving an instant onto working time, forwards or backwards, keeping its local time of day where
 * the target day's working hours allow: a reflection prompt due at 14:00 on juledag goes out at
 * 14:00 on the next working day, not at 08:00.
 *
 * Forwards (nextWorkingTime), a time before the day's working hours waits for them to open the
 * same day; a time after them (or on a day off, outside the target day's hours) goes out when
 * work starts on the next working day. Backwards (previousWorkingTime), a time that does not fit
 * the target day's hours becomes that day's last working minute.
 */
import { CodedError } from '../errors';
import type { LocalDate } from './local-time';
import { dateKey, minutesOf, plusDays } from './calendar-dates';
import type { WorkingCalendar, WorkingHours } from './working-calendar';
import { isWithin } from './working-time';

const MINUTE_MS = 60_000;
/**
 * How far the search looks for a working day. A year and a month covers any closed period a
 * workplace could have; a calendar without a working day in that long is a configuration error.
 */
export const MAX_SEARCH_DAYS = 400;

const startMs = (hours: WorkingHours) => minutesOf(hours.start) * MINUTE_MS;
const endMs = (hours: WorkingHours) => minutesOf(hours.end) * MINUTE_MS;

/**
 * `epochMs` itself when it is working time; otherwise the next working time at or after it (see
 * the file comment for how the time of day is kept). Never earlier than `epochMs`. Throws
 * CALENDAR_NO_WORKING_TIME when no working day comes within MAX_SEARCH_DAYS.
 */
export function nextWorkingTime(calendar: WorkingCalendar, epochMs: number): number {
  const { date, clockMs } = calendar.localInstantOf(epochMs);
  const today = calendar.workingHoursOn(date);
  if (today && isWithin(today, clockMs)) return epochMs;
  if (today && clockMs < startMs(today)) return calendar.instantOf(date, startMs(today));
  let day = date;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = plusDays(day, 1);
    const hours = calendar.workingHoursOn(day);
    if (hours) return calendar.instantOf(day, isWithin(hours, clockMs) ? clockMs : startMs(hours));
  }
  throw noWorkingTime(date, 'after');
}

/**
 * `epochMs` itself when it is working time; otherwise the last working time before it: on the
 * same day the last working minute when the day's hours are over, else the same time of day on
 * the nearest earlier working day (its last working minute when that time is outside its hours).
 * Undefined when there is none at or after `notBeforeMs`, or within MAX_SEARCH_DAYS.
 */
export function previousWorkingTime(calendar: WorkingCalendar, epochMs: number, notBeforeMs = -Infinity): number | undefined {
  const { date, clockMs } = calendar.localInstantOf(epochMs);
  const lastMinute = (hours: WorkingHours) => endMs(hours) - MINUTE_MS;
  const bounded = (ms: number) => (ms >= notBeforeMs ? ms : undefined);
  const today = calendar.workingHoursOn(date);
  if (today && isWithin(today, clockMs)) return bounded(epochMs);
  if (today && clockMs >= endMs(today)) return bounded(calendar.instantOf(date, lastMinute(today)));
  // Days before the bound's date cannot give a time after it.
  const firstKey = Number.isFinite(notBeforeMs) ? dateKey(calendar.localInstantOf(notBeforeMs).date) : '';
  let day = date;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = plusDays(day, -1);
    if (dateKey(day) < firstKey) return undefined;
    const hours = calendar.workingHoursOn(day);
    if (hours) return bounded(calendar.instantOf(day, isWithin(hours, clockMs) ? clockMs : lastMinute(hours)));
  }
  return undefined;
}

function noWorkingTime(date: LocalDate, direction: string): CodedError {
  return new CodedError(
    'CALENDAR_NO_WORKING_TIME',
    `The working calendar has no working day within ${MAX_SEARCH_DAYS} days ${direction} ${dateKey(date)}: check calendar.closedPeriods and calendar.employerDaysOff.`,
  );
}
