/**
 * Which session "jeg kan ikke komme den 12." is about. Only the leader's own sessions that have
 * not started yet can get an absence: an absence from a past session says nothing to anyone.
 */
import { sessionsFor } from '../programme/attendance';
import { moduleOf } from '../language/describe-session';
import { inZone } from '../calendar/format-date';
import { dateRangeOf } from '../language/date-range';
import type { AbsenceTarget } from '../language/match-intent';
import type { Participant, Programme, Session } from '../programme/model';

/** A card shows at most this many sessions to choose from; Teams shows six buttons well. */
export const MAX_CANDIDATES = 6;

export type AbsenceResolution =
  /** The words point at exactly one session. */
  | { kind: 'one'; session: Session }
  /**
   * The leader must choose: several sessions on the day named ('several'), nothing said about
   * which ('unclear'), or nothing on the day named ('noMatch'). Earliest first.
   */
  | { kind: 'choose'; why: 'several' | 'unclear' | 'noMatch'; sessions: Session[] }
  /** No upcoming sessions at all (or none left to choose from). */
  | { kind: 'none' };

/** The participant's sessions that have not started at `now`, earliest first. */
export function upcomingSessionsFor(programme: Programme, participant: Participant, now: Date): Session[] {
  return sessionsFor(programme, participant).filter((s) => Date.parse(s.start) > now.getTime());
}

/**
 * Resolves the words to a session among `sessions` (the leader's upcoming ones, or those with an
 * absence when withdrawing). "den 12." is the first session on a 12th of a month; "på torsdag"
 * the first on a Thursday; "næste" the first of all; "modul 3" narrows to that module. "I morgen",
 * "i næste uge" and "uge 12" are days counted from `now` on the programme's clock (its time zone,
 * so a session at 00:30 belongs to the Copenhagen day it starts on, across year ends and summer
 * time): one session in that stretch picks it, several are for the leader to choose from. A day
 * with two sessions is ambiguous, and so is a request that names nothing.
 *
 * @param now when the leader asked; only relative words ("i morgen") need it
 */
export function resolveAbsence(programme: Programme, sessions: Session[], target: AbsenceTarget, now: Date): AbsenceResolution {
  if (sessions.length === 0) return { kind: 'none' };
  const byModule =
    target.moduleNumber === undefined ? sessions : sessions.filter((s) => moduleOf(programme, s).number === target.moduleNumber);
  const choose = (why: 'several' | 'unclear' | 'noMatch', from: Session[]): AbsenceResolution =>
    from.length ? { kind: 'choose', why, sessions: from.slice(0, MAX_CANDIDATES) } : { kind: 'none' };

  const range = target.relative ? dateRangeOf(target.relative, now, programme.timeZone) : undefined;
  if (target.day !== undefined || target.weekday !== undefined || range !== undefined) {
    const local = (s: Session) => inZone(s.start, programme.timeZone);
    const onDay = byModule.filter((s) => {
      if (range) return Date.parse(s.start) >= range.from.getTime() && (range.to === undefined || Date.parse(s.start) < range.to.getTime());
      const dt = local(s);
      if (target.weekday !== undefined) return dt.weekday === target.weekday;
      return dt.day === target.day && (target.month === undefined || dt.month === target.month);
    });
    if (onDay.length === 0) return choose('noMatch', byModule.length ? byModule : sessions);
    // A day or week counted from today is the leader's whole stretch: each of its sessions may be meant.
    const firstDay = local(onDay[0]).toISODate();
    const sameDay = range ? onDay : onDay.filter((s) => local(s).toISODate() === firstDay);
    return sameDay.length === 1 ? { kind: 'one', session: sameDay[0] } : choose('several', sameDay);
  }
  if (target.next) return byModule.length ? { kind: 'one', session: byModule[0] } : choose('noMatch', sessions);
  if (target.moduleNumber !== undefined) {
    if (byModule.length === 1) return { kind: 'one', session: byModule[0] };
    return byModule.length ? choose('several', byModule) : choose('noMatch', sessions);
  }
  return choose('unclear', sessions);
}
