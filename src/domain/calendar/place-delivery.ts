/**
 * Where a proactive message goes on the working calendar. Every proactive message is due on
 * working time only: one due on a day off or outside the working window moves to the next working
 * time (same local time where it fits). A reminder is the exception that may move earlier: it
 * never moves past its session, so when the next working time is not before the session starts,
 * it moves back to the last working time before its due time, or is dropped when there is none.
 *
 * The outcome is data (a code, the original time and the reason) so the planner can count and
 * record what moved and what was dropped, and HR can see why.
 */
import { nextWorkingTime, previousWorkingTime } from './move-to-working-time';
import type { WorkingCalendar } from './working-calendar';
import { whyNotWorking, type NotWorkingReason } from './working-time';

/** Why a reminder was dropped. */
export type DropCode =
  /** The reminder's own due time was already at or after the session's start. */
  | 'due-after-session-start'
  /** No working time between the earliest allowed time and the session's start. */
  | 'no-working-time-before-session';

export type Placement =
  | { outcome: 'on-time'; dueMs: number }
  | { outcome: 'moved-later' | 'moved-earlier'; dueMs: number; originalMs: number; reason: NotWorkingReason }
  | { outcome: 'dropped'; originalMs: number; drop: DropCode; reason?: NotWorkingReason };

export type PlacementOutcome = Placement['outcome'];

/** A placement that found a time (every placement but a dropped reminder). */
export type PlacedTime = Exclude<Placement, { outcome: 'dropped' }>;

/**
 * Reflection prompts, nudges, digests, pairing rounds: due at `dueMs`, or at the next working time
 * when `dueMs` is not working time. Never earlier than `dueMs`.
 */
export function placeDelivery(calendar: WorkingCalendar, dueMs: number): PlacedTime {
  const reason = whyNotWorking(calendar, dueMs);
  if (!reason) return { outcome: 'on-time', dueMs };
  return { outcome: 'moved-later', dueMs: nextWorkingTime(calendar, dueMs), originalMs: dueMs, reason };
}

export interface ReminderTimes {
  /** When the reminder would be due on an ordinary calendar. */
  dueMs: number;
  /** The session's start: the reminder must come strictly before it. */
  sessionStartMs: number;
  /**
   * The earliest the reminder may move back to (for example the time of the session's earlier
   * reminder, so a "1 day before" never overtakes a "7 days before"). No bound when left out.
   */
  notBeforeMs?: number;
}

/**
 * A reminder: on time when `dueMs` is working time; else at the next working time if that is still
 * before the session starts; else at the last working time before `dueMs` (same local time where
 * it fits) if that is not before `notBeforeMs`; else dropped.
 */
export function placeReminder(calendar: WorkingCalendar, { dueMs, sessionStartMs, notBeforeMs }: ReminderTimes): Placement {
  if (dueMs >= sessionStartMs) return { outcome: 'dropped', originalMs: dueMs, drop: 'due-after-session-start' };
  const reason = whyNotWorking(calendar, dueMs);
  if (!reason) return { outcome: 'on-time', dueMs };
  const later = nextWorkingTime(calendar, dueMs);
  if (later < sessionStartMs) return { outcome: 'moved-later', dueMs: later, originalMs: dueMs, reason };
  const earlier = previousWorkingTime(calendar, dueMs, notBeforeMs);
  if (earlier !== undefined) return { outcome: 'moved-earlier', dueMs: earlier, originalMs: dueMs, reason };
  return { outcome: 'dropped', originalMs: dueMs, drop: 'no-working-time-before-session', reason };
}
