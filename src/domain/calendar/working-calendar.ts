/**
 * The working calendar: which days are off and why, and the working hours of each day. Built once
 * from the settings (statutory holidays from the library, the employer's own days off, closed
 * periods, the working window) and then asked about dates; the instant-level questions ("is 14:00
 * on this day working time?", "when is the next working time?") live beside it and work through it.
 *
 * Working time is Monday to Friday, inside the working window, on a day that is not off; a day off
 * "from 12:00" shortens that day's window. Weekends are Saturday and Sunday.
 */
import { DateTime } from 'luxon';
import { CodedError } from '../errors';
import { parseLocalTime, type LocalDate, type LocalTime } from './local-time';
import type { LocalizedText } from '../programme/model';
import { dateKey, isoWeekNumberOf, minutesOf, timeOfMinutes, weekdayOf } from './calendar-dates';
import {
  calendarSettingsSchema,
  DEFAULT_CLOSED_PERIOD_NAME,
  parseWeeks,
  parseWorkingWindow,
  type CalendarSettings,
  type CalendarSettingsInput,
  type ClosedPeriodRule,
  type EmployerDayOffRule,
} from './calendar-settings';
import { EMPLOYER_DAY_OFF_PRESETS } from './employer-day-off-presets';
import { publicHolidaysOf, type PublicHoliday } from './public-holidays';

/** Why a day (or part of it) is off, as a code a program can count and a name a person can read. */
export type DayOffCode = 'public-holiday' | 'employer-day-off' | 'closed-period' | 'weekend';

export interface DayOffReason {
  code: DayOffCode;
  /** "Juledag" / "Christmas Day", "Sommerferie" / "Summer holiday", "weekend". */
  name: LocalizedText;
  /** Set when this reason makes the day off only from this local time (1 May from 12:00). */
  from?: LocalTime;
}

export interface DayOff {
  /** True when the whole day is off; false when it is off from `from`. */
  whole: boolean;
  /** The earliest time the day is off from, when not the whole day. */
  from?: LocalTime;
  /** Every reason that applies, the most telling first (holiday, employer, closed period, weekend). */
  reasons: readonly DayOffReason[];
}

/** Working hours on one day: from `start` (included) to `end` (not included), local time. */
export interface WorkingHours {
  start: LocalTime;
  end: LocalTime;
}

/** An instant split into its local date and its wall-clock time of day. */
export interface LocalInstant {
  date: LocalDate;
  /** Milliseconds since local midnight on the wall clock (09:30 is 34,200,000, whatever the day's length). */
  clockMs: number;
}

export interface WorkingCalendar {
  /** The programme's IANA time zone; every instant is read on its clock. */
  readonly zone: string;
  /** The working window of an ordinary working day. */
  readonly window: WorkingHours;
  /** The settings it was built from, with defaults applied. */
  readonly settings: CalendarSettings;
  /** Why `date` is off, wholly or from a time of day; undefined for an ordinary working day. */
  dayOffOn(date: LocalDate): DayOff | undefined;
  /** The hours one may work on `date`, or undefined when it has none (a day off, or off before the window opens). */
  workingHoursOn(date: LocalDate): WorkingHours | undefined;
  /** The local date and wall-clock time of `epochMs` in the zone. */
  localInstantOf(epochMs: number): LocalInstant;
  /**
   * The instant of `date` at `clockMs` after local midnight on the wall clock. A wall time that
   * does not exist (02:30 on the spring-forward night) moves forward by the gap; it only happens
   * for a working window that includes 02:00–03:00.
   */
  instantOf(date: LocalDate, clockMs: number): number;
}

const WEEKEND: LocalizedText = Object.freeze({ da: 'weekend', en: 'weekend' });
const ORDER: Record<DayOffCode, number> = { 'public-holiday': 0, 'employer-day-off': 1, 'closed-period': 2, weekend: 3 };
/**
 * Answers remembered per calendar: plenty for a planner tick (which asks about the same due times
 * every minute), bounded for a long-running process. Zone conversions are what cost here: luxon
 * asks Intl for a zone's offset, some 10–30 µs a time.
 */
const MAX_REMEMBERED = 20_000;

interface DayRule {
  matches(date: LocalDate, key: string): boolean;
  reason: DayOffReason;
}

/**
 * Builds the calendar. The settings are checked with the same schema as the configuration, so a
 * bad value fails here with INVALID_SETTINGS and a message naming the setting.
 */
