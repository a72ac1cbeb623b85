import { sessionChangeKey } from '../domain/schedule/delivery-keys';
import { applySessionChange, type SessionChange, type SessionChangeResult } from '../domain/programme/session-change';
import { CodedError } from '../domain/errors';
import type { AudienceReach } from '../domain/schedule/reach';
import type { Store } from '../store/store';
import type { NewDelivery } from '../store/outbox-changes';
import { reachOfAudience, sessionAudienceIds } from './reach-list';

export interface SessionChangeReport extends SessionChangeResult {
  notified: number;
  replanned: number;
}

/** What HR sees before a session change is saved: old and new, who is told, who can be reached now. */
export interface SessionChangePreview extends SessionChangeResult {
  /** Active participants in the session's audience: each gets the "changed" card. */
  affected: string[];
  reach: AudienceReach;
  /**
   * Things HR should know about the new time before saving, one sentence each, in the admin's
   * language (for example a session moved onto a day off, from the working calendar). None yet.
   */
  warnings: string[];
}

type SessionTimes = SessionChangeResult['before'];

/** The same time and place, however the instants are written. */
function sameTimesAndPlace(a: SessionTimes, b: SessionTimes): boolean {
  const place = (p: SessionTimes['place']) => JSON.stringify([p.name, p.room ?? '', p.address ?? '', p.onlineUrl ?? '']);
  return Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end) && place(a.place) === place(b.place);
}

/** Computes a session change without saving anything, for the preview in Teams and `change-session --dry-run`. */
export async function previewSessionChange(store: Store, sessionId: string, change: SessionChange): Promise<SessionChangePreview> {
  const programme = await store.getProgramme();
  const result = applySessionChange(programme, sessionId, change);
  const affected = sessionAudienceIds(result.next, sessionId) ?? [];
  return { ...result, affected, reach: await reachOfAudience(store, affected), warnings: [] };
}

/**
 * Moves a session (CLI or admin card) after its preview was confirmed: saves the programme with
 * an audit entry, lets pending reminders and prompts be planned again for the new time, and
 * queues a "changed" card, showing old and new, to everyone active in the session's audience.
 * With `expectedBefore` (the time and place the preview showed as current), a session that has
 * changed since is left alone (SESSION_CHANGED_SINCE_PREVIEW): what was confirmed is not what
 * would be saved.
 */
export async function changeSession(
  store: Store,
  sessionId: string,
  change: SessionChange,
  actor: string,
  now: Date,
  options: { dryRun?: boolean; expectedBefore?: SessionTimes } = {},
): Promise<SessionChangeReport> {
  const programme = await store.getProgramme();
  const result = applySessionChange(programme, sessionId, change);
  if (options.expectedBefore && !sameTimesAndPlace(options.expectedBefore, result.before)) {
    throw new CodedError('SESSION_CHANGED_SINCE_PREVIEW', `Session ${sessionId} was changed by someone else after the preview. Nothing was saved; preview the change again.`);
  }
  const affected = sessionAudienceIds(result.next, sessionId) ?? [];
  if (options.dryRun) return { ...result, notified: affected.length, replanned: 0 };
  await store.replaceProgramme(
    result.next,
    { at: now.toISOString(), actor, action: 'session.changed', details: { sessionId, before: result.before, after: result.after, recipients: affected.length } },
    programme,
  );
  const replanned = result.timeChanged ? await store.dropPendingDeliveries(sessionId, ['reminder', 'reflection', 'nudge']) : 0;
  const expiresAt = new Date(Math.max(Date.parse(result.after.start), now.getTime() + 24 * 3600_000)).toISOString();
  const items: NewDelivery[] = affected.map((participantId) => ({
    key: sessionChangeKey(sessionId, now, participantId),
    kind: 'session-change',
    participantId,
    sessionId,
    dueAt: now.toISOString(),
    expiresAt,
    payload: { before: result.before, after: result.after },
  }));
  await store.enqueueDeliveries(items, now);
  return { ...result, notified: affected.length, replanned };
}
