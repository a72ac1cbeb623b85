/**
 * Small helpers on calendar dates (no time, no zone) and on wall-clock times of day. A date is a
 * day a person names ("torsdag den 24. december"); which instants it spans depends on the zone,
 * and only the instant-level functions deal with that.
 */
import { DateTime } from 'luxon';
import type { LocalDate, LocalTime } from './local-time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-12-24": sortable, so string comparison is date order. */
export function dateKey(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** 1 Monday … 7 Sunday (ISO), as luxon numbers them. */
export function weekdayOf(date: LocalDate): number {
  const sunday0 = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** The ISO week number (1–53) the date falls in. */
export function isoWeekNumberOf(date: LocalDate): number {
  // UTC serves as a zone-less calendar: only the date matters.
  return DateTime.fromObject(date, { zone: 'utc' }).weekNumber;
}

/** The day after (`days` = 1) or before (`days` = -1) `date`, or any number of days away. */
export function plusDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Minutes since local midnight on the wall clock (09:30 is 570, whatever the day's length). */
export function minutesOf(time: LocalTime): number {
  return time.hour * 60 + time.minute;
}

/** The time of day `minutes` after midnight (0–1440; 1440 is the end of the day). */
export function timeOfMinutes(minutes: number): LocalTime {
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}
