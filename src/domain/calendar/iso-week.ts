/**
 * ISO-8601 weeks ("2027-W10") on the programme's calendar. A digest reports on one week, and a
 * week means what it means to the leaders: Monday 00:00 to the next Monday 00:00 on the local
 * clock. Bounds are computed in the zone with luxon, never as 7 × 24 hours, because the week of
 * a change of daylight saving time is 167 or 169 hours long.
 */
import { DateTime } from 'luxon';
import { CodedError } from '../errors';
import { inZone } from './format-date';

const WEEK = /^(\d{4})-W(\d{2})$/;

interface WeekParts {
  weekYear: number;
  weekNumber: number;
}

/** Parses "2027-W10", refusing week numbers the year does not have (W53 exists in some years only). */
function parseWeek(week: string): WeekParts {
  const match = WEEK.exec(week);
  const invalid = (why: string) =>
    new CodedError('INVALID_WEEK', `Week '${week}' ${why}; write an ISO week such as 2027-W10.`);
  if (!match) throw invalid('is not an ISO week');
  const weekYear = Number(match[1]);
  const weekNumber = Number(match[2]);
  const weeksInYear = DateTime.fromObject({ weekYear, weekNumber: 1, weekday: 1 }, { zone: 'utc' }).weeksInWeekYear;
  if (weekNumber < 1 || weekNumber > weeksInYear) throw invalid(`does not exist: ${weekYear} has weeks 1 to ${weeksInYear}`);
  return { weekYear, weekNumber };
}

function formatWeek(weekYear: number, weekNumber: number): string {
  return `${weekYear}-W${String(weekNumber).padStart(2, '0')}`;
}

/**
 * The ISO week the instant falls in on the clock of `zone`, e.g. "2027-W10". Around New Year the
 * week-year differs from the calendar year: Friday 1 January 2027 is in "2026-W53".
 */
export function isoWeekOf(instant: Date, zone: string): string {
  const local = inZone(instant, zone);
  return formatWeek(local.weekYear, local.weekNumber);
}

/**
 * The instants where the week begins and ends in `zone`: local Monday 00:00 (inclusive) to the
 * next local Monday 00:00 (exclusive). Throws CodedError INVALID_WEEK for a malformed or
 * non-existent week, and INVALID_DATE for an unknown zone.
 */
export function weekBounds(week: string, zone: string): { from: Date; to: Date } {
  const { weekYear, weekNumber } = parseWeek(week);
  const monday = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone });
  if (!monday.isValid) {
    throw new CodedError('INVALID_DATE', `Cannot find week ${week} in time zone '${zone}': ${monday.invalidExplanation ?? monday.invalidReason}`);
  }
  // startOf('day') rather than the constructed 00:00, for zones whose clocks change at midnight;
  // in Europe the change happens at night between Saturday and Sunday, so midnight always exists.
  const from = monday.startOf('day');
  const to = from.plus({ weeks: 1 }).startOf('day');
  return { from: from.toJSDate(), to: to.toJSDate() };
}

/** The week before, across the year boundary: "2027-W01" → "2026-W53". Throws INVALID_WEEK like weekBounds. */
export function previousWeek(week: string): string {
  const { weekYear, weekNumber } = parseWeek(week);
  // Pure calendar arithmetic, so UTC serves as a zone-less calendar.
  const before = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' }).minus({ weeks: 1 });
  return formatWeek(before.weekYear, before.weekNumber);
}

/** The week number alone, for people: "2027-W09" → 9. Throws INVALID_WEEK like weekBounds. */
export function weekNumberOf(week: string): number {
  return parseWeek(week).weekNumber;
}
