import type { Config } from '../config/config-schema';
import type { DigestInput } from '../domain/digest/digest';
import { SKIPPED_ABSENT } from '../domain/schedule/delivery';
import type { Store } from '../store/store';
import { reachOfParticipants } from './reach-report';

/** Reads what a digest is computed from. The computation itself is the pure buildDigest(). */
export async function gatherDigestInput(
  store: Store,
  config: Pick<Config, 'digest'>,
  week: string,
  scope: DigestInput['scope'],
  now: Date,
  audience: 'owner' | 'manager',
): Promise<DigestInput> {
  const [programme, checkIns, prompts, skipped, absences, conversations, paused, reach, followUps, rounds, answers] = await Promise.all([
    store.getProgramme(),
    store.listCheckIns(),
    store.listDeliveries({ kinds: ['reflection'], statuses: ['sent'] }),
    store.listDeliveries({ kinds: ['reflection'], statuses: ['skipped'] }),
    store.listAbsences(),
    store.listConversations({ scope: 'personal', active: true }),
    store.pausedParticipants(),
    reachOfParticipants(store),
    store.listDeliveries({ kinds: ['pairing-follow-up'], statuses: ['sent'] }),
    store.listPairingRounds({ statuses: ['sent'] }),
    store.listMeetingAnswers(),
  ]);
  const roundDates = new Map(rounds.map((r) => [r.id, r.date]));
  const answerOf = new Map(answers.map((a) => [`${a.roundId}\n${a.participantId}`, a.answer]));
  return {
    programme,
    checkIns,
    prompts: prompts
      .filter((p) => p.participantId && p.sessionId)
      .map((p) => ({ key: p.key, participantId: p.participantId!, sessionId: p.sessionId!, sentAt: p.sentAt ?? p.updatedAt })),
    absentPrompts: skipped
      .filter((p) => p.reason === SKIPPED_ABSENT && p.participantId && p.sessionId)
      .map((p) => ({ key: p.key, participantId: p.participantId!, sessionId: p.sessionId!, sentAt: p.dueAt })),
    absences,
    reachable: new Set([
      ...conversations.map((c) => c.participantId).filter((id): id is string => Boolean(id)),
      ...reach.filter((r) => r.state === 'roster').map((r) => r.participantId),
    ]),
    paused,
    meetingFollowUps: followUps.flatMap((f) => {
      const roundId = (f.payload as { roundId?: unknown } | undefined)?.roundId;
      const roundDate = typeof roundId === 'string' ? roundDates.get(roundId) : undefined;
      if (!roundDate || !f.participantId) return [];
      return [{ roundId: roundId as string, roundDate, participantId: f.participantId, sentAt: f.sentAt ?? f.updatedAt, answer: answerOf.get(`${roundId}\n${f.participantId}`) }];
    }),
    week,
    scope,
    // Privacy: figures only for groups of at least the minimum size; quotes are anonymous unless
    // configured; names of non-responders go to owners only, and only when switched on.
    privacy: {
      minimumGroupSize: config.digest.minimumGroupSize,
      showNamesInQuotes: config.digest.showNamesInQuotes,
      showNonResponderNames: audience === 'owner' && config.digest.showNonResponderNamesToOwners,
    },
    now,
  };
}
