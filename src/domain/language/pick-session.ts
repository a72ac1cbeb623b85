/**
 * Which of a leader's sessions a question is about: the next one, unless the words say more. "På
 * torsdag" is their session on the coming Thursday, "modul 4" their session of module 4, "næste
 * fællessamling" their next joint gathering, "i næste uge" their first session next week.
 */
import { sessionsFor } from '../programme/attendance';
import type { Participant, Programme, Session } from '../programme/model';
import { moduleOf } from './describe-session';
import { dateRangeOf, type DateRange } from './date-range';
import type { MatchedIntent } from './match-intent';

/** What the words narrowed the question to, for saying so when nothing fits. */
export interface SessionPick {
  session?: Session;
  /** Set when the words named a time: the days they mean. */
  range?: DateRange;
  /** True when the words named anything beyond "next" (a time, a module number, a kind of session). */
  narrowed: boolean;
}

/**
 * The leader's first session that has not ended at `now` and fits the words: module number, kind
 * of session and time. Time words that point at nothing that can come ("den 31. februar") leave
 * the pick empty rather than falling back to the next session: that would answer another question.
 */
export function pickSession(
  programme: Programme,
  participant: Participant,
  now: Date,
  words: Pick<MatchedIntent, 'moduleNumber' | 'when' | 'sessionKind'>,
): SessionPick {
  const range = words.when ? dateRangeOf(words.when, now, programme.timeZone) : undefined;
  const narrowed = words.moduleNumber !== undefined || words.sessionKind !== undefined || words.when !== undefined;
  if (words.when && !range) return { narrowed };
  const session = sessionsFor(programme, participant).find((s) => {
    if (Date.parse(s.end) <= now.getTime()) return false;
    const module = moduleOf(programme, s);
    if (words.moduleNumber !== undefined && module.number !== words.moduleNumber) return false;
    if (words.sessionKind !== undefined && module.kind !== words.sessionKind) return false;
    // A session fits a time when they overlap: one under way "i dag" is today's.
    return !range || (Date.parse(s.end) > range.from.getTime() && (!range.to || Date.parse(s.start) < range.to.getTime()));
  });
  return { session, range, narrowed };
}
