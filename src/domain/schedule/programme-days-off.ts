/**
 * How far the working calendar can move a due time of this programme: the longest run of days
 * without working time from shortly before its first reminder to shortly after its last nudge.
 * The planner widens its coarse millisecond bounds by this much, so a prompt moved over juleferie
 * is not filtered out before it is placed.
 */
import { localDateOf } from '../calendar/local-time';
import { plusDays } from '../calendar/calendar-dates';
import { longestDaysOffRun } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Programme } from '../programme/model';
import type { ResolvedSettings } from './proactive-settings';

/** Days added on both sides of the programme's sessions: reminders before, prompts and nudges after. */
const MARGIN_DAYS = 60;
// A planner tick asks every minute about the same programme: the answer is kept per calendar and range.
const remembered = new WeakMap<WorkingCalendar, Map<string, number>>();

/** The longest run of days off that can lie between a session of `programme` and one of its due times. */
export function programmeDaysOffRun(calendar: WorkingCalendar, programme: Programme, settings: ResolvedSettings): number {
  if (programme.sessions.length === 0) return 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (const session of programme.sessions) {
    firstMs = Math.min(firstMs, Date.parse(session.start));
    lastMs = Math.max(lastMs, Date.parse(session.end));
  }
  const from = plusDays(localDateOf(firstMs, calendar.zone), -(settings.maxReminderDays + MARGIN_DAYS));
  const to = plusDays(localDateOf(lastMs, calendar.zone), MARGIN_DAYS + settings.nudge.afterDays);
  const key = `${from.year}-${from.month}-${from.day}|${to.year}-${to.month}-${to.day}`;
  let byRange = remembered.get(calendar);
  if (!byRange) {
    byRange = new Map();
    remembered.set(calendar, byRange);
  }
  let run = byRange.get(key);
  if (run === undefined) {
    run = longestDaysOffRun(calendar, from, to);
    byRange.set(key, run);
  }
  return run;
}
