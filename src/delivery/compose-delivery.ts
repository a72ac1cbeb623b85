import { CardFactory, MessageFactory, type Activity, type ConversationReference } from 'botbuilder';
import { renderAnswer } from '../cards/render-card';
import type { Config } from '../config/config-schema';
import { announcementAnswer } from '../domain/announcement-cards';
import { reminderAnswer, reflectionAnswer, sessionChangedAnswer } from '../domain/proactive-cards';
import { answerSummary, type Answer } from '../domain/card-data';
import { reflectionKey } from '../domain/delivery-keys';
import type { Language, Participant } from '../domain/model';
import type { Store } from '../store/store';
import type { ConversationRecord, OutboxItem } from '../store/store-schema';
import { composeDigest } from './compose-digest';
import { composeWaitlistPromotion } from './compose-waitlist-promotion';

/** A delivery ready to send, or the reason it must not be sent (recorded as skipped). */
export type Composed =
  | { send: true; conversationId: string; reference: Partial<ConversationReference>; activity: Partial<Activity> }
  | { send: false; reason: string };

export interface ComposeDeps {
  store: Store;
  defaultLanguage: Language;
  /** Link to the session's calendar file, signed for the browser. */
  calendarUrl: (sessionId: string, language: Language) => string;
  /** Opens a 1:1 chat with a leader who has none yet (see open-personal-conversation.ts). */
  openConversation?: (participant: Participant) => Promise<ConversationRecord | undefined>;
  config: Pick<Config, 'digest' | 'contact'>;
}

/** The card activity of an answer, with its heading as the notification text. */
export function cardActivity(answer: Answer): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderAnswer(answer)));
  activity.summary = answerSummary(answer);
  return activity;
}

/**
 * Turns an outbox item into the card to send. Everything is looked up at send time, not at
 * planning time, so a moved session, a paused leader or an answered prompt is respected.
 */
export async function composeDelivery(item: OutboxItem, deps: ComposeDeps, now: Date): Promise<Composed> {
  if (item.kind === 'digest') return composeDigest(item, deps, now);
  if (item.kind === 'announcement') return composeAnnouncement(item, deps);
  if (item.kind === 'waitlist-promotion') return composeWaitlistPromotion(item, deps, now);
  const { store, defaultLanguage, calendarUrl, openConversation } = deps;
  const programme = await store.getProgramme();
  const participant = programme.participants.find((p) => p.id === item.participantId);
  if (!participant || !participant.active) return { send: false, reason: 'participant-inactive' };
  const session = programme.sessions.find((s) => s.id === item.sessionId);
  if (!session) return { send: false, reason: 'session-removed' };
  // Pausing stops reminders and prompts; a session that moved is still news the leader needs.
  if (item.kind !== 'session-change' && (await store.pausedParticipants()).has(participant.id)) return { send: false, reason: 'paused' };
  const conversation = (await store.findPersonalConversation(participant.id)) ?? (await openConversation?.(participant));
  if (!conversation) return { send: false, reason: 'no-conversation' };
  if (!conversation.active) return { send: false, reason: `conversation-inactive:${conversation.inactiveReason ?? 'unknown'}` };
  const language = participant.locale ?? defaultLanguage;

  let answer: Answer;
  if (item.kind === 'reminder') {
    if (Date.parse(session.start) <= now.getTime()) return { send: false, reason: 'session-started' };
    answer = reminderAnswer({ programme, session, language, now, deliveryKey: item.key, calendarUrl: calendarUrl(session.id, language) });
  } else if (item.kind === 'reflection' || item.kind === 'nudge') {
    const promptKey = reflectionKey(session.id, participant.id);
    if (item.kind === 'nudge' && (await store.findCheckIn(promptKey))) return { send: false, reason: 'answered' };
    answer = reflectionAnswer({ programme, session, participant, language, promptKey, nudge: item.kind === 'nudge' });
  } else if (item.kind === 'session-change') {
    const payload = item.payload as { before?: Parameters<typeof sessionChangedAnswer>[2]; after?: Parameters<typeof sessionChangedAnswer>[3] } | undefined;
    if (!payload?.before || !payload.after) return { send: false, reason: 'invalid-payload' };
    answer = sessionChangedAnswer(programme, session, payload.before, payload.after, language, now, calendarUrl(session.id, language));
  } else {
    return { send: false, reason: `unsupported-kind:${item.kind}` };
  }
  return { send: true, conversationId: conversation.id, reference: conversation.reference, activity: cardActivity(answer) };
}

/** An announcement to one leader's chat or to one channel. */
async function composeAnnouncement(item: OutboxItem, deps: ComposeDeps): Promise<Composed> {
  const announcementId = (item.payload as { announcementId?: unknown } | undefined)?.announcementId;
  const announcement = typeof announcementId === 'string' ? await deps.store.findAnnouncement(announcementId) : undefined;
  if (!announcement || announcement.status !== 'scheduled') return { send: false, reason: 'announcement-cancelled' };
  let conversation: ConversationRecord | undefined;
  let language = deps.defaultLanguage;
  if (item.conversationId) {
    conversation = await deps.store.findConversation(item.conversationId);
  } else {
    const programme = await deps.store.getProgramme();
    const participant = programme.participants.find((p) => p.id === item.participantId);
    if (!participant || !participant.active) return { send: false, reason: 'participant-inactive' };
    language = participant.locale ?? language;
    conversation = (await deps.store.findPersonalConversation(participant.id)) ?? (await deps.openConversation?.(participant));
  }
  if (!conversation) return { send: false, reason: 'no-conversation' };
  if (!conversation.active) return { send: false, reason: `conversation-inactive:${conversation.inactiveReason ?? 'unknown'}` };
  const answer = announcementAnswer(announcement, deps.config.contact.name, language);
  return { send: true, conversationId: conversation.id, reference: conversation.reference, activity: cardActivity(answer) };
}
