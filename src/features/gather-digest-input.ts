import type { Config } from '../config/config-schema';
import type { DigestInput } from '../domain/digest/digest';
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
  const [programme, checkIns, prompts, absences, conversations, paused, reach] = await Promise.all([
    store.getProgramme(),
    store.listCheckIns(),
    store.listDeliveries({ kinds: ['reflection'], statuses: ['sent'] }),
    store.listAbsences(),
    store.listConversations({ scope: 'personal', active: true }),
    store.pausedParticipants(),
    reachOfParticipants(store),
  ]);
  return {
    programme,
    checkIns,
    prompts: prompts
      .filter((p) => p.participantId && p.sessionId)
      .map((p) => ({ key: p.key, participantId: p.participantId!, sessionId: p.sessionId!, sentAt: p.sentAt ?? p.updatedAt })),
    absences,
    reachable: new Set([
      ...conversations.map((c) => c.participantId).filter((id): id is string => Boolean(id)),
      ...reach.filter((r) => r.state === 'roster').map((r) => r.participantId),
    ]),
    paused,
    week,
    scope,
    // Privacy: quotes are anonymous unless configured; names of non-responders go to owners only.
    privacy: {
      showNamesInQuotes: config.digest.showNamesInQuotes,
      showNonResponderNames: audience === 'owner' && config.digest.showNonResponderNamesToOwners,
    },
    now,
  };
}
