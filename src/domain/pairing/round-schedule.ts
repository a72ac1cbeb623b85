/**
 * When rounds of sparring partners happen: every `everyWeeks` weeks after the last round sent,
 * never on a day off (the working calendar decides), and when the intro and follow-up cards go out
 * on that schedule. Pure: today and the calendar are passed in.
 */
import { dateKey, plusDays } from '../calendar/calendar-dates';
import { parseLocalTime, type LocalDate } from '../calendar/local-time';
import { nextWorkingTime } from '../calendar/move-to-working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { isWorkingDay, nextWorkingDay } from '../calendar/working-days';

/** HR's schedule for rounds (config `pairing`). */
export interface RoundSchedule {
  /** Weeks between rounds. */
  readonly everyWeeks: number;
  /** Days after the intro card that the follow-up card ("did you meet?") goes out. */
  readonly followUpAfterDays: number;
  /** Local time "HH:MM" at which the cards go out. */
  readonly sendAt: string;
}

/** "2027-03-02" as a LocalDate. */
export function localDateOf(date: string): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** `date` itself when it is a working day, else the first working day after it. */
export function onWorkingDay(calendar: WorkingCalendar, date: string): string {
  const day = localDateOf(date);
  return dateKey(isWorkingDay(calendar, day) ? day : nextWorkingDay(calendar, day));
}

/**
 * The day of the next round (YYYY-MM-DD): `everyWeeks` weeks after the last round sent, or today
 * when that day has passed or no round was sent yet; moved to the next working day when it is a
 * day off (a holiday, a weekend, a closed period).
 */
export function nextRoundDate(calendar: WorkingCalendar, today: string, schedule: Pick<RoundSchedule, 'everyWeeks'>, lastRoundDate?: string): string {
  const due = lastRoundDate ? dateKey(plusDays(localDateOf(lastRoundDate), schedule.everyWeeks * 7)) : today;
  return onWorkingDay(calendar, due < today ? today : due);
}

/**
 * When a round's cards go out: the intro on the round's day at `sendAt` (or now, if that is past),
 * the follow-up `followUpAfterDays` later; both moved into working time, so never on a day off.
 */
export function roundSendTimes(calendar: WorkingCalendar, date: string, schedule: RoundSchedule, nowMs: number): { introAt: number; followUpAt: number } {
  const sendAt = parseLocalTime(schedule.sendAt, 'pairing.sendAt');
  const clockMs = (sendAt.hour * 60 + sendAt.minute) * 60_000;
  const planned = calendar.instantOf(localDateOf(date), clockMs);
  const introAt = nextWorkingTime(calendar, Math.max(planned, nowMs));
  const introDay = calendar.localInstantOf(introAt).date;
  const followUpAt = nextWorkingTime(calendar, calendar.instantOf(plusDays(introDay, schedule.followUpAfterDays), clockMs));
  return { introAt, followUpAt };
}
