/**
 * The one date formatter of the project. Every date or time a leader reads goes through here,
 * always in the programme's time zone, never in the server's: the bot may run in a data centre
 * on UTC while a session at 09:00 in Copenhagen must read 09.00 all year round.
 *
 * Danish follows Danish usage ("torsdag den 4. marts kl. 09.00", a full stop between hours and
 * minutes); English reads "Thursday 4 March at 09:00". The year is added only when it is not the
 * year of `now`, because "4. marts" is what people say about this year's dates.
 */
import { DateTime } from 'luxon';
import { CodedError } from '../errors';
import { zoneNamed } from './cached-zone';
import type { Language } from '../programme/model';

/** The zone used when a programme does not name one. */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** An instant: an ISO-8601 string with an offset (as stored) or a Date. */
export type Instant = string | Date;

// Names are spelled out here rather than taken from Intl, so the words do not depend on which
// ICU data the Node build ships (small-icu builds fall back to English or to "M03").
const WEEKDAYS: Record<Language, readonly string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Language, readonly string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * The instant as a luxon DateTime in `zone`. Throws a CodedError naming the bad value, so a
 * typo in a programme file's time zone is found at once instead of printing "Invalid DateTime".
 */
export function inZone(instant: Instant, zone: string = DEFAULT_TIME_ZONE): DateTime {
  const inThatZone = { zone: zoneNamed(zone) };
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, inThatZone) : DateTime.fromJSDate(instant, inThatZone);
  if (!dt.isValid) {
    const what = dt.invalidReason === 'unsupported zone' ? `time zone '${zone}'` : `date-time '${String(instant)}'`;
    throw new CodedError('INVALID_DATE', `Cannot show the ${what}: ${dt.invalidExplanation ?? dt.invalidReason}`);
  }
  return dt;
}

function datePart(dt: DateTime, language: Language, withYear: boolean): string {
  const weekday = WEEKDAYS[language][dt.weekday - 1];
  const month = MONTHS[language][dt.month - 1];
  const year = withYear ? ` ${dt.year}` : '';
  return language === 'da' ? `${weekday} den ${dt.day}. ${month}${year}` : `${weekday} ${dt.day} ${month}${year}`;
}

function timePart(dt: DateTime, language: Language): string {
  return dt.toFormat(language === 'da' ? 'HH.mm' : 'HH:mm');
}

/** Without a reference instant we cannot know which year is "this year", so the year is shown. */
function needsYear(dt: DateTime, now: Date | undefined, zone: string): boolean {
  return now === undefined || inZone(now, zone).year !== dt.year;
}

/**
 * "torsdag den 4. marts" / "Thursday 4 March", with the year when it is not now's year (or
 * when no `now` is given).
 */
export function formatDate(instant: Instant, zone: string = DEFAULT_TIME_ZONE, language: Language, now?: Date): string {
  const dt = inZone(instant, zone);
  return datePart(dt, language, needsYear(dt, now, zone));
}

/** "09.00" / "09:00": the wall-clock time in `zone`, 24-hour. */
export function formatTime(instant: Instant, zone: string = DEFAULT_TIME_ZONE, language: Language): string {
  return timePart(inZone(instant, zone), language);
}

/**
 * "torsdag den 4. marts kl. 09.00" / "Thursday 4 March at 09:00", with the year when it is not
 * now's year ("torsdag den 4. marts 2027 kl. 09.00").
 */
export function formatDateTime(instant: Instant, zone: string = DEFAULT_TIME_ZONE, language: Language, now?: Date): string {
  const dt = inZone(instant, zone);
  const date = datePart(dt, language, needsYear(dt, now, zone));
  return language === 'da' ? `${date} kl. ${timePart(dt, 'da')}` : `${date} at ${timePart(dt, 'en')}`;
}

/**
 * When a session is: "torsdag den 4. marts kl. 09.00–15.30" / "Thursday 4 March, 09:00–15:30".
 * A session that ends on another local day shows both dates
 * ("torsdag den 4. marts kl. 09.00 – fredag den 5. marts kl. 15.30").
 */
export function formatSessionTime(
  start: Instant,
  end: Instant,
  zone: string = DEFAULT_TIME_ZONE,
  language: Language,
  now?: Date,
): string {
  const from = inZone(start, zone);
  const to = inZone(end, zone);
  const fromDate = datePart(from, language, needsYear(from, now, zone));
  const sep = language === 'da' ? ' kl. ' : ', ';
  // Both are in the same zone, so the same local day is the same date; luxon's hasSame would
  // convert and round both again, a measurable part of every session answer.
  if (from.year === to.year && from.month === to.month && from.day === to.day) return `${fromDate}${sep}${timePart(from, language)}–${timePart(to, language)}`;
  const toDate = datePart(to, language, needsYear(to, now, zone));
  return `${fromDate}${sep}${timePart(from, language)} – ${toDate}${sep}${timePart(to, language)}`;
}

/**
 * How many calendar days from `now` to `instant` in `zone`: 0 today, 1 tomorrow, -1 yesterday.
 * Counted on local dates, not in 24-hour blocks, so a session at 09:00 tomorrow is "tomorrow"
 * when asked at 23:30 today, and a DST night (23 or 25 hours) is still one day.
 */
export function calendarDaysBetween(now: Date, instant: Instant, zone: string = DEFAULT_TIME_ZONE): number {
  const a = inZone(now, zone);
  const b = inZone(instant, zone);
  const dayNumber = (dt: DateTime) => Date.UTC(dt.year, dt.month - 1, dt.day) / 86_400_000;
  return dayNumber(b) - dayNumber(a);
}

/**
 * "i dag" / "today", "i morgen" / "tomorrow", "om 5 dage" / "in 5 days", and for the past
 * "i går" / "yesterday", "for 3 dage siden" / "3 days ago". Calendar days in `zone`.
 */
export function formatRelativeDays(start: Instant, now: Date, zone: string = DEFAULT_TIME_ZONE, language: Language): string {
  const days = calendarDaysBetween(now, start, zone);
  if (language === 'da') {
    if (days === 0) return 'i dag';
    if (days === 1) return 'i morgen';
    if (days === -1) return 'i går';
    return days > 0 ? `om ${days} dage` : `for ${-days} dage siden`;
  }
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
