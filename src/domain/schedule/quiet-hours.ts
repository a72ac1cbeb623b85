/**
 * Quiet hours: nothing the bot sends on its own goes out outside working time. The planner places
 * every due time on working time already; this is the engine's own check at the moment of
 * sending, for what the planner cannot foresee: a retry after a 429 or a 5xx that comes after
 * 16:00, a bot that was down until the evening, a delivery stored before the working calendar.
 *
 * Two kinds are HR's own act of the moment and go at once, whatever the hour: a "session changed"
 * card (the session may be tomorrow morning) and an announcement HR sends now (HR chose the moment;
 * the urgent ones, a gathering cancelled for snow, are the ones sent at odd hours). An announcement
 * with a send time is scheduled, and waits for working time like everything else. Any kind not
 * named here waits too, so a new kind is quiet by default.
 */
import { plusDays } from '../calendar/calendar-dates';
import { nextWorkingTime } from '../calendar/move-to-working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { isWorkingTime } from '../calendar/working-time';

/** What the rule needs to know about a delivery: its kind and, for announcements, the payload flag. */
export interface QuietHoursSubject {
  kind: string;
  payload?: Record<string, unknown>;
}

/** The payload flag an announcement with a send time carries (announcementDeliveries sets it). */
export const SCHEDULED_ANNOUNCEMENT = 'scheduled';

/** True when the delivery may only go out on working time. */
export function waitsForWorkingTime(delivery: QuietHoursSubject): boolean {
  if (delivery.kind === 'session-change') return false;
  if (delivery.kind === 'announcement') return delivery.payload?.[SCHEDULED_ANNOUNCEMENT] === true;
  return true;
}

/**
 * When the delivery may go out, if not now: undefined when it may be sent at `nowMs`, else the
 * moment the next working window opens (a held send goes as soon as work starts, not at the time
 * of day it happened to be held at).
 */
export function heldUntil(calendar: WorkingCalendar, delivery: QuietHoursSubject, nowMs: number): number | undefined {
  if (!waitsForWorkingTime(delivery) || isWorkingTime(calendar, nowMs)) return undefined;
  const { date } = calendar.localInstantOf(nowMs);
  // Midnight is before any window, so the next working time from a midnight is that day's opening.
  const today = nextWorkingTime(calendar, calendar.instantOf(date, 0));
  return today > nowMs ? today : nextWorkingTime(calendar, calendar.instantOf(plusDays(date, 1), 0));
}
