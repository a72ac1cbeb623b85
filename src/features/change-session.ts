import { sessionChangeKey } from '../domain/schedule/delivery-keys';
import { applySessionChange, type SessionChange, type SessionChangeResult } from '../domain/programme/session-change';
import { CodedError } from '../domain/errors';
import type { AudienceReach } from '../domain/schedule/reach';
import type { WorkingCalendars } from '../config/working-calendars';
import type { Store } from '../store/store';
import type { NewDelivery } from '../store/outbox-changes';
import { reachOfAudience, sessionAudienceIds } from './reach-list';

export interface SessionChangeReport extends SessionChangeResult {
  notified: number;
  replanned: number;
}

/** What HR sees before a session change is saved: old and new, who is told, who can be reached now, and the working calendar's warnings. */
export interface SessionChangePreview extends SessionChangeResult {
  /** Active participants in the session's audience: each gets the "changed" card. */
  affected: string[];
  reach: AudienceReach;
}

type SessionTimes = SessionChangeResult['before'];

/** The same time and place, however the instants are written. */
function sameTimesAndPlace(a: SessionTimes, b: SessionTimes): boolean {
  const place = (p: SessionTimes['place']) => JSON.stringify([p.name, p.room ?? '', p.address ?? '', p.onlineUrl ?? '']);
  return Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end) && place(a.place) === place(b.place);
}

/**
 * Computes a session change without saving anything, for the preview in Teams and
 * `change-session --dry-run`. Its `warnings` say when the session would fall on a day off, a
 * weekend or in a closed period of the working calendar.
 */
export async function previewSessionChange(store: Store, sessionId: string, change: SessionChange, calendars: WorkingCalendars): Promise<SessionChangePreview> {
  const programme = await store.getProgramme();
  const result = applySessionChange(programme, sessionId, change, calendars(programme.timeZone));
  const affected = sessionAudienceIds(result.next, sessionId) ?? [];
  return { ...result, affected, reach: await reachOfAudience(store, affected) };
}

export interface ChangeSessionOptions {
  /** The working calendars: the report warns when the session then falls on a day off. */
  calendars: WorkingCalendars;
  /** Work out the report (warnings included), change nothing. */
  dryRun?: boolean;
  /** The time and place the preview showed as current: a session changed since is left alone. */
  expectedBefore?: SessionTimes;
}

/**
 * Moves a session (CLI or admin card) after its preview was confirmed: saves the programme with
 * an audit entry, lets pending reminders and prompts be planned again for the new time, and
 * queues a "changed" card, showing old and new, to everyone active in the session's audience.
 * With `expectedBefore`, a session that has changed since the preview is left alone
 * (SESSION_CHANGED_SINCE_PREVIEW): what was confirmed is not what would be saved. The report's
 * `warnings` say when the session falls on a day off (the change is made all the same).
 */
export async function changeSession(store: Store, sessionId: string, change: SessionChange, actor: string, now: Date, options: ChangeSessionOptions): Promise<SessionChangeReport> {
  const programme = await store.getProgramme();
  const result = applySessionChange(programme, sessionId, change, options.calendars(programme.timeZone));
  if (options.expectedBefore && !sameTimesAndPlace(options.expectedBefore, result.before)) {
    throw new CodedError('SESSION_CHANGED_SINCE_PREVIEW', `Session ${sessionId} was changed by someone else after the preview. Nothing was saved; preview the change again.`);
  }
  const affected = sessionAudienceIds(result.next, sessionId) ?? [];
  if (options.dryRun) return { ...result, notified: affected.length, replanned: 0 };
  await store.replaceProgramme(
    result.next,
    { at: now.toISOString(), actor, action: 'session.changed', details: { sessionId, before: result.before, after: result.after, recipients: affected.length, warnings: result.warnings.map((w) => w.code) } },
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
