import { progressCard } from '../cards/progress-card';
import type { CardOf } from '../cards/card-types';
import type { Language, Participant } from '../domain/programme/model';
import { programmeProgress } from '../domain/self-service/progress';
import type { Store } from '../store/store';

/** "Mit forløb": reads the leader's absences, check-ins and waiting-list places, and builds their progress card. */
export async function buildProgressCard(store: Store, participant: Participant, language: Language, now: Date): Promise<CardOf<'progress'>> {
  const [programme, absences, checkIns, waitlist] = await Promise.all([
    store.getProgramme(),
    store.listAbsences({ participantId: participant.id }),
    store.listCheckIns({ participantId: participant.id }),
    store.listWaitlist({ participantId: participant.id }),
  ]);
  const progress = programmeProgress({
    programme,
    participant,
    absentFrom: new Set(absences.map((a) => a.sessionId)),
    reflectedOn: new Set(checkIns.map((c) => c.sessionId)),
    waitlist,
    now,
  });
  return progressCard({ programme, participant, progress, language, now });
}
