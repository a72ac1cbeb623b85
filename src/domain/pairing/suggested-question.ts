/**
 * The question the intro card suggests the partners start from: taken from the theme of the last
 * module the leader has been to before the round, so the conversation builds on the programme's
 * shared language rather than starting from nothing.
 */
import { findModule, sessionsFor } from '../programme/attendance';
import type { Language, Module, Participant, Programme } from '../programme/model';

export interface SuggestedQuestion {
  readonly module: Module;
  /** The module's reflection question for the leader's level; undefined when it has none. */
  readonly question?: string;
}

/**
 * The leader's last module that ended before `before` (gatherings and electives too), with its
 * reflection question for their level in `language`. Undefined before their first session.
 */
export function suggestedQuestion(programme: Programme, participant: Participant, before: Date, language: Language): SuggestedQuestion | undefined {
  const past = sessionsFor(programme, participant).filter((s) => Date.parse(s.end) <= before.getTime());
  const last = past.at(-1);
  const module = last && findModule(programme, last.moduleId);
  if (!module) return undefined;
  const forLevel = module.reflectionQuestions.find((q) => !q.levels?.length || q.levels.includes(participant.level));
  return { module, question: forLevel?.question[language] };
}
