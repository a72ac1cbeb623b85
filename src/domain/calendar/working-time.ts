/**
 * Instants against the working calendar: is this working time, and if not, why not. An instant is
 * read on the wall clock of the calendar's zone, so 09:00 is 09:00 in winter and in summer, and
 * the 23- and 25-hour days of a change of daylight saving time need no special care.
 */
import type { LocalTime } from './local-time';
import type { LocalizedText } from '../programme/model';
import { minutesOf } from './calendar-dates';
import { workingWindowName } from './calendar-texts';
import type { DayOffCode, WorkingCalendar, WorkingHours } from './working-calendar';

/** Why an instant is not working time: a day off (see DayOffCode) or outside the working window. */
export type NotWorkingCode = DayOffCode | 'outside-working-hours';

export interface NotWorkingReason {
  code: NotWorkingCode;
  /** The holiday, day, period or window, for people. */
  name: LocalizedText;
  /** For a day off from a time of day: that time. */
  from?: LocalTime;
}

const MINUTE_MS = 60_000;
// The window's name is the same for every instant of a calendar; formatting it costs more than the rest of the question.
const windowNames = new WeakMap<WorkingCalendar, LocalizedText>();

/** True when `clockMs` lies inside the hours [start, end). */
export function isWithin(hours: WorkingHours, clockMs: number): boolean {
  return clockMs >= minutesOf(hours.start) * MINUTE_MS && clockMs < minutesOf(hours.end) * MINUTE_MS;
}

/** True when `epochMs` is working time: a working day, inside its working hours. */
export function isWorkingTime(calendar: WorkingCalendar, epochMs: number): boolean {
  const { date, clockMs } = calendar.localInstantOf(epochMs);
  const hours = calendar.workingHoursOn(date);
  return hours !== undefined && isWithin(hours, clockMs);
}

/**
 * Why `epochMs` is not working time, or undefined when it is. A day off wins over the window: on
 * juledag at 20:00 the reason is juledag. On a day off from 12:00, 14:00 is off for that reason.
 */
export function whyNotWorking(calendar: WorkingCalendar, epochMs: number): NotWorkingReason | undefined {
  const { date, clockMs } = calendar.localInstantOf(epochMs);
  const hours = calendar.workingHoursOn(date);
  if (hours && isWithin(hours, clockMs)) return undefined;
  const off = calendar.dayOffOn(date);
  if (off?.whole) return off.reasons[0];
  if (off?.from && clockMs >= minutesOf(off.from) * MINUTE_MS) {
    const from = minutesOf(off.from);
    return off.reasons.find((r) => r.from && minutesOf(r.from) === from) ?? off.reasons[0];
  }
  let name = windowNames.get(calendar);
  if (!name) {
    name = workingWindowName(calendar);
    windowNames.set(calendar, name);
  }
  return { code: 'outside-working-hours', name };
}
