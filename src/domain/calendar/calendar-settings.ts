/**
 * The working calendar's settings, as written in the config file: one schema for the shape, used
 * by the configuration (config-schema.ts, key `calendar`) and again by createWorkingCalendar, so a
 * calendar built in a test or a command cannot skip the checks the bot's start-up makes.
 *
 * Dates are written the way HR writes them in a spreadsheet: "12-24" for every 24 December,
 * "2027-05-07" for one date; closed periods as a date range, a yearly range ("12-27" to "12-30",
 * which may run over New Year) or ISO week numbers ("29-31", the Danish way of saying which
 * summer weeks a workplace closes).
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { LocalTime } from './local-time';
import { localizedTextSchema } from '../programme/model';
import { isKnownHolidayCountry } from './public-holidays';

/** The employer's days off that can be named instead of listed (employer-day-off-presets.ts). */
export const EMPLOYER_DAY_OFF_PRESET_NAMES = ['municipal-dk', 'none'] as const;
export type EmployerDayOffPreset = (typeof EMPLOYER_DAY_OFF_PRESET_NAMES)[number];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]|24):([0-5]\d)$/;
const WEEKS = /^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?$/;

/** "MM-DD" that exists in some year (29 February included: it applies in leap years only). */
function isMonthDay(text: string): boolean {
  const match = MONTH_DAY.exec(text);
  return match !== null && DateTime.fromObject({ year: 2028, month: Number(match[1]), day: Number(match[2]) }).isValid;
}

function isFullDate(text: string): boolean {
  return FULL_DATE.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}

const dateRule = z
  .string()
  .refine((s) => isMonthDay(s) || isFullDate(s), 'must be a date "YYYY-MM-DD" or, for every year, "MM-DD" (e.g. "12-24")');

const localTime = z.string().regex(HH_MM, 'must be a local time HH:MM, e.g. 12:00');

/** A day the employer gives off: the whole day, or from a time of day to its end. */
export const employerDayOffSchema = z
  .object({
    /** "MM-DD" every year, or "YYYY-MM-DD" once. */
    date: dateRule,
    /** Off from this local time to the end of the day; the whole day when left out. */
    from: localTime.optional(),
    name: localizedTextSchema,
  })
  .strict();
export type EmployerDayOffRule = z.infer<typeof employerDayOffSchema>;

export const DEFAULT_CLOSED_PERIOD_NAME = Object.freeze({ da: 'Lukkeperiode', en: 'Closed period' });

/** A period the workplace is closed: exactly one of from/to (dates) or weeks. Both ends are included. */
export const closedPeriodSchema = z
  .object({
    name: localizedTextSchema.optional(),
    /** First day: "YYYY-MM-DD" once, or "MM-DD" every year (then `to` is "MM-DD" too). */
    from: dateRule.optional(),
    /** Last day, included. */
    to: dateRule.optional(),
    /** ISO week numbers every year: "29-31", or one week "52"; "52-1" runs over New Year. */
    weeks: z.string().regex(WEEKS, 'must be ISO week numbers such as "29-31" or "30"').optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const hasDates = p.from !== undefined || p.to !== undefined;
    if (hasDates === (p.weeks !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either from and to (dates) or weeks, not both and not neither' });
      return;
    }
    if (p.weeks !== undefined) {
      const [, a, b] = WEEKS.exec(p.weeks) ?? [];
      if ([a, b ?? a].some((w) => Number(w) < 1 || Number(w) > 53)) {
        ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'ISO week numbers run from 1 to 53' });
      }
      return;
    }
    if (p.from === undefined || p.to === undefined) {
      ctx.addIssue({ code: 'custom', path: [p.from === undefined ? 'from' : 'to'], message: 'a closed period needs both from and to' });
      return;
    }
    if (FULL_DATE.test(p.from) !== FULL_DATE.test(p.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'from and to must both be "YYYY-MM-DD" (once) or both "MM-DD" (every year)' });
    } else if (FULL_DATE.test(p.from) && p.to < p.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${p.from})` });
    }
  });
export type ClosedPeriodRule = z.infer<typeof closedPeriodSchema>;

const presetName = z.enum(EMPLOYER_DAY_OFF_PRESET_NAMES);

export const calendarSettingsSchema = z
  .object({
    /** Country whose statutory public holidays apply (ISO 3166-1 code known to date-holidays). */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code in capitals, e.g. DK')
      .refine(isKnownHolidayCountry, 'no public holidays are known for this country code')
      .default('DK'),
    /** The employer's own days off: a preset name, or a list of preset names and days. */
    employerDaysOff: z
      .union([presetName, z.array(z.union([presetName, employerDayOffSchema]))], {
        errorMap: () => ({ message: `must be ${EMPLOYER_DAY_OFF_PRESET_NAMES.map((n) => `"${n}"`).join(' or ')}, or a list of those and days { date, from?, name }` }),
      })
      .default('municipal-dk'),
    /** Periods the workplace is closed (juleferie, sommerferie weeks). */
    closedPeriods: z.array(closedPeriodSchema).default([]),
    /** The hours in which the bot may write, local time, Monday to Friday: "08:00–16:00" (the end is not included). */
    workingWindow: z
      .string()
      .regex(WINDOW, 'must be two local times such as "08:00–16:00"')
      .refine((w) => {
        const [, h1, m1, h2, m2] = WINDOW.exec(w) ?? [];
        return Number(h1) * 60 + Number(m1) < Number(h2) * 60 + Number(m2) && Number(h2) * 60 + Number(m2) <= 24 * 60;
      }, 'the window must end after it starts, on the same day')
      .default('08:00–16:00'),
    /** Refuse programme imports with sessions on days off (the default only warns). */
    strict: z.boolean().default(false),
  })
  .strict();

/** The settings after defaults (what a calendar is built from). */
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;
/** The settings as written (every key optional). */
export type CalendarSettingsInput = z.input<typeof calendarSettingsSchema>;

/** Splits a validated working window into its two times. */
export function parseWorkingWindow(window: string): { start: LocalTime; end: LocalTime } {
  const [, h1, m1, h2, m2] = WINDOW.exec(window) ?? [];
  return { start: { hour: Number(h1), minute: Number(m1) }, end: { hour: Number(h2), minute: Number(m2) } };
}

/** Splits a validated `weeks` value into its first and last week. */
export function parseWeeks(weeks: string): { from: number; to: number } {
  const [, a, b] = WEEKS.exec(weeks) ?? [];
  return { from: Number(a), to: Number(b ?? a) };
}
