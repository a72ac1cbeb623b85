import { cardActivity } from '../../cards/card-activity';
import { announcementCard } from '../../cards/announcement-cards';
import { reminderCard, reflectionPromptCard, sessionChangedCard } from '../../cards/proactive-cards';
import { checkInPrivacy } from '../check-in-privacy';
import { type Card } from '../../cards/card-types';
import { reflectionKey } from '../../domain/schedule/delivery-keys';
import { HELD_BACK_BY_ABSENCE, SKIPPED_ABSENT } from '../../domain/schedule/delivery';
import { composeAbsenceNotice } from './compose-absence-notice';
import type { OutboxItem } from '../../store/store-schema';
import { composeDigest } from './compose-digest';
import { personalChatOf, toPersonalChat, type ComposeDeps } from './personal-chat';
import { composeWaitlistPromotion } from './compose-waitlist-promotion';
import { composePairing } from './compose-pairing';
import type { Composed } from '../../delivery/outbox-worker';

/**
 * Turns an outbox item into the card to send. Everything is looked up at send time, not at
 * planning time, so a moved session, a paused leader or an answered prompt is respected.
 */
export async function composeDelivery(item: OutboxItem, deps: ComposeDeps, now: Date): Promise<Composed> {
  if (item.kind === 'digest') return composeDigest(item, deps, now);
  if (item.kind === 'announcement') return composeAnnouncement(item, deps);
  if (item.kind === 'waitlist-promotion') return composeWaitlistPromotion(item, deps, now);
  if (item.kind === 'absence-notice') return composeAbsenceNotice(item, deps, now);
  if (item.kind === 'pairing-intro' || item.kind === 'pairing-follow-up') return composePairing(item, deps, now);
  const { store, defaultLanguage, calendarUrl, openConversation } = deps;
  const programme = await store.getProgramme();
  const participant = programme.participants.find((p) => p.id === item.participantId);
  if (!participant || !participant.active) return { send: false, reason: 'participant-inactive' };
  const session = programme.sessions.find((s) => s.id === item.sessionId);
  if (!session) return { send: false, reason: 'session-removed' };
  // Pausing stops reminders and prompts; a session that moved is still news the leader needs.
  if (item.kind !== 'session-change' && (await store.pausedParticipants()).has(participant.id)) return { send: false, reason: 'paused' };
  // Nothing proactive about a session the leader said they will miss. Not final: withdrawing the
  // absence brings these back while they are still worth sending (see the store's withdrawAbsence).
  if (HELD_BACK_BY_ABSENCE.includes(item.kind) && (await store.listAbsences({ sessionId: session.id, participantId: participant.id })).length) {
    return { send: false, reason: SKIPPED_ABSENT };
  }
  const chat = await personalChatOf(participant, { store, openConversation });
  if (chat.kind === 'chat' && !chat.conversation.active) return toPersonalChat(chat, () => ({}));
  const language = participant.locale ?? defaultLanguage;

  let card: Card;
  if (item.kind === 'reminder') {
    if (Date.parse(session.start) <= now.getTime()) return { send: false, reason: 'session-started' };
    card = reminderCard({ programme, session, language, now, deliveryKey: item.key, calendarUrl: calendarUrl(session.id, language) });
  } else if (item.kind === 'reflection' || item.kind === 'nudge') {
    const promptKey = reflectionKey(session.id, participant.id);
    if (item.kind === 'nudge' && (await store.findCheckIn(promptKey))) return { send: false, reason: 'answered' };
    // A nudge reminds of a prompt the leader got; one held back or never sent needs none.
    if (item.kind === 'nudge' && (await store.findDelivery(promptKey))?.status !== 'sent') return { send: false, reason: 'prompt-not-sent' };
    card = reflectionPromptCard({ programme, session, participant, language, promptKey, nudge: item.kind === 'nudge', privacy: checkInPrivacy(deps.config.digest) });
  } else if (item.kind === 'session-change') {
    const payload = item.payload as { before?: Parameters<typeof sessionChangedCard>[2]; after?: Parameters<typeof sessionChangedCard>[3] } | undefined;
    if (!payload?.before || !payload.after) return { send: false, reason: 'invalid-payload' };
    card = sessionChangedCard(programme, session, payload.before, payload.after, language, now, calendarUrl(session.id, language));
  } else {
    return { send: false, reason: `unsupported-kind:${item.kind}` };
  }
  return toPersonalChat(chat, () => cardActivity(card));
}

/** An announcement to one leader's chat or to one channel. */
async function composeAnnouncement(item: OutboxItem, deps: ComposeDeps): Promise<Composed> {
  const announcementId = (item.payload as { announcementId?: unknown } | undefined)?.announcementId;
  const announcement = typeof announcementId === 'string' ? await deps.store.findAnnouncement(announcementId) : undefined;
  if (!announcement || announcement.status !== 'scheduled') return { send: false, reason: 'announcement-cancelled' };
  if (item.conversationId) {
    const conversation = await deps.store.findConversation(item.conversationId);
    if (!conversation) return { send: false, reason: 'no-conversation' };
    const card = announcementCard(announcement, deps.config.contact.name, deps.defaultLanguage);
    return toPersonalChat({ kind: 'chat', conversation }, () => cardActivity(card));
  }
  const programme = await deps.store.getProgramme();
  const participant = programme.participants.find((p) => p.id === item.participantId);
  if (!participant || !participant.active) return { send: false, reason: 'participant-inactive' };
  const card = announcementCard(announcement, deps.config.contact.name, participant.locale ?? deps.defaultLanguage);
  return toPersonalChat(await personalChatOf(participant, deps), () => cardActivity(card));
}
