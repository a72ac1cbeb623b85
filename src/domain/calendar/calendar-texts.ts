/**
 * What the working calendar says to people (HR's warnings, the names of reasons), in Danish and
 * English. Times go through the project's one formatter, so 12:00 reads "12.00" in Danish.
 */
import { formatTime } from './format-date';
import type { LocalTime } from './local-time';
import type { Language, LocalizedText } from '../programme/model';
import type { DayOffReason, WorkingCalendar } from './working-calendar';

export const CALENDAR_TEXTS = {
  'calendar.window': { da: 'arbejdstiden {start}–{end}', en: 'working hours {start}–{end}' },
  'calendar.reason.public-holiday': { da: '{name}, helligdag', en: '{name}, public holiday' },
  'calendar.reason.employer-day-off': { da: '{name}, særlig fridag', en: "{name}, the employer's day off" },
  'calendar.reason.closed-period': { da: '{name}, lukkeperiode', en: '{name}, closed period' },
  'calendar.reason.weekend': { da: 'weekend', en: 'weekend' },
  'calendar.warning.day-off': {
    da: '{session} ligger på en fridag: {date} ({reasons}).',
    en: '{session} falls on a day off: {date} ({reasons}).',
  },
  'calendar.warning.weekend': { da: '{session} ligger i en weekend: {date}.', en: '{session} falls on a weekend: {date}.' },
  'calendar.warning.closed-period': {
    da: '{session} ligger i en lukkeperiode: {date} ({reasons}).',
    en: '{session} falls in a closed period: {date} ({reasons}).',
  },
  'calendar.warning.part-day': {
    da: '{session} rækker ind i fritiden: {date} er der fri fra kl. {from} ({reasons}).',
    en: '{session} runs into time off: on {date} work ends at {from} ({reasons}).',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type CalendarTextKey = keyof typeof CALENDAR_TEXTS;

/** The text for `key` in `language` with {placeholders} filled (as plain text). */
export function calendarText(language: Language, key: CalendarTextKey, values: Record<string, string> = {}): string {
  return CALENDAR_TEXTS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Both languages of one text. */
export function bilingual(make: (language: Language) => string): LocalizedText {
  return { da: make('da'), en: make('en') };
}

/** A wall-clock time as the formatter shows it: "12.00" / "12:00". */
export function formatClock(time: LocalTime, language: Language): string {
  // Any date in UTC shows the wall time as given; the date itself is never shown.
  return formatTime(new Date(Date.UTC(2000, 0, 3, time.hour, time.minute)), 'UTC', language);
}

/** "arbejdstiden 08.00–16.00" / "working hours 08:00–16:00". */
export function workingWindowName(calendar: WorkingCalendar): LocalizedText {
  const { start, end } = calendar.window;
  return bilingual((language) =>
    calendarText(language, 'calendar.window', { start: formatClock(start, language), end: endClock(end, language) }),
  );
}

/** "Juledag, helligdag" / "Christmas Day, public holiday"; "weekend". */
export function describeReason(reason: DayOffReason, language: Language): string {
  return calendarText(language, `calendar.reason.${reason.code}`, { name: reason.name[language] });
}

// 24:00 as the end of a window is midnight, which the formatter would show as 00.00.
function endClock(end: LocalTime, language: Language): string {
  return end.hour === 24 ? (language === 'da' ? '24.00' : '24:00') : formatClock(end, language);
}
