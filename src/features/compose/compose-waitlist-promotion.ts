import { waitlistPromotionCard } from '../../cards/elective-choice-card';
import type { OutboxItem } from '../../store/store-schema';
import { cardActivity } from '../../cards/card-activity';
import type { Composed } from '../../delivery/outbox-worker';
import { personalChatOf, toPersonalChat, type ComposeDeps } from './personal-chat';

/**
 * The notice to a leader who got a seat from the waiting list. Checked at send time: a leader who
 * meanwhile gave the elective up again (or left the programme) is not told about a seat they no
 * longer have. Pausing reminders does not stop it: it is about their programme, not a reminder.
 */
export async function composeWaitlistPromotion(item: OutboxItem, deps: ComposeDeps, now: Date): Promise<Composed> {
  const electiveId = (item.payload as { electiveId?: unknown } | undefined)?.electiveId;
  const programme = await deps.store.getProgramme();
  const participant = programme.participants.find((p) => p.id === item.participantId);
  if (!participant || !participant.active) return { send: false, reason: 'participant-inactive' };
  if (typeof electiveId !== 'string' || !participant.electives.includes(electiveId)) return { send: false, reason: 'seat-given-up' };
  const language = participant.locale ?? deps.defaultLanguage;
  const card = waitlistPromotionCard(programme, electiveId, language, now);
  if (!card) return { send: false, reason: 'elective-removed' };
  return toPersonalChat(await personalChatOf(participant, deps), () => cardActivity(card));
}
