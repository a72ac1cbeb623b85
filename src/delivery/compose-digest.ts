import type { Config } from '../config/config-schema';
import { buildDigest } from '../domain/digest';
import { digestAnswer } from '../domain/digest-card';
import type { DigestRole } from '../domain/digest-recipients';
import type { Language } from '../domain/model';
import type { Store } from '../store/store';
import type { ConversationRecord, OutboxItem } from '../store/store-schema';
import { cardActivity, type Composed } from './compose-delivery';
import { gatherDigestInput } from './gather-digest-input';

export interface DigestPayload {
  week: string;
  role: DigestRole;
  recipientId: string;
  aadObjectId?: string;
  email?: string;
}

/** The recipient's personal chat: by participant, else (owners outside the programme) by Entra object id. */
async function recipientConversation(store: Store, payload: DigestPayload, participantId?: string): Promise<ConversationRecord | undefined> {
  if (participantId) return store.findPersonalConversation(participantId);
  if (!payload.aadObjectId) return undefined;
  const wanted = payload.aadObjectId.toLowerCase();
  return (await store.listConversations({ scope: 'personal' })).find((c) => c.aadObjectId?.toLowerCase() === wanted);
}

/** A weekly digest card, computed at send time from what the store holds. */
export async function composeDigest(
  item: OutboxItem,
  deps: { store: Store; config: Pick<Config, 'digest'>; defaultLanguage: Language },
  now: Date,
): Promise<Composed> {
  const payload = item.payload as unknown as DigestPayload | undefined;
  if (!payload?.week || !payload.role) return { send: false, reason: 'invalid-payload' };
  const conversation = await recipientConversation(deps.store, payload, item.participantId);
  if (!conversation) return { send: false, reason: 'no-conversation' };
  if (!conversation.active) return { send: false, reason: `conversation-inactive:${conversation.inactiveReason ?? 'unknown'}` };
  const scope = payload.role === 'manager' ? ({ kind: 'manager', managerId: payload.recipientId } as const) : ({ kind: 'programme' } as const);
  const input = await gatherDigestInput(deps.store, deps.config, payload.week, scope, now, payload.role);
  const participant = input.programme.participants.find((p) => p.id === item.participantId);
  const language = participant?.locale ?? deps.defaultLanguage;
  const answer = digestAnswer(buildDigest(input), input.programme, language);
  return { send: true, conversationId: conversation.id, reference: conversation.reference, activity: cardActivity(answer) };
}
