import type { Language, Participant, Programme } from '../../domain/programme/model';

/** Everything an answer depends on. `now` is passed in so answers are reproducible. */
export interface AnswerContext {
  programme: Programme;
  participant: Participant;
  language: Language;
  now: Date;
}

/** Who people are pointed to when they are not in the programme or need a person. */
export interface Contact {
  name: string;
  email: string;
}
