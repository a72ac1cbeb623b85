/**
 * When an announcement with a send time goes out. A send time is a schedule, and what the bot
 * sends on a schedule goes out on working time: a time on a day off or outside the working window
 * moves to the next working time (same local time where the day allows). An announcement without
 * a send time, or with one already past, is sent now: that is HR's own choice of moment.
 */
import { placeDelivery } from '../calendar/place-delivery';
import type { WorkingCalendar } from '../calendar/working-calendar';

/** The send time to keep (an ISO instant on working time), or undefined when it goes out now. */
export function scheduledSendAt(calendar: WorkingCalendar, sendAt: string | undefined, now: Date): string | undefined {
  if (sendAt === undefined || Date.parse(sendAt) <= now.getTime()) return undefined;
  const placed = placeDelivery(calendar, Date.parse(sendAt));
  return placed.outcome === 'on-time' ? sendAt : new Date(placed.dueMs).toISOString();
}
