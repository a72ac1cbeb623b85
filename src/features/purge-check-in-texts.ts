import { DateTime, Duration } from 'luxon';
import type { Config } from '../config/config-schema';
import type { Store } from '../store/store';

export interface PurgeReport {
  /** Check-in texts erased by this call. */
  purged: number;
  /** When the texts are (or were) due for erasure; undefined for a programme without sessions. */
  dueAt?: Date;
}

/**
 * The retention rule for reflections: once the programme's last session ended longer ago than
 * `retention.checkInTextsAfterProgrammeEnd`, every check-in text is erased; ratings stay, so
 * counts and averages stay right. Cheap and idempotent, so it can run on every dispatcher tick:
 * before the due date it only reads, and afterwards only texts not yet erased cause a write.
 * The duration is added in the programme's time zone, so "P180D" is calendar days across DST.
 */
export async function purgeExpiredCheckInTexts(
  store: Pick<Store, 'getProgramme' | 'eraseCheckInTexts' | 'appendAudit'>,
  config: Pick<Config, 'retention'>,
  now: Date,
): Promise<PurgeReport> {
  const programme = await store.getProgramme();
  if (programme.sessions.length === 0) return { purged: 0 };
  const lastEnd = Math.max(...programme.sessions.map((s) => Date.parse(s.end)));
  const retention = config.retention.checkInTextsAfterProgrammeEnd;
  const dueAt = DateTime.fromMillis(lastEnd, { zone: programme.timeZone }).plus(Duration.fromISO(retention)).toJSDate();
  if (now.getTime() < dueAt.getTime()) return { purged: 0, dueAt };
  const purged = await store.eraseCheckInTexts({}, now);
  if (purged > 0) {
    await store.appendAudit({
      at: now.toISOString(),
      actor: 'system',
      action: 'checkIns.textsPurged',
      details: { count: purged, programmeEnded: new Date(lastEnd).toISOString(), retention },
    });
  }
  return { purged, dueAt };
}
