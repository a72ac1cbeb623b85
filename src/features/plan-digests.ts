import { Cron } from 'croner';
import { digestRecipients } from '../domain/digest/digest-recipients';
import { digestKey } from '../domain/schedule/delivery-keys';
import type { Programme } from '../domain/programme/model';
import type { NewDelivery } from '../store/outbox-changes';

/** How long after its scheduled time a digest is still worth sending (a bot down all Monday still sends it on Tuesday). */
const DIGEST_VALID_MS = 2 * 24 * 3600_000;

/** The most recent scheduled digest time at or before `now`, within the validity window. */
export function lastDigestRun(cron: string, timeZone: string, now: Date): Date | undefined {
  const job = new Cron(cron, { timezone: timeZone, paused: true });
  const runs = job.nextRuns(50, new Date(now.getTime() - DIGEST_VALID_MS));
  job.stop();
  return runs.filter((r) => r.getTime() <= now.getTime()).at(-1);
}

/**
 * The digests due at `now`: one per recipient for the week that ended before the scheduled run
 * (a Monday 08:00 run reports on the week before). Keys make a second run, or a second replica,
 * add nothing.
 */
export function planDigests(programme: Programme, owners: readonly string[], cron: string, now: Date, isoWeekOf: (d: Date, zone: string) => string): NewDelivery[] {
  const run = lastDigestRun(cron, programme.timeZone, now);
  if (!run) return [];
  // The week being reported on is the one that contains the moment just before the run's day began.
  const week = isoWeekOf(new Date(run.getTime() - 24 * 3600_000), programme.timeZone);
  return digestRecipients(programme, owners).map((recipient) => ({
    key: digestKey(week, recipient),
    kind: 'digest' as const,
    participantId: recipient.participantId ?? '',
    dueAt: run.toISOString(),
    expiresAt: new Date(run.getTime() + DIGEST_VALID_MS).toISOString(),
    payload: { week, role: recipient.role, recipientId: recipient.id, aadObjectId: recipient.aadObjectId, email: recipient.email },
  }));
}
