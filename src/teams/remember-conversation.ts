import type { TurnContext } from 'botbuilder';
import { asCodedError } from '../domain/errors';
import type { Participant } from '../domain/programme/model';
import type { BotDeps } from './bot-deps';
import { conversationRecordFrom, scopeOf } from './conversation-record';

/**
 * Keeps the personal conversation reference that reminders will be sent to. Writes only when
 * something changed, so answering questions does not rewrite the store on every message.
 */
export async function rememberConversation(context: TurnContext, { store, now, logger }: BotDeps, participant?: Participant): Promise<void> {
  const activity = context.activity;
  if (!activity.conversation?.id || scopeOf(activity) !== 'personal') return;
  const existing = await store.findConversation(activity.conversation.id);
  const unchanged =
    existing?.active && existing.participantId === participant?.id && existing.reference.serviceUrl === activity.serviceUrl;
  if (unchanged) return;
  try {
    await store.saveConversation(conversationRecordFrom(activity, now(), participant?.id));
  } catch (err) {
    if (asCodedError(err).code !== 'STORE_WRITE_FAILED') throw err;
    // The answer does not depend on it: the leader still gets it, and a later message stores the
    // reference. /readyz already reports the store as not writable.
    logger.warn({ conversationId: activity.conversation.id }, 'conversation reference not stored: the store cannot be written');
  }
}
