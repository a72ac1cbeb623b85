/**
 * A leader's answer to a round's follow-up card: did you meet (yes / not yet / no), and one
 * optional line on what it gave. Only a leader of that round may answer, for themselves.
 */
import { CodedError } from '../../domain/errors';
import type { MeetingAnswer } from '../../domain/pairing/meeting-rates';
import type { Store } from '../../store/store';

export interface MeetingAnswerInput {
  roundId: string;
  participantId: string;
  answer: MeetingAnswer;
  note: string;
  now: Date;
}

/** Saves the answer (a second one replaces the first); throws PAIRING_NOT_IN_ROUND for a round the leader was not in. */
export async function answerMeetingFollowUp(store: Store, input: MeetingAnswerInput): Promise<{ created: boolean }> {
  const round = await store.findPairingRound(input.roundId);
  if (!round || round.status !== 'sent' || !round.groups.some((g) => g.includes(input.participantId))) {
    throw new CodedError('PAIRING_NOT_IN_ROUND', `Participant ${input.participantId} was not in round ${input.roundId}.`);
  }
  const at = input.now.toISOString();
  return store.saveMeetingAnswer({
    roundId: round.id,
    participantId: input.participantId,
    answer: input.answer,
    // One line: a pasted paragraph is cut at its first line break.
    note: input.note.split(/\r?\n/)[0].trim().slice(0, 300),
    answeredAt: at,
    updatedAt: at,
  });
}
