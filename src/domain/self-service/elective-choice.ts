/**
 * Choosing electives: seats, the waiting list and who moves up when a seat frees. Pure: the store
 * runs `applyElectiveChoice` inside one synchronous change, so two leaders racing for the last
 * seat are served one after the other and the capacity can never be exceeded.
 *
 * The participant's `electives` in the programme stays the one source of truth for who attends
 * an elective; the waiting list only says who is next in line.
 */
import { z } from 'zod';
import type { Participant, Programme } from '../programme/model';

/** One leader waiting for a seat on one elective. The list's order is the queue's order. */
export const waitlistEntrySchema = z
  .object({
    electiveId: z.string().min(1),
    participantId: z.string().min(1),
    joinedAt: z.string(),
  })
  .strict();
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

export interface ElectiveChoiceRequest {
  participantId: string;
  /** The complete new choice: exactly `programme.electivesPerParticipant` elective ids. */
  electiveIds: string[];
  /** Wait for a full elective instead of having the whole choice refused. */
  joinWaitlist: boolean;
  now: Date;
  /** After this instant choices are locked (config `electives.deadline`). */
  deadline?: Date;
}

/** A leader given a seat because someone else left it; they are told through the outbox. */
export interface Promotion {
  participantId: string;
  electiveId: string;
}

export type ElectiveChoiceOutcome =
  | {
      status: 'saved';
      /** Electives the leader has a seat on now. */
      seats: string[];
      /** Electives the leader waits for, with their place in line (1 = next). */
      waiting: { electiveId: string; position: number }[];
      /** Other leaders who got a seat this leader gave up. */
      promoted: Promotion[];
      /** False when the choice was the same as before: nothing was written. */
      changed: boolean;
    }
  | {
      status: 'refused';
      code: 'closed' | 'count' | 'unknownElective' | 'started' | 'full' | 'notParticipant';
      /** The electives that were full ('full') or had started ('started'). */
      electives?: string[];
    };

export interface ElectiveState {
  programme: Programme;
  waitlist: readonly WaitlistEntry[];
}

/** Seats taken on an elective: active participants who chose it. */
export function seatsTaken(programme: Programme, electiveId: string): number {
  return programme.participants.filter((p) => p.active && p.electives.includes(electiveId)).length;
}

/** Free seats on an elective; Infinity when it has no capacity set. */
export function freeSeats(programme: Programme, electiveId: string): number {
  const capacity = programme.modules.find((m) => m.id === electiveId)?.capacity;
  return capacity === undefined ? Infinity : Math.max(0, capacity - seatsTaken(programme, electiveId));
}

/** An elective can be newly chosen until its first session starts; one without dates yet is open. */
export function isElectiveOpen(programme: Programme, electiveId: string, now: Date): boolean {
  const starts = programme.sessions.filter((s) => s.moduleId === electiveId).map((s) => Date.parse(s.start));
  return starts.length === 0 || Math.min(...starts) > now.getTime();
}

/** A participant's place in an elective's line (1 = next), or undefined when not waiting. */
export function waitlistPosition(waitlist: readonly WaitlistEntry[], electiveId: string, participantId: string): number | undefined {
  const line = waitlist.filter((w) => w.electiveId === electiveId);
  const index = line.findIndex((w) => w.participantId === participantId);
  return index < 0 ? undefined : index + 1;
}

function withElectives(programme: Programme, participantId: string, electives: string[]): Programme {
  const participants = programme.participants.map((p) => (p.id === participantId ? { ...p, electives } : p));
  return { ...programme, participants };
}

/**
 * Gives free seats to the first in line, elective by elective, until seats or line run out.
 * Leaders no longer active lose their place. Runs after every change, so a seat someone left
 * (or a capacity raised by an import) goes to the waiting list before anyone new.
 */
export function promoteFromWaitlist(state: ElectiveState): ElectiveState & { promoted: Promotion[] } {
  let { programme } = state;
  const waitlist: WaitlistEntry[] = [];
  const promoted: Promotion[] = [];
  for (const entry of state.waitlist) {
    const participant = programme.participants.find((p) => p.id === entry.participantId);
    if (!participant?.active || participant.electives.includes(entry.electiveId)) continue;
    if (freeSeats(programme, entry.electiveId) > 0) {
      programme = withElectives(programme, participant.id, [...participant.electives, entry.electiveId]);
      promoted.push({ participantId: participant.id, electiveId: entry.electiveId });
    } else {
      waitlist.push(entry);
    }
  }
  return { programme, waitlist, promoted };
}

