/**
 * When a session's deliveries fall due. A due time depends on the session and, for reminders, on
 * the participant's level, never on the participant themself; so it is worked out once per session
 * (a "slot") and then handed to every participant in the audience.
 */
import type { DeliveryKind } from './delivery';
import {
  addDays,
  addWorkingDays,
  atLocalTime,
  localDateOf,
  plusInZone,
  shiftDate,
} from '../calendar/local-time';
import type { Level, Session } from '../programme/model';
import type { ResolvedSettings } from './proactive-settings';

const DAY_MS = 86_400_000;

/** A half-open span of instants [fromMs, toMs) in epoch milliseconds. */
export interface Span {
  fromMs: number;
  toMs: number;
}

/** One due time of a session, shared by every participant it applies to. */
export interface Slot {
  kind: Extract<DeliveryKind, 'reminder' | 'reflection' | 'nudge'>;
  /** Reminders only: the offset as written in the settings (part of the key). */
  offset?: string;
  /** Reminders only: the levels whose settings produce this slot. */
  levels?: readonly Level[];
  dueMs: number;
  dueAt: string;
  expiresAt: string;
}

/**
 * True when some delivery of the session could fall due in `span`, using millisecond arithmetic
 * only. The bounds are generous on purpose (two days of slack for the send time and a change of
 * daylight saving time): a session let through needlessly costs a few date computations, a
 * session wrongly left out would lose deliveries.
 */
export function mayFallDueIn(startMs: number, endMs: number, settings: ResolvedSettings, span: Span): boolean {
  // A reminder is due before the start, at most the largest offset (plus the send time) earlier.
  const reminderFrom = startMs - (settings.maxReminderDays + 2) * DAY_MS;
  if (reminderFrom < span.toMs && startMs > span.fromMs) return true;
  // n working days span at most 2n + 4 calendar days (weekends included); the nudge comes after.
  const { afterWorkingDays } = settings.reflection;
  const afterFrom = endMs - 2 * DAY_MS;
  const afterTo = endMs + (2 * afterWorkingDays + 4 + settings.nudge.afterDays + 4) * DAY_MS;
  return afterFrom < span.toMs && afterTo >= span.fromMs;
}

function slot(kind: Slot['kind'], dueMs: number, expiresMs: number, extra: Partial<Slot> = {}): Slot {
  return { kind, dueMs, dueAt: new Date(dueMs).toISOString(), expiresAt: new Date(expiresMs).toISOString(), ...extra };
}

/**
 * Every due time of the session, in the programme's zone:
 * - a reminder per level rule and offset: the local date of the start minus the offset, at the
 *   rule's send time; not when that is at or after the start (a "P0D" at 09:00 for a session at
 *   08:30), because a reminder after the start is no reminder. It expires at the start.
 * - the reflection prompt: n working days after the local date of the end, at its send time; it
 *   expires `expiresAfter` later. Not when it would come before the session has ended (only
 *   possible with 0 working days and an early send time).
 * - the nudge: `afterDays` calendar days after the prompt's date, at its send time; it expires a
 *   week later. Only when it comes after the prompt, and only where there is a prompt.
 */
export function slotsOf(session: Session, settings: ResolvedSettings, zone: string): Slot[] {
  const startMs = Date.parse(session.start);
  const endMs = Date.parse(session.end);
  const slots: Slot[] = [];

  const startDate = localDateOf(startMs, zone);
  for (const rule of settings.reminderRules) {
    for (const offset of rule.offsets) {
      const dueMs = atLocalTime(shiftDate(startDate, offset.duration, -1), rule.sendAt, zone);
      if (dueMs >= startMs) continue;
      slots.push(slot('reminder', dueMs, startMs, { offset: offset.text, levels: rule.levels }));
    }
  }

  const { reflection, nudge } = settings;
  const promptDate = addWorkingDays(localDateOf(endMs, zone), reflection.afterWorkingDays);
  const promptMs = atLocalTime(promptDate, reflection.sendAt, zone);
  if (promptMs < endMs) return slots;
  slots.push(slot('reflection', promptMs, plusInZone(promptMs, reflection.expiresAfter, zone)));

  const nudgeMs = atLocalTime(addDays(promptDate, nudge.afterDays), nudge.sendAt, zone);
  if (nudgeMs > promptMs) slots.push(slot('nudge', nudgeMs, plusInZone(nudgeMs, nudge.expiresAfter, zone)));
  return slots;
}
