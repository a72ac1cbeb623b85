import type { TurnContext } from 'botbuilder';
import type { Card } from '../cards/card-types';
import { asCodedError } from '../domain/errors';
import type { Language, Participant } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { ConversationRecord } from '../store/store-schema';
import { personalConversationRecord } from '../delivery/open-personal-conversation';
import type { BotDeps } from './bot-deps';
import { scopeOf } from './conversation-record';
import { cardActivity } from '../cards/card-activity';
import { sendCard } from './send-card';

/**
 * The privacy rule for answers built from the asker's own data (their sessions, links to their
 * data or calendar, their check-ins, absences, electives and settings, digests with names): they
 * are given only in the asker's personal chat with the bot. Asked in a group chat or a channel,
 * the answer goes to the personal chat (opened if need be) and the group hears only that it was
 * answered there, in the asker's language; if the personal chat cannot be reached, the group is
 * told to ask there, and the answer is not given at all. See SECURITY.md.
 */
export async function sendPersonalAnswer(context: TurnContext, deps: BotDeps, answer: Card, language: Language, participant?: Participant): Promise<void> {
  if (scopeOf(context.activity) === 'personal') return sendCard(context, answer);
  const delivered = await answerInPersonalChat(context, deps, answer, participant);
  await context.sendActivity(t(language, delivered ? 'private.answered' : 'private.failed'));
}

/** Sends the answer to the asker's personal chat: the one stored for this Teams user, else a new one. */
async function answerInPersonalChat(context: TurnContext, deps: BotDeps, answer: Card, participant?: Participant): Promise<boolean> {
  const activity = cardActivity(answer);
  const userId = context.activity.from?.id;
  if (!userId) return false;
  const known = (await deps.store.listConversations({ scope: 'personal', active: true }))
    .filter((c) => c.userId === userId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (known) {
    const sent = await deps.connector.sender.send(known.reference, activity);
    if (sent.ok) return true;
    deps.logger.warn({ conversationId: known.id, status: sent.status, code: sent.errorCode }, 'personal answer: the stored personal chat did not take it');
  }
  const opened = await openPersonalChat(context, deps, participant);
  if (!opened) return false;
  const sent = await deps.connector.sender.send(opened.reference, activity);
  if (!sent.ok) deps.logger.warn({ conversationId: opened.id, status: sent.status, code: sent.errorCode }, 'personal answer: the new personal chat did not take it');
  return sent.ok;
}

/**
 * Opens the 1:1 chat with the Teams user who wrote, through the same Bot Connector and tenant the
 * message came from (Teams allows it: the bot and the user share this conversation), and keeps it
 * for later answers and reminders.
 */
async function openPersonalChat(context: TurnContext, deps: BotDeps, participant?: Participant): Promise<ConversationRecord | undefined> {
  const activity = context.activity;
  const tenantId = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? activity.conversation?.tenantId;
  if (!tenantId || !activity.recipient?.id) return undefined;
  const created = await deps.connector.sender.createPersonalConversation({ serviceUrl: activity.serviceUrl, tenantId, userId: activity.from.id, botId: activity.recipient.id });
  if (!created.ok) {
    deps.logger.warn({ status: created.status, code: created.errorCode }, 'personal answer: could not open a personal chat');
    return undefined;
  }
  const record = personalConversationRecord(
    { participantId: participant?.id, aadObjectId: activity.from.aadObjectId, target: { serviceUrl: activity.serviceUrl, tenantId, userId: activity.from.id, botId: activity.recipient.id } },
    created.conversationId,
    created.reference,
    deps.now(),
  );
  try {
    await deps.store.saveConversation(record);
  } catch (err) {
    // The answer can still go out; the chat is stored the next time.
    if (asCodedError(err).code !== 'STORE_WRITE_FAILED') throw err;
    deps.logger.warn({ conversationId: record.id }, 'personal chat opened but not stored: the store cannot be written');
  }
  return record;
}
