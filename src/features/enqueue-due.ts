import { Duration } from 'luxon';
import type { PlannedDelivery, ProactiveSettings } from '../domain/schedule/delivery';
import { planDueDeliveries } from '../domain/schedule/plan-deliveries';
import type { WorkingCalendars } from '../config/working-calendars';
import type { Store } from '../store/store';

export interface EnqueueReport {
  planned: number;
  added: number;
  /** Reminders the working calendar dropped (no working time before their session), recorded as skipped. */
  dropped: number;
}

/**
 * One planning step: asks the pure planner what is due at `now` and adds it to the outbox. The
 * outbox ignores keys it already has, so two replicas planning at once add each delivery once.
 * A reminder the working calendar dropped is added too and recorded as skipped at once, with the
 * reason, so HR can see in the delivery export why it never came (and it is never planned again).
 */
export async function enqueueDueDeliveries(store: Store, settings: ProactiveSettings, calendars: WorkingCalendars, now: Date): Promise<EnqueueReport> {
  // A day more than the planner's look-back, so every key it could plan again is known.
  const lookbackMs = Duration.fromISO(settings.lookback).plus({ days: 1 }).toMillis();
  const [programme, known, paused, answered] = await Promise.all([
    store.getProgramme(),
    store.deliveryKeysSince(new Date(now.getTime() - lookbackMs)),
    store.pausedParticipants(),
    store.answeredPromptKeys(),
  ]);
  const planned = planDueDeliveries({ programme, settings, known, paused, answered, calendar: calendars(programme.timeZone) }, now);
  const added = planned.length ? await store.enqueueDeliveries(planned, now) : 0;
  const dropped = planned.filter((d) => d.placement?.outcome === 'dropped');
  // A dropped reminder expired when it fell due, so even unrecorded it could never be sent.
  for (const d of dropped) await store.recordDeliveryOutcome(d.key, { status: 'skipped', reason: dropReason(d) }, now);
  return { planned: planned.length, added, dropped: dropped.length };
}

/** "dropped:no-working-time-before-session (closed-period)": what a person reads in the delivery export. */
function dropReason(delivery: PlannedDelivery): string {
  const { drop, reason } = delivery.placement ?? {};
  return `dropped:${drop ?? 'unknown'}${reason ? ` (${reason})` : ''}`;
}
