import type { TurnContext } from 'botbuilder';
import type { Participant } from '../domain/programme/model';
import type { BotDeps } from './bot-deps';
import { conversationRecordFrom, scopeOf } from './conversation-record';

/**
 * Keeps the personal conversation reference that reminders will be sent to. Writes only when
 * something changed, so answering questions does not rewrite the store on every message.
 */
export async function rememberConversation(context: TurnContext, { store, now }: BotDeps, participant?: Participant): Promise<void> {
  const activity = context.activity;
  if (!activity.conversation?.id || scopeOf(activity) !== 'personal') return;
  const existing = await store.findConversation(activity.conversation.id);
  const unchanged =
    existing?.active && existing.participantId === participant?.id && existing.reference.serviceUrl === activity.serviceUrl;
  if (unchanged) return;
  await store.saveConversation(conversationRecordFrom(activity, now(), participant?.id));
}
