import type { Config } from '../config/config-schema';
import { planAbsenceNotices } from '../domain/self-service/absence-notices';
import type { Participant } from '../domain/programme/model';
import type { Store } from '../store/store';

/** What registering or withdrawing an absence needs: the store and who is to be told. */
export interface AbsenceDeps {
  store: Store;
  absences: Config['absences'];
}

/**
 * A leader registers an absence from one of their sessions (or adds a reason to it). A new
 * absence and the notices to their manager and HR are stored in one operation; the composer
 * then holds back the session's reminders, reflection prompt and nudge for them.
 */
export async function registerAbsence(
  { store, absences }: AbsenceDeps,
  leader: Participant,
  sessionId: string,
  reason: string | undefined,
  now: Date,
): Promise<{ created: boolean; reason?: string }> {
  const programme = await store.getProgramme();
  const session = programme.sessions.find((s) => s.id === sessionId);
  if (!session) return { created: false };
  // A reason given earlier stays when this time none was given.
  const kept = reason || (await store.listAbsences({ sessionId, participantId: leader.id }))[0]?.reason;
  const notices = planAbsenceNotices(programme, leader, session, 'registered', absences, now);
  const { created } = await store.recordAbsence({ sessionId, participantId: leader.id, reason: kept, registeredAt: now.toISOString() }, notices);
  return kept ? { created, reason: kept } : { created };
}

/**
 * A leader withdraws an absence: in one operation it goes, the reminders and prompts it held back
 * come back while still worth sending, and the manager and HR are told.
 */
export async function withdrawAbsence({ store, absences }: AbsenceDeps, leader: Participant, sessionId: string, now: Date): Promise<{ withdrawn: boolean; restored: number }> {
  const programme = await store.getProgramme();
  const session = programme.sessions.find((s) => s.id === sessionId);
  const notices = session ? planAbsenceNotices(programme, leader, session, 'withdrawn', absences, now) : [];
  return store.withdrawAbsence(sessionId, leader.id, now, notices);
}
