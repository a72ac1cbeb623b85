import { Cron } from 'croner';
import { placeDelivery } from '../domain/calendar/place-delivery';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { digestRecipients } from '../domain/digest/digest-recipients';
import { digestKey } from '../domain/schedule/delivery-keys';
import type { Programme } from '../domain/programme/model';
import type { NewDelivery } from '../store/outbox-changes';

/** How long after its (placed) time a digest is still worth sending (a bot down all Monday still sends it on Tuesday). */
const DIGEST_VALID_MS = 2 * 24 * 3600_000;
/**
 * How many scheduled runs back the search looks. A weekly schedule needs one or two; a schedule
 * of every few minutes would need more to reach back over a weekend, which no digest uses.
 */
const RUNS_LOOKED_AT = 60;

/** A scheduled digest run and when it falls due on the working calendar. */
export interface DigestRun {
  /** When the schedule (`digest.cron`) says. */
  scheduled: Date;
  /** The same, or the next working time when that is not working time (2. påskedag moves Monday's digest to Tuesday). */
  due: Date;
}

/**
 * The most recent scheduled digest run that is due at or before `now` on the working calendar,
 * and still worth sending (within two days of its due time). A run on a day off or outside the
 * working window falls due at the next working time, same local time where the day allows.
 */
export function lastDigestRun(cron: string, calendar: WorkingCalendar, now: Date): DigestRun | undefined {
  const job = new Cron(cron, { timezone: calendar.zone, paused: true });
  // previousRuns leaves out a run exactly at the reference, so look from just after now.
  const runs = job.previousRuns(RUNS_LOOKED_AT, new Date(now.getTime() + 1));
  job.stop();
  for (const scheduled of runs) {
    // Placing keeps the order of runs, so the first one due by now is the latest.
    const dueMs = placeDelivery(calendar, scheduled.getTime()).dueMs;
    if (dueMs > now.getTime()) continue;
    return now.getTime() < dueMs + DIGEST_VALID_MS ? { scheduled, due: new Date(dueMs) } : undefined;
  }
  return undefined;
}

/**
 * The digests due at `now`: one per recipient for the week that ended before the scheduled run
 * (a Monday 08:00 run reports on the week before, also when a holiday moves it to Tuesday). Keys
 * make a second run, or a second replica, add nothing.
 */
export function planDigests(
  programme: Programme,
  owners: readonly string[],
  cron: string,
  calendar: WorkingCalendar,
  now: Date,
  isoWeekOf: (d: Date, zone: string) => string,
): NewDelivery[] {
  const run = lastDigestRun(cron, calendar, now);
  if (!run) return [];
  // The week being reported on is the one that contains the moment just before the scheduled run's day began.
  const week = isoWeekOf(new Date(run.scheduled.getTime() - 24 * 3600_000), programme.timeZone);
  return digestRecipients(programme, owners).map((recipient) => ({
    key: digestKey(week, recipient),
    kind: 'digest' as const,
    participantId: recipient.participantId ?? '',
    dueAt: run.due.toISOString(),
    expiresAt: new Date(run.due.getTime() + DIGEST_VALID_MS).toISOString(),
    payload: { week, role: recipient.role, recipientId: recipient.id, aadObjectId: recipient.aadObjectId, email: recipient.email },
  }));
}
