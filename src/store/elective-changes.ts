/**
 * The elective operation as a pure function of the store data, like outbox-changes.ts: the lowdb
 * store applies it inside one synchronous change; a database store would run it as one
 * transaction (locking the elective's seats).
 */
import { waitlistPromotionKey } from '../domain/schedule/delivery-keys';
import { applyElectiveChoice, type ElectiveChoiceOutcome, type ElectiveChoiceRequest } from '../domain/self-service/elective-choice';
import { enqueue, type NewDelivery } from './outbox-changes';
import type { AuditEntry, StoreData } from './store-schema';

/** A promotion notice that could not be sent for two weeks is no longer news. */
const PROMOTION_NOTICE_DAYS = 14;

/**
 * Applies a leader's choice of electives: seats, waiting list, the promotions it causes, a notice
 * in the outbox for each promoted leader, and the audit entries, all in one change. Unchanged
 * data comes back as the same object, so nothing is written.
 */
export function chooseElectives(data: StoreData, request: ElectiveChoiceRequest): { data: StoreData; result: ElectiveChoiceOutcome } {
  const next = applyElectiveChoice({ programme: data.programme, waitlist: data.electiveWaitlist }, request);
  const outcome = next.outcome;
  if (outcome.status !== 'saved' || !outcome.changed) return { data, result: outcome };
  const at = request.now.toISOString();
  const expiresAt = new Date(request.now.getTime() + PROMOTION_NOTICE_DAYS * 86_400_000).toISOString();
  const me = data.programme.participants.find((p) => p.id === request.participantId);
  const notices: NewDelivery[] = outcome.promoted.map((p) => ({
    key: waitlistPromotionKey(p.electiveId, p.participantId, request.now),
    kind: 'waitlist-promotion',
    participantId: p.participantId,
    dueAt: at,
    expiresAt,
    payload: { electiveId: p.electiveId },
  }));
  const audit: AuditEntry[] = [
    {
      at,
      actor: me?.aadObjectId ?? me?.email ?? request.participantId,
      action: 'electives.chosen',
      details: { participantId: request.participantId, seats: outcome.seats, waiting: outcome.waiting.map((w) => w.electiveId) },
    },
    ...outcome.promoted.map((p) => ({ at, actor: 'system', action: 'electives.promoted', details: { ...p } })),
  ];
  const changed: StoreData = {
    ...data,
    programme: next.programme,
    electiveWaitlist: [...next.waitlist],
    auditLog: [...data.auditLog, ...audit],
  };
  return { data: enqueue(changed, notices, request.now).data, result: outcome };
}
