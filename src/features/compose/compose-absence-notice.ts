import type { AbsenceNoticePayload } from '../../domain/self-service/absence-notices';
import { cardActivity } from '../../cards/card-activity';
import { absenceNoticeCard } from '../../cards/absence-cards';
import type { OutboxItem } from '../../store/store-schema';
import type { Composed } from '../../delivery/outbox-worker';
import { recipientChat, toPersonalChat, type ComposeDeps } from './personal-chat';

/**
 * A manager (or HR) told that a leader registered or withdrew an absence. Checked at send time:
 * an absence withdrawn before its notice went out is no news, a withdrawal is told only to those
 * who were told of the absence, and a manager who is no longer the leader's manager is told
 * nothing. Personal data: only ever to the recipient's personal chat, never the reason.
 */
export async function composeAbsenceNotice(item: OutboxItem, deps: ComposeDeps, now: Date): Promise<Composed> {
  const payload = item.payload as AbsenceNoticePayload | undefined;
  if (!payload?.sessionId || !payload.leaderId || !payload.change) return { send: false, reason: 'invalid-payload' };
  const programme = await deps.store.getProgramme();
  const leader = programme.participants.find((p) => p.id === payload.leaderId && p.active);
  const session = programme.sessions.find((s) => s.id === payload.sessionId);
  if (!leader) return { send: false, reason: 'participant-inactive' };
  if (!session) return { send: false, reason: 'session-removed' };
  if (payload.role === 'manager' && leader.managerId !== payload.recipientId) return { send: false, reason: 'no-longer-manager' };
  const absent = (await deps.store.listAbsences({ sessionId: session.id, participantId: leader.id })).length > 0;
  if (payload.change === 'registered' && !absent) return { send: false, reason: 'absence-withdrawn' };
  if (payload.change === 'withdrawn') {
    if (absent) return { send: false, reason: 'absent-again' };
    const told = (await deps.store.listDeliveries({ kinds: ['absence-notice'], statuses: ['sent'] })).some((d) => {
      const earlier = d.payload as AbsenceNoticePayload | undefined;
      return earlier?.change === 'registered' && earlier.sessionId === session.id && earlier.leaderId === leader.id && earlier.recipientId === payload.recipientId;
    });
    if (!told) return { send: false, reason: 'nothing-to-correct' };
  }
  const chat = await recipientChat(deps, payload, item.participantId || undefined);
  if (!chat) return { send: false, reason: 'no-conversation', wait: true };
  const recipient = programme.participants.find((p) => p.id === item.participantId);
  const language = recipient?.locale ?? deps.defaultLanguage;
  const card = absenceNoticeCard({ programme, leaderName: leader.name, session, change: payload.change, role: payload.role, language, now });
  return toPersonalChat(chat, () => cardActivity(card));
}
