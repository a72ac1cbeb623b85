/**
 * Whether sparring partners met, per level, for the digest: from the answers to the follow-up
 * card ("did you meet?": yes / not yet / no). A level's rate is only shown when enough leaders
 * answered that it cannot point at one of them.
 */
import type { Level } from '../programme/model';

export const MEETING_ANSWERS = ['yes', 'not-yet', 'no'] as const;
export type MeetingAnswer = (typeof MEETING_ANSWERS)[number];

/** One follow-up card that was sent, and the leader's answer if there is one. */
export interface MeetingFollowUp {
  readonly leaderId: string;
  /** The leader's level when the figures are made. */
  readonly level: Level;
  readonly answer?: MeetingAnswer;
}

export interface LevelMeetingRate {
  readonly level: Level;
  /** Follow-ups sent to leaders of this level. */
  readonly asked: number;
  readonly answered: number;
  readonly met: number;
  readonly notYet: number;
  /** met / answered (0 to 1), or null when fewer than the minimum group size answered. */
  readonly meetingRate: number | null;
}

/**
 * Meeting rates for levels 1, 2 and 3 (always all three, so a digest's rows stay put). Each
 * leader counts once per follow-up: a trio's three answers are three answers.
 */
export function meetingRatesByLevel(followUps: readonly MeetingFollowUp[], minimumGroupSize: number): LevelMeetingRate[] {
  return ([1, 2, 3] as const).map((level) => {
    const ofLevel = followUps.filter((f) => f.level === level);
    const answered = ofLevel.filter((f) => f.answer !== undefined).length;
    const met = ofLevel.filter((f) => f.answer === 'yes').length;
    return {
      level,
      asked: ofLevel.length,
      answered,
      met,
      notYet: ofLevel.filter((f) => f.answer === 'not-yet').length,
      meetingRate: answered === 0 || answered < minimumGroupSize ? null : met / answered,
    };
  });
}
