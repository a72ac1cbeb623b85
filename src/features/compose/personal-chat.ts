import type { Activity } from 'botbuilder';
import type { Config } from '../../config/config-schema';
import type { OpenChat } from '../../delivery/open-personal-conversation';
import type { Composed } from '../../delivery/outbox-worker';
import type { Language, Participant } from '../../domain/programme/model';
import type { Store } from '../../store/store';
import type { ConversationRecord } from '../../store/store-schema';

/** Where a leader's card goes: their chat, a chat to open from a team roster, or nowhere yet. */
export type PersonalChat = { kind: 'chat'; conversation: ConversationRecord } | { kind: 'open'; open: OpenChat } | { kind: 'none' };

export interface ComposeDeps {
  store: Store;
  defaultLanguage: Language;
  /** Link to the session's calendar file, signed for the browser. */
  calendarUrl: (sessionId: string, language: Language) => string;
  /** Plans the 1:1 chat with a leader who has none yet, from the synced rosters (see open-personal-conversation.ts). */
  openConversation?: (participant: Participant) => Promise<OpenChat | undefined>;
  config: Pick<Config, 'digest' | 'contact' | 'pairing'>;
}

/** The leader's chat, or how to open one, or none: the same for every kind of personal delivery. */
export async function personalChatOf(participant: Participant, deps: Pick<ComposeDeps, 'store' | 'openConversation'>): Promise<PersonalChat> {
  const conversation = await deps.store.findPersonalConversation(participant.id);
  if (conversation) return { kind: 'chat', conversation };
  const open = await deps.openConversation?.(participant);
  return open ? { kind: 'open', open } : { kind: 'none' };
}

/**
 * The card to the leader's chat. A leader in no known roster and without a chat waits: the card
 * goes out if they open the bot (or a roster read finds them) before it expires.
 */
export function toPersonalChat(chat: PersonalChat, activity: () => Partial<Activity>): Composed {
  if (chat.kind === 'none') return { send: false, reason: 'no-conversation', wait: true };
  if (chat.kind === 'open') return { send: 'open', open: chat.open, activity: activity() };
  const { conversation } = chat;
  if (!conversation.active) return { send: false, reason: `conversation-inactive:${conversation.inactiveReason ?? 'unknown'}` };
  return { send: true, conversationId: conversation.id, reference: conversation.reference, activity: activity() };
}

