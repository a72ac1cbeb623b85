/**
 * HR's warnings: sessions that fall on a day off, a weekend or in a closed period, or that run
 * into the afternoon of a day off from 12:00. Shown at import, at "flyt session" and in `plan`;
 * the session is kept (unless the import is strict): a warning says what a person should look at,
 * it decides nothing.
 */
import { CodedError } from '../errors';
import { formatDate } from './format-date';
import type { LocalDate } from './local-time';
import type { Language, LocalizedText } from '../programme/model';
import { dateKey, minutesOf, plusDays } from './calendar-dates';
import { bilingual, calendarText, describeReason, formatClock } from './calendar-texts';
import type { DayOff, DayOffReason, WorkingCalendar } from './working-calendar';

/** A session's times as stored (ISO-8601 with an offset), and how to name it to HR. */
export interface SessionTimes {
  id: string;
  start: string;
  end: string;
  /** How the warning names the session ("Fællessamling 2"); the id when left out. */
  label?: LocalizedText;
}

/** What kind of time off the session meets, the most telling reason deciding. */
export type SessionWarningCode = 'day-off' | 'weekend' | 'closed-period' | 'part-day';

export interface SessionWarning {
  sessionId: string;
  code: SessionWarningCode;
  /** The local date concerned, "2026-12-24" (a session over several days can have several). */
  date: string;
  reasons: readonly DayOffReason[];
  /** The warning in both languages, for HR. */
  message: LocalizedText;
}

const DAY_MS = 24 * 3_600_000;

/** Every warning for `sessions`, in the order of the sessions and, within one, of the dates. */
export function sessionWarnings(calendar: WorkingCalendar, sessions: readonly SessionTimes[]): SessionWarning[] {
  return sessions.flatMap((session) => warningsFor(calendar, session));
}

function warningsFor(calendar: WorkingCalendar, session: SessionTimes): SessionWarning[] {
  const startMs = Date.parse(session.start);
  const endMs = Date.parse(session.end);
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
    throw new CodedError('INVALID_DATE', `Session ${session.id}: start and end must be ISO-8601 date-times, got '${session.start}' and '${session.end}'`);
  }
  const start = calendar.localInstantOf(startMs);
  // A session ending at midnight does not touch the next day.
  const end = calendar.localInstantOf(Math.max(startMs, endMs - 1));
  const warnings: SessionWarning[] = [];
  for (let day = start.date; dateKey(day) <= dateKey(end.date); day = plusDays(day, 1)) {
    const off = calendar.dayOffOn(day);
    if (!off) continue;
    const lastDay = dateKey(day) === dateKey(end.date);
    // On a day off from 12:00, only a session still running after 12:00 is a problem.
    const endsOnDayMs = lastDay ? end.clockMs + 1 : DAY_MS;
    if (!off.whole && endsOnDayMs <= minutesOf(off.from!) * 60_000) continue;
    warnings.push(warning(calendar, session, day, off));
  }
  return warnings;
}

function codeOf(off: DayOff): SessionWarningCode {
  if (!off.whole) return 'part-day';
  const top = off.reasons[0].code;
  return top === 'weekend' ? 'weekend' : top === 'closed-period' ? 'closed-period' : 'day-off';
}

function warning(calendar: WorkingCalendar, session: SessionTimes, day: LocalDate, off: DayOff): SessionWarning {
  const code = codeOf(off);
  const noon = new Date(calendar.instantOf(day, 12 * 3_600_000));
  const message = bilingual((language: Language) =>
    calendarText(language, `calendar.warning.${code}`, {
      session: session.label?.[language] ?? `Session ${session.id}`,
      date: formatDate(noon, calendar.zone, language),
      reasons: off.reasons.map((r) => describeReason(r, language)).join('; '),
      from: off.from ? formatClock(off.from, language) : '',
    }),
  );
  return { sessionId: session.id, code, date: dateKey(day), reasons: off.reasons, message };
}
