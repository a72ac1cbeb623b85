import {
  applyElectiveChoice,
  promoteFromWaitlist,
  seatsTaken,
  type ElectiveState,
  type WaitlistEntry,
} from '../../../../src/domain/self-service/elective-choice';
import type { Participant, Programme } from '../../../../src/domain/programme/model';
import { smallProgramme } from '../../../helpers/programmes';

const NOW = new Date('2027-01-11T08:00:00Z');

/**
 * The small programme plus a third elective e3, so a leader can move between electives while
 * keeping two. e1 has 2 seats, taken by Sofie (p3) and Jonas (p4); e2 has 30; e3 has 30.
 */
function programmeWithThreeElectives(changes: (p: Programme) => Programme = (p) => p): Programme {
  const base = smallProgramme();
  const e2 = base.modules.find((m) => m.id === 'e2')!;
  return changes({
    ...base,
    modules: [...base.modules, { ...e2, id: 'e3', number: 13, audience: { electives: ['e3'] }, title: { da: 'Strategi', en: 'Strategy' } }],
  });
}

function choose(state: ElectiveState, participantId: string, electiveIds: string[], joinWaitlist = true, deadline?: Date) {
  return applyElectiveChoice(state, { participantId, electiveIds, joinWaitlist, now: NOW, deadline });
}

const electivesOf = (state: ElectiveState, id: string): string[] => state.programme.participants.find((p) => p.id === id)!.electives;

