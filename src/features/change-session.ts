import { isInAudience, sessionAudience } from '../domain/programme/attendance';
import { sessionChangeKey } from '../domain/schedule/delivery-keys';
import { applySessionChange, type SessionChange, type SessionChangeResult } from '../domain/programme/session-change';
import type { Store } from '../store/store';
import type { NewDelivery } from '../store/outbox-changes';

export interface SessionChangeReport extends SessionChangeResult {
  notified: number;
  replanned: number;
}

/**
 * Moves a session (CLI or admin card): saves the programme with an audit entry, lets pending
 * reminders and prompts be planned again for the new time, and queues a "changed" card, showing
 * old and new, to everyone in the session's audience.
 */
export async function changeSession(store: Store, sessionId: string, change: SessionChange, actor: string, now: Date, options: { dryRun?: boolean } = {}): Promise<SessionChangeReport> {
  const programme = await store.getProgramme();
  const result = applySessionChange(programme, sessionId, change);
  const session = result.next.sessions.find((s) => s.id === sessionId)!;
  const affected = result.next.participants.filter((p) => isInAudience(p, sessionAudience(result.next, session)));
  if (options.dryRun) return { ...result, notified: affected.length, replanned: 0 };
  await store.replaceProgramme(
    result.next,
    { at: now.toISOString(), actor, action: 'session.changed', details: { sessionId, before: result.before, after: result.after, recipients: affected.length } },
    programme,
  );
  const replanned = result.timeChanged ? await store.dropPendingDeliveries(sessionId, ['reminder', 'reflection', 'nudge']) : 0;
  const expiresAt = new Date(Math.max(Date.parse(result.after.start), now.getTime() + 24 * 3600_000)).toISOString();
  const items: NewDelivery[] = affected.map((p) => ({
    key: sessionChangeKey(sessionId, now, p.id),
    kind: 'session-change',
    participantId: p.id,
    sessionId,
    dueAt: now.toISOString(),
    expiresAt,
    payload: { before: result.before, after: result.after },
  }));
  await store.enqueueDeliveries(items, now);
  return { ...result, notified: affected.length, replanned };
}
