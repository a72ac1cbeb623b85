/**
 * "Mit forløb" / "my progress": where a leader stands in the programme. Pure: the leader's
 * absences, check-ins and waiting-list places and the time are passed in.
 *
 * The bot records no attendance, so "attended" means held and without a registered absence: what
 * the programme expects, and what the leader can correct by telling HR.
 */
import { electivesOf, sessionsFor } from '../programme/attendance';
import type { Participant, Programme, Session } from '../programme/model';
import { waitlistPosition, type WaitlistEntry } from './elective-choice';

export interface ProgressInput {
  programme: Programme;
  participant: Participant;
  /** The sessions the leader registered an absence from. */
  absentFrom: ReadonlySet<string>;
  /** The sessions the leader gave a reflection (check-in) for. */
  reflectedOn: ReadonlySet<string>;
  waitlist: readonly WaitlistEntry[];
  now: Date;
}

export interface ElectiveProgress {
  electiveId: string;
  /** 'waiting': in line for a seat; 'chosen': a seat, not begun; 'begun': some days held; 'done': all days held. */
  state: 'waiting' | 'chosen' | 'begun' | 'done';
  /** Days held so far, of all its days. */
  daysHeld: number;
  days: number;
  /** The first day, when there is one. */
  firstDay?: string;
  /** Place in line (1 = next) while waiting. */
  position?: number;
}

export interface ProgrammeProgress {
  /** Held, without an absence: earliest first. */
  attended: Session[];
  /** Registered absent, held or not: earliest first. */
  absent: Session[];
  /** Not over yet (one under way included), without an absence: earliest first. */
  upcoming: Session[];
  /** Of the attended sessions, those the leader gave a reflection for. */
  reflected: ReadonlySet<string>;
  electives: ElectiveProgress[];
}

/** The leader's sessions split into attended, absent and upcoming, and how far each elective has come. */
export function programmeProgress({ programme, participant, absentFrom, reflectedOn, waitlist, now }: ProgressInput): ProgrammeProgress {
  const t = now.getTime();
  const sessions = sessionsFor(programme, participant);
  const held = (s: Session) => Date.parse(s.end) <= t;
  const attended = sessions.filter((s) => held(s) && !absentFrom.has(s.id));
  const electives = electivesOf(programme).flatMap((module): ElectiveProgress[] => {
    const days = programme.sessions.filter((s) => s.moduleId === module.id).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const daysHeld = days.filter(held).length;
    const firstDay = days[0]?.start;
    const base = { electiveId: module.id, daysHeld, days: days.length, ...(firstDay ? { firstDay } : {}) };
    if (participant.electives.includes(module.id)) {
      return [{ ...base, state: daysHeld === 0 ? 'chosen' : daysHeld === days.length ? 'done' : 'begun' }];
    }
    const position = waitlistPosition(waitlist, module.id, participant.id);
    return position === undefined ? [] : [{ ...base, state: 'waiting', position }];
  });
  return {
    attended,
    absent: sessions.filter((s) => absentFrom.has(s.id)),
    upcoming: sessions.filter((s) => !held(s) && !absentFrom.has(s.id)),
    reflected: new Set(attended.filter((s) => reflectedOn.has(s.id)).map((s) => s.id)),
    electives,
  };
}
