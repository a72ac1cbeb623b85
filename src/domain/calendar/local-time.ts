/**
 * Wall-clock arithmetic in the programme's time zone: "the date D at HH:MM in zone Z", "N working
 * days after D", "D minus a number of days". Everything goes through luxon in the programme's zone,
 * never through 24-hour blocks of milliseconds, so 09:00 stays 09:00 on both sides of a change of
 * daylight saving time and a day of 23 or 25 hours is still one day.
 */
import { DateTime, Duration } from 'luxon';
import { CodedError } from '../errors';
import { inZone } from './format-date';

/** A local wall-clock time of day. */
export interface LocalTime {
  hour: number;
  minute: number;
}

/** A calendar date (no time, no zone): what "the day of the session" means to a person. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Parses "HH:MM" (24-hour, two digits each). `what` names the setting in the error, so a typo in a
 * config file reads as "reminders.sendAt: must be HH:MM, e.g. 09:00, got '9.00'".
 */
export function parseLocalTime(text: string, what: string): LocalTime {
  const match = HH_MM.exec(text);
  if (!match) throw new CodedError('INVALID_SETTINGS', `${what}: must be HH:MM, e.g. 09:00, got '${text}'`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * Parses an ISO-8601 duration made of whole calendar units only (years, months, weeks, days),
 * e.g. "P7D", "P2W", "P0D". Hours and minutes are refused: the offsets and expiries here are
 * about days, and the time of day comes from a separate "HH:MM" setting.
 */
export function parseCalendarDuration(text: string, what: string): Duration {
  const duration = Duration.fromISO(text);
  const fail = (why: string) => new CodedError('INVALID_SETTINGS', `${what}: ${why}, got '${text}'`);
  if (!duration.isValid) throw fail('must be an ISO-8601 duration in days or weeks, e.g. P7D');
  const { hours = 0, minutes = 0, seconds = 0, milliseconds = 0 } = duration.toObject();
  if (hours || minutes || seconds || milliseconds) throw fail('must be whole days or weeks (no hours or minutes), e.g. P1D');
  const { years = 0, quarters = 0, months = 0, weeks = 0, days = 0 } = duration.toObject();
  if ([years, quarters, months, weeks, days].some((n) => n < 0 || !Number.isInteger(n))) {
    throw fail('must be a whole, non-negative number of days or weeks');
  }
  return duration;
}

/**
 * The most calendar days a duration of calendar units can span (a month counted as 31 days, a
 * year as 366). Used only for coarse bounds, where too large is safe and too small is a bug.
 */
export function maxDaysOf(duration: Duration): number {
  const { years = 0, quarters = 0, months = 0, weeks = 0, days = 0 } = duration.toObject();
  return years * 366 + quarters * 92 + months * 31 + weeks * 7 + days;
}

/** The local calendar date of an instant (epoch milliseconds) in `zone`. */
export function localDateOf(epochMs: number, zone: string): LocalDate {
  const dt = inZone(new Date(epochMs), zone);
  return { year: dt.year, month: dt.month, day: dt.day };
}

/**
 * The instant of `date` at `time` in `zone`, in epoch milliseconds.
 *
 * On the spring-forward night a time that does not exist (02:30 in Copenhagen) moves forward by
 * the gap (03:30); on the autumn night a time that exists twice resolves to one of the two. Both
 * only matter for send times between 02:00 and 03:00, which nobody configures for a leader.
 */
export function atLocalTime(date: LocalDate, time: LocalTime, zone: string): number {
  return DateTime.fromObject({ ...date, hour: time.hour, minute: time.minute }, { zone }).toMillis();
}

/** `date` moved by a calendar duration (negative `sign` for "before"), on the calendar. */
export function shiftDate(date: LocalDate, duration: Duration, sign: 1 | -1): LocalDate {
  // UTC is used as a zone-less calendar here: only the date moves, so no offset can interfere.
  const start = DateTime.fromObject(date, { zone: 'utc' });
  const moved = sign === 1 ? start.plus(duration) : start.minus(duration);
  return { year: moved.year, month: moved.month, day: moved.day };
}

/** `date` plus `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return shiftDate(date, Duration.fromObject({ days: Math.abs(days) }), days < 0 ? -1 : 1);
}

/**
 * The date `n` working days after `date`: Friday plus one is Monday, Saturday plus one is Monday,
 * and zero is `date` itself. Working days are Monday to Friday; Danish public holidays (Easter,
 * Kristi Himmelfartsdag, Christmas …) are not considered yet, so a prompt can land on one.
 */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  let current = DateTime.fromObject(date, { zone: 'utc' });
  let left = n;
  while (left > 0) {
    current = current.plus({ days: 1 });
    if (current.weekday <= 5) left -= 1;
  }
  return { year: current.year, month: current.month, day: current.day };
}

/** `epochMs` plus a calendar duration, counted on the calendar of `zone` (a day is a local day). */
export function plusInZone(epochMs: number, duration: Duration, zone: string): number {
  return DateTime.fromMillis(epochMs, { zone }).plus(duration).toMillis();
}

/** `epochMs` minus a calendar duration, counted on the calendar of `zone`. */
export function minusInZone(epochMs: number, duration: Duration, zone: string): number {
  return DateTime.fromMillis(epochMs, { zone }).minus(duration).toMillis();
}
