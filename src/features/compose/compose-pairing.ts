import { pairingFollowUpCard, pairingIntroCard } from '../../cards/pairing-cards';
import { cardActivity } from '../../cards/card-activity';
import type { Composed } from '../../delivery/outbox-worker';
import { pairingKey } from '../../domain/schedule/delivery-keys';
import type { OutboxItem } from '../../store/store-schema';
import { personalChatOf, toPersonalChat, type ComposeDeps } from './personal-chat';

/**
 * A leader's intro card or follow-up for a round of sparring partners, made at send time: a
 * leader who left the programme gets nothing, and a follow-up already answered is not sent. The
 * partners are named as the programme has them now; partners who left are still named (they were
 * introduced), but a leader whose partners have all left gets no follow-up.
 */
export async function composePairing(item: OutboxItem, deps: ComposeDeps, now: Date): Promise<Composed> {
  const roundId = (item.payload as { roundId?: unknown } | undefined)?.roundId;
  const round = typeof roundId === 'string' ? await deps.store.findPairingRound(roundId) : undefined;
  if (!round || round.status !== 'sent') return { send: false, reason: 'round-not-sent' };
  const programme = await deps.store.getProgramme();
  const leader = programme.participants.find((p) => p.id === item.participantId);
  if (!leader || !leader.active) return { send: false, reason: 'participant-inactive' };
  const group = round.groups.find((g) => g.includes(leader.id));
  const partners = (group ?? []).filter((id) => id !== leader.id).flatMap((id) => programme.participants.filter((p) => p.id === id));
  if (partners.length === 0) return { send: false, reason: 'not-in-round' };
  const language = leader.locale ?? deps.defaultLanguage;
  if (item.kind === 'pairing-intro') {
    const card = pairingIntroCard({ programme, leader, partners, language, now, followUpAfterDays: deps.config.pairing.followUpAfterDays });
    return toPersonalChat(await personalChatOf(leader, deps), () => cardActivity(card));
  }
  if ((await deps.store.listMeetingAnswers({ roundId: round.id, participantId: leader.id })).length > 0) return { send: false, reason: 'answered' };
  if (partners.every((p) => !p.active)) return { send: false, reason: 'partners-left' };
  const intro = await deps.store.findDelivery(pairingKey(round.id, 'intro', leader.id));
  const pairedAt = new Date(intro?.sentAt ?? round.sentAt ?? now.toISOString());
  const card = pairingFollowUpCard({ programme, leader, partners, roundId: round.id, pairedAt, language, now });
  return toPersonalChat(await personalChatOf(leader, deps), () => cardActivity(card));
}
