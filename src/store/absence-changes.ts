/**
 * The absence operations as pure functions of the store data, like elective-changes.ts: the lowdb
 * store applies each inside one synchronous change; a database store runs each as one
 * transaction, so an absence and the notices it causes, or a withdrawal and the deliveries it
 * brings back, are never stored halfway.
 */
import { HELD_BACK_BY_ABSENCE, SKIPPED_ABSENT } from '../domain/schedule/delivery';
import { enqueue, type NewDelivery } from './outbox-changes';
import type { Absence, OutboxItem, StoreData } from './store-schema';

/**
 * Registers an absence, or updates the reason of one already registered (the first registration
 * time stays). `notices` are added to the outbox only when the absence is new, so adding a reason
 * later tells nobody twice.
 */
export function recordAbsence(data: StoreData, absence: Absence, notices: NewDelivery[]): { data: StoreData; result: { created: boolean } } {
  const same = (a: Absence) => a.sessionId === absence.sessionId && a.participantId === absence.participantId;
  const earlier = data.absences.find(same);
  const kept: Absence = earlier ? { ...absence, registeredAt: earlier.registeredAt } : absence;
  const changed: StoreData = { ...data, absences: [...data.absences.filter((a) => !same(a)), kept] };
  if (earlier) return { data: changed, result: { created: false } };
  return { data: enqueue(changed, notices, new Date(absence.registeredAt)).data, result: { created: true } };
}

/**
 * Withdraws an absence. The leader's deliveries for that session that were skipped because of it
 * and have not expired come back, due at once: reflection prompts and nudges, and of the
 * reminders only the latest (a leader who changes their mind the day before gets one reminder,
 * not the week-before one as well). `notices` are added only when there was an absence.
 */
export function withdrawAbsence(
  data: StoreData,
  sessionId: string,
  participantId: string,
  now: Date,
  notices: NewDelivery[],
): { data: StoreData; result: { withdrawn: boolean; restored: number } } {
  const absences = data.absences.filter((a) => !(a.sessionId === sessionId && a.participantId === participantId));
  if (absences.length === data.absences.length) return { data, result: { withdrawn: false, restored: 0 } };
  const t = now.getTime();
  const heldBack = data.outbox.filter(
    (o) =>
      o.sessionId === sessionId &&
      o.participantId === participantId &&
      HELD_BACK_BY_ABSENCE.includes(o.kind) &&
      o.status === 'skipped' &&
      o.reason === SKIPPED_ABSENT &&
      Date.parse(o.expiresAt) > t,
  );
  const latestReminder = heldBack.filter((o) => o.kind === 'reminder').sort((a, b) => b.dueAt.localeCompare(a.dueAt))[0];
  const back = new Set(heldBack.filter((o) => o.kind !== 'reminder' || o === latestReminder).map((o) => o.key));
  const at = now.toISOString();
  const outbox = data.outbox.map((o): OutboxItem => (back.has(o.key) ? { ...o, status: 'pending', nextAttemptAt: at, reason: undefined, updatedAt: at } : o));
  const changed: StoreData = { ...data, absences, outbox: back.size ? outbox : data.outbox };
  return { data: enqueue(changed, notices, now).data, result: { withdrawn: true, restored: back.size } };
}
