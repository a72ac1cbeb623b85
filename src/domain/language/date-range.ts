/**
 * Turns the date words of a question into the days they mean on the programme's clock: "på
 * torsdag" is the coming Thursday (today, if today is one), "den 4." the next 4th, "i næste
 * uge" Monday to Sunday of next week, "efter påske" everything after Easter Monday. Holidays
 * come from the working calendar's public holidays (date-holidays), so Easter moves every year.
 */
import { DateTime } from 'luxon';
import { inZone } from '../calendar/format-date';
import { publicHolidaysOf } from '../calendar/public-holidays';
import type { DateWords, HolidayName } from './date-words';

/** A stretch of time: from `from` (inclusive) to `to` (exclusive); `to` is open for "after Easter". */
export interface DateRange {
  from: Date;
  to?: Date;
}

/**
 * The first and last day of each holiday, by the English names date-holidays gives the DK public
 * holidays (stable across the library's releases; a unit test pins them). Christmas starts on
 * juleaftensdag, which is no public holiday but is when Danes stop for Christmas.
 */
const HOLIDAY_DAYS: Record<HolidayName, { first: string; last: string; firstOffset?: number }> = {
  easter: { first: 'Maundy Thursday', last: 'Easter Monday' },
  christmas: { first: 'Christmas Day', last: 'Boxing Day', firstOffset: -1 },
  pentecost: { first: 'Pentecost', last: 'Whit Monday' },
  newYear: { first: "New Year's Day", last: "New Year's Day" },
  ascension: { first: 'Ascension Day', last: 'Ascension Day' },
};

/** The holiday's days in `year` ("YYYY-MM-DD" local dates), or undefined when the calendar has no such holiday. */
function holidayIn(country: string, year: number, name: HolidayName): { first: string; last: string } | undefined {
  const days = [...publicHolidaysOf(country, year)];
  const wanted = HOLIDAY_DAYS[name];
  const first = days.find(([, h]) => h.name.en === wanted.first)?.[0];
  const last = days.find(([, h]) => h.name.en === wanted.last)?.[0];
  if (!first || !last) return undefined;
  const start = wanted.firstOffset ? DateTime.fromISO(first, { zone: 'utc' }).plus({ days: wanted.firstOffset }).toISODate()! : first;
  return { first: start, last };
}

/**
 * The time the words point at, seen from `now` in `zone`; undefined when they point at nothing
 * that can come (a 31 February) or name no time at all.
 *
 * @param country the working calendar's country, whose public holidays place Easter and the rest
 */
export function dateRangeOf(words: DateWords, now: Date, zone: string, country = 'DK'): DateRange | undefined {
  const today = inZone(now, zone).startOf('day');
  const oneDay = (day: DateTime): DateRange => ({ from: day.toJSDate(), to: day.plus({ days: 1 }).toJSDate() });
  if (words.daysFromToday !== undefined) return oneDay(today.plus({ days: words.daysFromToday }));
  if (words.weekday !== undefined) return oneDay(today.plus({ days: (words.weekday - today.weekday + 7) % 7 }));
  if (words.weeksFromNow !== undefined) {
    const monday = today.startOf('week').plus({ weeks: words.weeksFromNow });
    return { from: (words.weeksFromNow === 0 ? today : monday).toJSDate(), to: monday.plus({ weeks: 1 }).toJSDate() };
  }
  if (words.isoWeek !== undefined) {
    // A week number already past means next year's week: nobody asks about last March's week 12.
    for (const year of [today.weekYear, today.weekYear + 1]) {
      const monday = DateTime.fromObject({ weekYear: year, weekNumber: words.isoWeek, weekday: 1 }, { zone });
      if (monday.isValid && monday.plus({ weeks: 1 }) > today) return { from: DateTime.max(monday, today).toJSDate(), to: monday.plus({ weeks: 1 }).toJSDate() };
    }
    return undefined;
  }
  if (words.monthsFromNow !== undefined) {
    const first = today.startOf('month').plus({ months: words.monthsFromNow });
    return { from: first.toJSDate(), to: first.plus({ months: 1 }).toJSDate() };
  }
  if (words.holiday) {
    for (const year of [today.year, today.year + 1]) {
      const days = holidayIn(country, year, words.holiday.name);
      if (!days) return undefined;
      const first = DateTime.fromISO(days.first, { zone });
      const afterLast = DateTime.fromISO(days.last, { zone }).plus({ days: 1 });
      if (words.holiday.relation === 'after' && afterLast.plus({ days: 60 }) > today) return { from: DateTime.max(afterLast, today).toJSDate() };
      if (words.holiday.relation === 'before' && first > today) return { from: today.toJSDate(), to: first.toJSDate() };
    }
    return undefined;
  }
  if (words.day !== undefined) {
    // The next day with that number (and month), today included.
    for (let k = 0; k < 24; k++) {
      const month = today.startOf('month').plus({ months: k });
      if (words.month !== undefined && month.month !== words.month) continue;
      const day = DateTime.fromObject({ year: month.year, month: month.month, day: words.day }, { zone });
      if (day.isValid && day >= today) return oneDay(day);
    }
    return undefined;
  }
  if (words.month !== undefined) {
    const thisYear = DateTime.fromObject({ year: today.year, month: words.month, day: 1 }, { zone });
    const first = thisYear.plus({ months: 1 }) > today ? thisYear : thisYear.plus({ years: 1 });
    return { from: DateTime.max(first, today).toJSDate(), to: first.plus({ months: 1 }).toJSDate() };
  }
  return undefined;
}
