import type { Config } from '../../config/config-schema';
import { buildDigest } from '../../domain/digest/digest';
import { digestCard } from '../../cards/digest-card';
import type { DigestRole } from '../../domain/digest/digest-recipients';
import type { Language } from '../../domain/programme/model';
import type { OutboxItem } from '../../store/store-schema';
import { cardActivity } from '../../cards/card-activity';
import type { Composed } from '../../delivery/outbox-worker';
import { recipientChat, toPersonalChat, type ComposeDeps } from './personal-chat';
import { gatherDigestInput } from '../gather-digest-input';

export interface DigestPayload {
  week: string;
  role: DigestRole;
  recipientId: string;
  aadObjectId?: string;
  email?: string;
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
