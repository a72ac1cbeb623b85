import { Duration } from 'luxon';
import type { ProactiveSettings } from '../domain/schedule/delivery';
import { planDueDeliveries } from '../domain/schedule/plan-deliveries';
import type { Store } from '../store/store';

export interface EnqueueReport {
  planned: number;
  added: number;
}

/**
 * One planning step: asks the pure planner what is due at `now` and adds it to the outbox. The
 * outbox ignores keys it already has, so two replicas planning at once add each delivery once.
 */
export async function enqueueDueDeliveries(store: Store, settings: ProactiveSettings, now: Date): Promise<EnqueueReport> {
  // A day more than the planner's look-back, so every key it could plan again is known.
  const lookbackMs = Duration.fromISO(settings.lookback).plus({ days: 1 }).toMillis();
  const [programme, known, paused, answered] = await Promise.all([
    store.getProgramme(),
    store.deliveryKeysSince(new Date(now.getTime() - lookbackMs)),
    store.pausedParticipants(),
    store.answeredPromptKeys(),
  ]);
  const planned = planDueDeliveries({ programme, settings, known, paused, answered }, now);
  const added = planned.length ? await store.enqueueDeliveries(planned, now) : 0;
  return { planned: planned.length, added };
}
