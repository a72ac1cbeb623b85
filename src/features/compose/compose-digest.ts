import type { Config } from '../../config/config-schema';
import { buildDigest } from '../../domain/digest/digest';
import { digestCard } from '../../cards/digest-card';
import type { DigestRole } from '../../domain/digest/digest-recipients';
import type { Language } from '../../domain/programme/model';
import type { Store } from '../../store/store';
import type { ConversationRecord, OutboxItem } from '../../store/store-schema';
import { cardActivity } from '../../cards/card-activity';
import type { Composed } from '../../delivery/outbox-worker';
import { personalChatOf, toPersonalChat, type ComposeDeps, type PersonalChat } from './personal-chat';
import { gatherDigestInput } from '../gather-digest-input';

export interface DigestPayload {
  week: string;
  role: DigestRole;
  recipientId: string;
  aadObjectId?: string;
  email?: string;
}

/** An owner outside the programme: their personal chat, by Entra object id. */
async function ownerConversation(store: Store, payload: DigestPayload): Promise<ConversationRecord | undefined> {
  if (!payload.aadObjectId) return undefined;
  const wanted = payload.aadObjectId.toLowerCase();
  return (await store.listConversations({ scope: 'personal' })).find((c) => c.aadObjectId?.toLowerCase() === wanted);
}

/** A participant's chat as for every personal delivery; an owner outside the programme's by object id (no roster to open one from). */
async function recipientChat(deps: Pick<ComposeDeps, 'store' | 'openConversation'>, payload: DigestPayload, participantId?: string): Promise<PersonalChat | undefined> {
  if (participantId) {
    const participant = (await deps.store.getProgramme()).participants.find((p) => p.id === participantId);
    if (participant) return personalChatOf(participant, deps);
  }
  const conversation = await ownerConversation(deps.store, payload);
  return conversation ? { kind: 'chat', conversation } : undefined;
}

/** A weekly digest card, computed at send time from what the store holds. */
export async function composeDigest(
  item: OutboxItem,
  deps: Pick<ComposeDeps, 'store' | 'openConversation'> & { config: Pick<Config, 'digest'>; defaultLanguage: Language },
  now: Date,
): Promise<Composed> {
  const payload = item.payload as unknown as DigestPayload | undefined;
  if (!payload?.week || !payload.role) return { send: false, reason: 'invalid-payload' };
  const chat = await recipientChat(deps, payload, item.participantId);
  if (!chat) return { send: false, reason: 'no-conversation' };
  if (chat.kind !== 'chat' || !chat.conversation.active) return toPersonalChat(chat, () => ({}));
  const scope = payload.role === 'manager' ? ({ kind: 'manager', managerId: payload.recipientId } as const) : ({ kind: 'programme' } as const);
  const input = await gatherDigestInput(deps.store, deps.config, payload.week, scope, now, payload.role);
  const participant = input.programme.participants.find((p) => p.id === item.participantId);
  const language = participant?.locale ?? deps.defaultLanguage;
  const card = digestCard(buildDigest(input), input.programme, language);
  return toPersonalChat(chat, () => cardActivity(card));
}