export function createWorkingCalendar(input: CalendarSettingsInput, zone: string): WorkingCalendar {
  const parsed = calendarSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `calendar.${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CodedError('INVALID_SETTINGS', problems);
  }
  if (!DateTime.now().setZone(zone).isValid) throw new CodedError('INVALID_SETTINGS', `Unknown time zone '${zone}' for the working calendar`);
  const settings = parsed.data;
  const window = parseWorkingWindow(settings.workingWindow);
  const rules = [...employerRules(settings.employerDaysOff), ...settings.closedPeriods.map(closedPeriodRule)];
  const holidaysByYear = new Map<number, ReadonlyMap<string, PublicHoliday>>();
  const days = new Map<string, DayOff | null>();

  const holidayOn = (date: LocalDate, key: string): PublicHoliday | undefined => {
    let holidays = holidaysByYear.get(date.year);
    if (!holidays) {
      holidays = publicHolidaysOf(settings.country, date.year);
      holidaysByYear.set(date.year, holidays);
    }
    return holidays.get(key);
  };

  const computeDayOff = (date: LocalDate, key: string): DayOff | null => {
    const reasons: DayOffReason[] = [];
    const holiday = holidayOn(date, key);
    if (holiday) reasons.push(holiday.from ? { code: 'public-holiday', name: holiday.name, from: holiday.from } : { code: 'public-holiday', name: holiday.name });
    for (const rule of rules) if (rule.matches(date, key)) reasons.push(rule.reason);
    if (weekdayOf(date) >= 6) reasons.push({ code: 'weekend', name: WEEKEND });
    if (reasons.length === 0) return null;
    const wholeReasons = reasons.filter((r) => r.from === undefined);
    // A day off as a whole makes "from 12:00" on the same day beside the point.
    const kept = (wholeReasons.length > 0 ? wholeReasons : reasons).sort((a, b) => ORDER[a.code] - ORDER[b.code]);
    if (wholeReasons.length > 0) return { whole: true, reasons: kept };
    const from = timeOfMinutes(Math.min(...kept.map((r) => minutesOf(r.from as LocalTime))));
    return { whole: false, from, reasons: kept };
  };

  const dayOffOn = (date: LocalDate): DayOff | undefined => {
    const key = dateKey(date);
    let day = days.get(key);
    if (day === undefined) {
      if (days.size >= MAX_REMEMBERED) days.clear();
      day = computeDayOff(date, key);
      days.set(key, day);
    }
    return day ?? undefined;
  };

  const workingHoursOn = (date: LocalDate): WorkingHours | undefined => {
    const off = dayOffOn(date);
    if (off?.whole) return undefined;
    const end = off?.from && minutesOf(off.from) < minutesOf(window.end) ? off.from : window.end;
    return minutesOf(end) > minutesOf(window.start) ? { start: window.start, end } : undefined;
  };

  const locals = new Map<number, LocalInstant>();
  const localInstantOf = (epochMs: number): LocalInstant => {
    let local = locals.get(epochMs);
    if (!local) {
      const dt = DateTime.fromMillis(epochMs, { zone });
      local = Object.freeze({
        date: Object.freeze({ year: dt.year, month: dt.month, day: dt.day }),
        clockMs: ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000 + dt.millisecond,
      });
      if (locals.size >= MAX_REMEMBERED) locals.clear();
      locals.set(epochMs, local);
    }
    return local;
  };

  const instants = new Map<string, number>();
  const instantOf = (date: LocalDate, clockMs: number): number => {
    const key = `${dateKey(date)}+${clockMs}`;
    let ms = instants.get(key);
    if (ms === undefined) {
      const hour = Math.floor(clockMs / 3_600_000);
      const minute = Math.floor(clockMs / 60_000) % 60;
      const second = Math.floor(clockMs / 1000) % 60;
      ms = DateTime.fromObject({ ...date, hour, minute, second, millisecond: clockMs % 1000 }, { zone }).toMillis();
      if (instants.size >= MAX_REMEMBERED) instants.clear();
      instants.set(key, ms);
    }
    return ms;
  };

  return Object.freeze({ zone, window, settings, dayOffOn, workingHoursOn, localInstantOf, instantOf });
}

function employerRules(setting: CalendarSettings['employerDaysOff']): DayRule[] {
  const entries = typeof setting === 'string' ? [setting] : setting;
  const days: EmployerDayOffRule[] = entries.flatMap((entry) => (typeof entry === 'string' ? EMPLOYER_DAY_OFF_PRESETS[entry] : [entry]));
  return days.map((day) => {
    const reason: DayOffReason = day.from
      ? { code: 'employer-day-off', name: day.name, from: parseLocalTime(day.from, 'calendar.employerDaysOff.from') }
      : { code: 'employer-day-off', name: day.name };
    // "12-24" matches every year's 24 December; "2027-05-07" that one date.
    const matches = day.date.length === 5 ? (_: LocalDate, key: string) => key.endsWith(`-${day.date}`) : (_: LocalDate, key: string) => key === day.date;
    return { matches, reason };
  });
}

function closedPeriodRule(period: ClosedPeriodRule): DayRule {
  const reason: DayOffReason = { code: 'closed-period', name: period.name ?? DEFAULT_CLOSED_PERIOD_NAME };
  if (period.weeks !== undefined) {
    const { from, to } = parseWeeks(period.weeks);
    return { reason, matches: (date) => within(isoWeekNumberOf(date), from, to) };
  }
  const from = period.from as string;
  const to = period.to as string;
  if (from.length === 10) return { reason, matches: (_, key) => key >= from && key <= to };
  // Every year from MM-DD to MM-DD; "12-27" to "01-02" runs over New Year.
  return { reason, matches: (_, key) => within(key.slice(5), from, to) };
}

/** `value` in [from, to], or, when from > to, in the range that wraps around (a year's end). */
function within<T extends number | string>(value: T, from: T, to: T): boolean {
  return from <= to ? value >= from && value <= to : value >= from || value <= to;
}
