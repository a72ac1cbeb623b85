/**
 * When a session's deliveries fall due. A due time depends on the session and, for reminders, on
 * the participant's level, never on the participant themself; so it is worked out once per session
 * (a "slot") and then handed to every participant in the audience.
 *
 * Every due time is placed on the working calendar: a delivery never falls due on a day off or
 * outside the working window. What moved, and why, is kept on the slot, so `plan` can show it and
 * the counts can be measured.
 */
import type { DeliveryKind, DeliveryPlacement } from './delivery';
import { addDays, addWeekdays, atLocalTime, localDateOf, plusInZone, shiftDate } from '../calendar/local-time';
import { placeDelivery, placeReminder, type Placement } from '../calendar/place-delivery';
import { addWorkingDays } from '../calendar/working-days';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { whyNotWorking } from '../calendar/working-time';
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
  /** Set when the working calendar moved or dropped it. */
  placement?: DeliveryPlacement;
}

/**
 * True when some delivery of the session could fall due in `span`, using millisecond arithmetic
 * only. The bounds are generous on purpose (two days of slack for the send time and a change of
 * daylight saving time, plus `daysOffRun`, the longest run of days off the working calendar can
 * move a due time over): a session let through needlessly costs a few date computations, a
 * session wrongly left out would lose deliveries.
 */
export function mayFallDueIn(startMs: number, endMs: number, settings: ResolvedSettings, daysOffRun: number, span: Span): boolean {
  // A reminder is due before the start, at most the largest offset (plus the send time and a run
  // of days off it moves back over) earlier.
  const reminderFrom = startMs - (settings.maxReminderDays + 2 + daysOffRun) * DAY_MS;
  if (reminderFrom < span.toMs && startMs > span.fromMs) return true;
  // Each of n working days is at most a run of days off plus one day away; the prompt may then be
  // moved over one more run, and the nudge comes `afterDays` later and may be moved too.
  const { afterWorkingDays } = settings.reflection;
  const perDay = daysOffRun + 1;
  const afterFrom = endMs - 2 * DAY_MS;
  const afterTo = endMs + ((afterWorkingDays + 1) * perDay + settings.nudge.afterDays + perDay + 4) * DAY_MS;
  return afterFrom < span.toMs && afterTo >= span.fromMs;
}

function slot(kind: Slot['kind'], dueMs: number, expiresMs: number, extra: Partial<Slot> = {}): Slot {
  const made: Slot = { kind, dueMs, dueAt: new Date(dueMs).toISOString(), expiresAt: new Date(expiresMs).toISOString(), ...extra };
  if (made.placement === undefined) delete made.placement;
  return made;
}

/** The placement to record for a delivery the calendar moved; undefined when it is on time. */
function movedBy(placed: Placement): DeliveryPlacement | undefined {
  if (placed.outcome === 'on-time') return undefined;
  return {
    outcome: placed.outcome,
    originalDueAt: new Date(placed.originalMs).toISOString(),
    ...(placed.reason ? { reason: placed.reason.code } : {}),
    ...(placed.outcome === 'dropped' ? { drop: placed.drop } : {}),
  };
}

/**
 * Every due time of the session, in the calendar's zone (the programme's):
 * - a reminder per level rule and offset: the local date of the start minus the offset, at the
 *   rule's send time; not when that is at or after the start (a "P0D" at 09:00 for a session at
 *   08:30), because a reminder after the start is no reminder. Placed with placeReminder: it never
 *   moves past its session, it moves earlier instead, but never onto or before the rule's previous
 *   (longer) reminder; when it cannot be placed it is dropped: due at its original time, expired
 *   at once, so it is recorded with its reason and never sent. It expires at the start.
 * - the reflection prompt: n working days after the local date of the end, at its send time, then
 *   placed (a half day's afternoon, a send time outside the window); it expires `expiresAfter`
 *   after the placed time. Not when it would come before the session has ended (only possible
 *   with 0 working days and an early send time).
 * - the nudge: `afterDays` calendar days after the placed prompt's date, at its send time, then
 *   placed; it expires a week later. Only when it comes after the prompt.
 */
export function slotsOf(session: Session, settings: ResolvedSettings, calendar: WorkingCalendar): Slot[] {
  const zone = calendar.zone;
  const startMs = Date.parse(session.start);
  const endMs = Date.parse(session.end);
  const slots: Slot[] = [];

  const startDate = localDateOf(startMs, zone);
  for (const rule of settings.reminderRules) {
    const due = rule.offsets
      .map((offset) => ({ offset: offset.text, dueMs: atLocalTime(shiftDate(startDate, offset.duration, -1), rule.sendAt, zone) }))
      .filter((r) => r.dueMs < startMs)
      .sort((a, b) => a.dueMs - b.dueMs);
    // The longest offset is placed first; each later one must come strictly after it.
    let previousMs: number | undefined;
    for (const { offset, dueMs } of due) {
      const extra = { offset, levels: rule.levels };
      const placed = placeReminder(calendar, { dueMs, sessionStartMs: startMs, notBeforeMs: previousMs === undefined ? undefined : previousMs + 1 });
      if (placed.outcome === 'dropped') {
        slots.push(slot('reminder', dueMs, dueMs, { ...extra, placement: movedBy(placed) }));
        continue;
      }
      if (previousMs !== undefined && placed.dueMs <= previousMs) {
        // The earlier reminder was moved later onto this one's time: one reminder is enough.
        const reason = whyNotWorking(calendar, dueMs)?.code;
        const placement: DeliveryPlacement = { outcome: 'dropped', originalDueAt: new Date(dueMs).toISOString(), drop: 'coincides-with-earlier-reminder', ...(reason ? { reason } : {}) };
        slots.push(slot('reminder', dueMs, dueMs, { ...extra, placement }));
        continue;
      }
      previousMs = placed.dueMs;
      slots.push(slot('reminder', placed.dueMs, startMs, { ...extra, placement: movedBy(placed) }));
    }
  }

  const { reflection, nudge } = settings;
  const endDate = localDateOf(endMs, zone);
  const prompt = placeDelivery(calendar, atLocalTime(addWorkingDays(calendar, endDate, reflection.afterWorkingDays), reflection.sendAt, zone));
  if (prompt.dueMs < endMs) return slots;
  // "The next working day" is the rule, so a prompt is only counted as moved against the ordinary
  // calendar: where it would have been without the working calendar (the next weekday).
  const ordinaryMs = atLocalTime(addWeekdays(endDate, reflection.afterWorkingDays), reflection.sendAt, zone);
  const promptReason = whyNotWorking(calendar, ordinaryMs)?.code;
  const promptPlacement: DeliveryPlacement | undefined =
    prompt.dueMs === ordinaryMs ? undefined : { outcome: 'moved-later', originalDueAt: new Date(ordinaryMs).toISOString(), ...(promptReason ? { reason: promptReason } : {}) };
  slots.push(slot('reflection', prompt.dueMs, plusInZone(prompt.dueMs, reflection.expiresAfter, zone), { placement: promptPlacement }));

  const nudgeDate = addDays(localDateOf(prompt.dueMs, zone), nudge.afterDays);
  const nudged = placeDelivery(calendar, atLocalTime(nudgeDate, nudge.sendAt, zone));
  if (nudged.dueMs > prompt.dueMs) {
    slots.push(slot('nudge', nudged.dueMs, plusInZone(nudged.dueMs, nudge.expiresAfter, zone), { placement: movedBy(nudged) }));
  }
  return slots;
}
