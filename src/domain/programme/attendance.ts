/**
 * Who attends what, and when. The one audience resolver of the project: everything that asks
 * "is this session (or message) for this leader?" goes through isInAudience.
 */
import { CodedError } from '../errors';
import type { Audience, Module, Participant, Programme, Session } from './model';

/**
 * True when the participant belongs to the audience. Every criterion that is given must match:
 * `levels` contains their level, `groups` contains their learning group, `electives` shares at
 * least one elective with their choice. An empty audience means everyone.
 *
 * An empty list counts as "not given", the same way describeAudience words it, so an audience
 * written as `{ levels: [] }` in a hand-made file does not silently exclude the whole programme.
 * Inactive participants are in no audience: they are kept for history but get nothing.
 */
export function isInAudience(participant: Participant, audience: Audience): boolean {
  if (!participant.active) return false;
  const { levels, groups, electives } = audience;
  if (levels?.length && !levels.includes(participant.level)) return false;
  if (groups?.length && (participant.group === undefined || !groups.includes(participant.group))) return false;
  if (electives?.length && !electives.some((e) => participant.electives.includes(e))) return false;
  return true;
}

/**
 * The audience a session is for: its own (one run of a module per group, say), or else its
 * module's. Throws for a session whose module is missing rather than guessing "everyone": the
 * schema rejects such a programme at the edge, so getting here is a bug to see, not to hide.
 */
export function sessionAudience(programme: Programme, session: Session): Audience {
  if (session.audience) return session.audience;
  const module = findModule(programme, session.moduleId);
  if (!module) {
    throw new CodedError('UNKNOWN_MODULE', `Session ${session.id} refers to module ${session.moduleId}, which is not in the programme.`);
  }
  return module.audience;
}

/** The sessions the participant is expected at, earliest first (ties keep programme order). */
export function sessionsFor(programme: Programme, participant: Participant): Session[] {
  return programme.sessions
    .filter((s) => isInAudience(participant, sessionAudience(programme, s)))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** True while `now` lies within the session: from its start (inclusive) to its end (exclusive). */
export function isUnderWay(session: Session, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(session.start) <= t && t < Date.parse(session.end);
}

/**
 * The participant's next session at `now`: the first of their sessions that has not ended yet.
 * A session under way counts, because "when is my next module?" asked during a session is
 * usually asked by someone looking for the room. Undefined after their last session.
 *
 * Instants are compared as absolute times (Date.parse honours each string's offset), so a
 * change of daylight saving time between sessions cannot reorder them.
 */
export function nextSessionFor(programme: Programme, participant: Participant, now: Date): Session | undefined {
  const t = now.getTime();
  return sessionsFor(programme, participant).find((s) => Date.parse(s.end) > t);
}

/** The module leaders call "modul n", if there is one. */
export function findModuleByNumber(programme: Programme, n: number): Module | undefined {
  return programme.modules.find((m) => m.number === n);
}

/** The module with this id, if there is one. */
export function findModule(programme: Programme, id: string): Module | undefined {
  return programme.modules.find((m) => m.id === id);
}

/** The diploma electives on offer, in module-number order. */
export function electivesOf(programme: Programme): Module[] {
  return programme.modules.filter((m) => m.kind === 'elective').sort((a, b) => a.number - b.number);
}
