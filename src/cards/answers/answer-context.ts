import type { Language, Participant, Programme } from '../../domain/programme/model';

/** Everything an answer depends on. `now` is passed in so answers are reproducible. */
export interface AnswerContext {
  programme: Programme;
  participant: Participant;
  language: Language;
  now: Date;
  /** The signed link to one session's calendar file; without it an answer shows no calendar button. */
  calendarUrl?: (sessionId: string) => string;
  /** The sessions the leader has registered an absence from. */
  absentFrom?: ReadonlySet<string>;
}

/** Who people are pointed to when they are not in the programme or need a person. */
export interface Contact {
  name: string;
  email: string;
}
