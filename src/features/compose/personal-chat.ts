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

/** Someone outside the programme (an owner, HR): their personal chat, found by Entra object id. */
async function chatByEntraId(store: Store, aadObjectId: string | undefined): Promise<ConversationRecord | undefined> {
  if (!aadObjectId) return undefined;
  const wanted = aadObjectId.toLowerCase();
  return (await store.listConversations({ scope: 'personal' })).find((c) => c.aadObjectId?.toLowerCase() === wanted);
}

/**
 * The chat of someone named in config (an owner, HR): a participant's as for every personal
 * delivery; someone outside the programme's by Entra object id (no roster to open one from).
 */
export async function recipientChat(
  deps: Pick<ComposeDeps, 'store' | 'openConversation'>,
  recipient: { aadObjectId?: string },
  participantId?: string,
): Promise<PersonalChat | undefined> {
  if (participantId) {
    const participant = (await deps.store.getProgramme()).participants.find((p) => p.id === participantId);
    if (participant) return personalChatOf(participant, deps);
  }
  const conversation = await chatByEntraId(deps.store, recipient.aadObjectId);
  return conversation ? { kind: 'chat', conversation } : undefined;
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

