/**
 * Who is told when a leader registers or withdraws an absence, as the programme's own rules expect:
 * their manager (the `managerId` of the leader) and, if configured, HR. Pure: it plans the notices;
 * the outbox sends them, each to the recipient's personal chat only (the notice names the leader),
 * in the recipient's language. The reason is never part of a notice: it may be about health.
 */
import { configuredPeople, type ConfiguredPerson } from '../access/configured-person';
import { absenceNoticeKey } from '../schedule/delivery-keys';
import type { Participant, Programme, Session } from '../programme/model';

export type AbsenceChange = 'registered' | 'withdrawn';

/** Config `absences`: whether managers are told, and whom else to tell (Entra object ids or e-mails). */
export interface AbsenceNoticeSettings {
  notifyManager: boolean;
  notify: readonly string[];
}

/** What a notice carries to the composer, which looks everything else up at send time. */
export interface AbsenceNoticePayload extends Record<string, unknown> {
  sessionId: string;
  leaderId: string;
  change: AbsenceChange;
  /** 'manager': the leader's manager when the absence was registered; 'hr': from `absences.notify`. */
  role: 'manager' | 'hr';
  recipientId: string;
  aadObjectId?: string;
  email?: string;
}

/** One notice, in the shape the outbox takes (structurally a new delivery). */
export interface PlannedAbsenceNotice {
  key: string;
  kind: 'absence-notice';
  /** The recipient when they are a participant (their chat and language are theirs); '' otherwise. */
  participantId: string;
  dueAt: string;
  /** News about an absence is worth nothing once the session has started. */
  expiresAt: string;
  payload: AbsenceNoticePayload;
}

/**
 * The notices for one change of one leader's absence: to their manager (when configured and they
 * have an active one) and to each configured HR person, the leader never to themself and nobody twice.
 * None once the session has started.
 */
export function planAbsenceNotices(
  programme: Programme,
  leader: Participant,
  session: Session,
  change: AbsenceChange,
  settings: AbsenceNoticeSettings,
  now: Date,
): PlannedAbsenceNotice[] {
  if (Date.parse(session.start) <= now.getTime()) return [];
  const recipients: { role: 'manager' | 'hr'; person: ConfiguredPerson }[] = [];
  const manager = programme.participants.find((p) => p.id === leader.managerId && p.active);
  if (settings.notifyManager && manager) {
    recipients.push({ role: 'manager', person: { id: manager.id, participantId: manager.id, aadObjectId: manager.aadObjectId, email: manager.email } });
  }
  for (const person of configuredPeople(programme, settings.notify)) recipients.push({ role: 'hr', person });
  const seen = new Set<string>([leader.id]);
  return recipients.flatMap(({ role, person }): PlannedAbsenceNotice[] => {
    if (seen.has(person.id)) return [];
    seen.add(person.id);
    const payload: AbsenceNoticePayload = { sessionId: session.id, leaderId: leader.id, change, role, recipientId: person.id };
    if (person.aadObjectId) payload.aadObjectId = person.aadObjectId;
    if (person.email) payload.email = person.email;
    return [
      {
        key: absenceNoticeKey(session.id, leader.id, change, person.id, now),
        kind: 'absence-notice',
        participantId: person.participantId ?? '',
        dueAt: now.toISOString(),
        expiresAt: new Date(Date.parse(session.start)).toISOString(),
        payload,
      },
    ];
  });
}