describe('Choosing electives', () => {
  const start: ElectiveState = { programme: programmeWithThreeElectives(), waitlist: [] };

  it('When a leader picks two electives with free seats, then both are theirs', () => {
    const next = choose(start, 'p1', ['e2', 'e3']);
    expect(next.outcome).toEqual({ status: 'saved', seats: ['e2', 'e3'], waiting: [], promoted: [], changed: true });
    expect(electivesOf(next, 'p1')).toEqual(['e2', 'e3']);
  });

  it('When one of them is full and the leader wants the waiting list, then they get in line for it and keep the other seat', () => {
    const next = choose(start, 'p1', ['e1', 'e2']);
    expect(next.outcome).toMatchObject({ status: 'saved', seats: ['e2'], waiting: [{ electiveId: 'e1', position: 1 }] });
    expect(seatsTaken(next.programme, 'e1')).toBe(2);
    expect(next.waitlist).toEqual([{ electiveId: 'e1', participantId: 'p1', joinedAt: NOW.toISOString() }]);
  });

  it('When one of them is full and the leader does not want to wait, then the whole choice is refused and nothing changes', () => {
    const next = choose(start, 'p1', ['e1', 'e3'], false);
    expect(next.outcome).toEqual({ status: 'refused', code: 'full', electives: ['e1'] });
    expect(next.programme).toBe(start.programme);
    expect(next.waitlist).toBe(start.waitlist);
  });

  it('When a seated leader moves to another elective, then the first in line gets the seat and the second moves up', () => {
    let state = choose(start, 'p1', ['e1', 'e2']);
    state = choose(state, 'p2', ['e1', 'e3']);
    const moved = choose(state, 'p3', ['e2', 'e3']);
    expect(moved.outcome).toMatchObject({ status: 'saved', seats: ['e2', 'e3'], promoted: [{ participantId: 'p1', electiveId: 'e1' }] });
    expect(electivesOf(moved, 'p1')).toEqual(['e2', 'e1']);
    expect(seatsTaken(moved.programme, 'e1')).toBe(2);
    expect(moved.waitlist).toEqual([{ electiveId: 'e1', participantId: 'p2', joinedAt: NOW.toISOString() }]);
  });

  it('When a waiting leader chooses something else, then they leave the line and nobody is promoted', () => {
    const waiting = choose(start, 'p1', ['e1', 'e2']);
    const left = choose(waiting, 'p1', ['e2', 'e3']);
    expect(left.waitlist).toEqual([]);
    expect(left.outcome).toMatchObject({ status: 'saved', seats: ['e2', 'e3'], waiting: [], promoted: [] });
  });

  it('When a leader sends the choice they already have, then nothing changes and the state is the same object', () => {
    const same = choose(start, 'p3', ['e2', 'e1']);
    expect(same.outcome).toMatchObject({ status: 'saved', changed: false, seats: ['e2', 'e1'] });
    expect(same.programme).toBe(start.programme);
  });

  it('When the number of electives is not exactly the programme’s, or one is unknown, then the choice is refused', () => {
    expect(choose(start, 'p1', ['e2']).outcome).toEqual({ status: 'refused', code: 'count' });
    expect(choose(start, 'p1', ['e1', 'e2', 'e3']).outcome).toEqual({ status: 'refused', code: 'count' });
    expect(choose(start, 'p1', ['e2', 'm1']).outcome).toEqual({ status: 'refused', code: 'unknownElective' });
    expect(choose(start, 'p1', ['e2', 'e2']).outcome).toEqual({ status: 'refused', code: 'count' });
  });

  it('When the deadline has passed or the leader is inactive, then the choice is refused', () => {
    expect(choose(start, 'p1', ['e2', 'e3'], true, new Date('2027-01-10T00:00:00Z')).outcome).toEqual({ status: 'refused', code: 'closed' });
    expect(choose(start, 'p1', ['e2', 'e3'], true, new Date('2027-01-12T00:00:00Z')).outcome.status).toBe('saved');
    expect(choose(start, 'p5', ['e2', 'e3']).outcome).toEqual({ status: 'refused', code: 'notParticipant' });
  });

  it('When an elective has begun, then nobody can newly choose it, but a leader who has it can keep it while changing the other', () => {
    const afterStart = new Date('2027-05-07T08:00:00Z'); // e1 began on 6 May; e2 (20 May) and e3 (no dates) are open
    const late = (participantId: string, electiveIds: string[]) => applyElectiveChoice(start, { participantId, electiveIds, joinWaitlist: true, now: afterStart });
    expect(late('p1', ['e1', 'e2']).outcome).toEqual({ status: 'refused', code: 'started', electives: ['e1'] });
    expect(late('p3', ['e1', 'e3']).outcome).toMatchObject({ status: 'saved', seats: ['e1', 'e3'] });
  });

  it('When many leaders choose a full elective one after another, then the seats never exceed the capacity and the line keeps its order', () => {
    const many: Participant[] = Array.from({ length: 8 }, (_, i) => ({
      id: `x${i}`, name: `Leder ${i}`, email: `x${i}@kommune.example`, level: 3, area: 'Kultur', electives: [], active: true,
    }));
    let state: ElectiveState = { programme: programmeWithThreeElectives((p) => ({ ...p, participants: [...p.participants, ...many] })), waitlist: [] };
    for (const p of many) state = choose(state, p.id, ['e1', 'e3']);
    expect(seatsTaken(state.programme, 'e1')).toBe(2);
    expect(state.waitlist.map((w) => w.participantId)).toEqual(many.map((p) => p.id));
  });

  it('When the capacity was raised, then waiting leaders are promoted in order and inactive ones lose their place', () => {
    const waitlist: WaitlistEntry[] = [
      { electiveId: 'e1', participantId: 'p5', joinedAt: NOW.toISOString() },
      { electiveId: 'e1', participantId: 'p1', joinedAt: NOW.toISOString() },
      { electiveId: 'e1', participantId: 'p2', joinedAt: NOW.toISOString() },
    ];
    const raised = programmeWithThreeElectives((p) => ({ ...p, modules: p.modules.map((m) => (m.id === 'e1' ? { ...m, capacity: 3 } : m)) }));
    const result = promoteFromWaitlist({ programme: raised, waitlist });
    expect(result.promoted).toEqual([{ participantId: 'p1', electiveId: 'e1' }]);
    expect(result.waitlist.map((w) => w.participantId)).toEqual(['p2']);
  });
});