function refuse(code: Extract<ElectiveChoiceOutcome, { status: 'refused' }>['code'], electives?: string[]): ElectiveChoiceOutcome {
  return electives ? { status: 'refused', code, electives } : { status: 'refused', code };
}

/**
 * Applies a leader's complete choice of electives. Seats they keep stay theirs; seats they give up
 * go to the first in line; a new elective (not started yet) with a free seat is theirs at once; a full one puts
 * them in line when they asked for that, and otherwise refuses the whole choice so nothing
 * changes halfway. Returns the state unchanged (same objects) when refused or nothing changed.
 */
export function applyElectiveChoice(state: ElectiveState, request: ElectiveChoiceRequest): ElectiveState & { outcome: ElectiveChoiceOutcome } {
  const unchanged = (outcome: ElectiveChoiceOutcome) => ({ ...state, outcome });
  const { programme } = state;
  const me = programme.participants.find((p) => p.id === request.participantId && p.active);
  if (!me) return unchanged(refuse('notParticipant'));
  if (request.deadline && request.now.getTime() > request.deadline.getTime()) return unchanged(refuse('closed'));
  const chosen = [...new Set(request.electiveIds)];
  const electiveIds = new Set(programme.modules.filter((m) => m.kind === 'elective').map((m) => m.id));
  if (chosen.some((id) => !electiveIds.has(id))) return unchanged(refuse('unknownElective'));
  if (chosen.length !== programme.electivesPerParticipant) return unchanged(refuse('count'));
  // Joining an elective that has begun makes no sense; keeping one already held (or waited for) is fine.
  const isNew = (id: string) => !me.electives.includes(id) && waitlistPosition(state.waitlist, id, me.id) === undefined;
  const started = chosen.filter((id) => isNew(id) && !isElectiveOpen(programme, id, request.now));
  if (started.length) return unchanged(refuse('started', started));

  // Leave what is no longer chosen: seats go back, places in line are given up.
  let next: ElectiveState = {
    programme: withElectives(programme, me.id, me.electives.filter((id) => chosen.includes(id))),
    waitlist: state.waitlist.filter((w) => w.participantId !== me.id || chosen.includes(w.electiveId)),
  };
  const first = promoteFromWaitlist(next);
  next = { programme: first.programme, waitlist: first.waitlist };
  const full: string[] = [];
  for (const id of chosen) {
    const mine = next.programme.participants.find((p) => p.id === me.id) as Participant;
    if (mine.electives.includes(id) || waitlistPosition(next.waitlist, id, me.id) !== undefined) continue;
    if (freeSeats(next.programme, id) > 0) {
      next = { ...next, programme: withElectives(next.programme, me.id, [...mine.electives, id]) };
    } else {
      full.push(id);
      next = { ...next, waitlist: [...next.waitlist, { electiveId: id, participantId: me.id, joinedAt: request.now.toISOString() }] };
    }
  }
  if (full.length && !request.joinWaitlist) return unchanged(refuse('full', full));

  const mine = next.programme.participants.find((p) => p.id === me.id) as Participant;
  const sameSeats = mine.electives.length === me.electives.length && mine.electives.every((id) => me.electives.includes(id));
  const changed = !sameSeats || first.promoted.length > 0 || JSON.stringify(next.waitlist) !== JSON.stringify(state.waitlist);
  const outcome: ElectiveChoiceOutcome = {
    status: 'saved',
    seats: chosen.filter((id) => mine.electives.includes(id)),
    waiting: chosen.flatMap((id) => {
      const position = waitlistPosition(next.waitlist, id, me.id);
      return position === undefined ? [] : [{ electiveId: id, position }];
    }),
    promoted: first.promoted.filter((p) => p.participantId !== me.id),
    changed,
  };
  return changed ? { programme: next.programme, waitlist: next.waitlist, outcome } : unchanged(outcome);
}
