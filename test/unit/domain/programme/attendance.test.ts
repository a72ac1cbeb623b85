import {
  electivesOf,
  findModule,
  findModuleByNumber,
  isInAudience,
  isUnderWay,
  nextSessionFor,
  sessionAudience,
  sessionsFor,
} from '../../../../src/domain/programme/attendance';
import { programmeSchema, type Participant, type Programme, type ProgrammeInput } from '../../../../src/domain/programme/model';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';

// A small programme in the demo's shape: a gathering for all, a module for levels 1+2, a level-3
// module run once per learning group, two electives, and a second gathering after the spring
// change to summer time (2027-03-28 in Copenhagen).
const input: ProgrammeInput = {
  id: 'attendance-test',
  name: { da: 'Test', en: 'Test' },
  timeZone: 'Europe/Copenhagen',
  groups: [
    { id: 'g1', name: 'Læringsgruppe 1' },
    { id: 'g2', name: 'Læringsgruppe 2' },
  ],
  modules: [
    { id: 'm1', number: 1, kind: 'gathering', title: bothLanguages('Fællessamling 1'), description: bothLanguages('') },
    { id: 'm2', number: 2, kind: 'module', audience: { levels: [1, 2] }, title: bothLanguages('Chefmodul'), description: bothLanguages('') },
    { id: 'm3', number: 3, kind: 'module', audience: { levels: [3] }, title: bothLanguages('Ledermodul'), description: bothLanguages('') },
    { id: 'm4', number: 4, kind: 'gathering', title: bothLanguages('Fællessamling 2'), description: bothLanguages('') },
    { id: 'e2', number: 12, kind: 'elective', audience: { electives: ['e2'] }, title: bothLanguages('Coaching'), description: bothLanguages('') },
    { id: 'e1', number: 11, kind: 'elective', audience: { electives: ['e1'] }, title: bothLanguages('Forandring'), description: bothLanguages('') },
  ],
  sessions: [
    // Listed out of order on purpose: the schedule must come out sorted by start.
    sessionAt('s4', 'm4', '2027-03-29T09:00:00+02:00', '2027-03-29T15:30:00+02:00'),
    sessionAt('s1', 'm1', '2027-01-07T09:00:00+01:00', '2027-01-07T15:30:00+01:00'),
    sessionAt('s2', 'm2', '2027-02-04T09:00:00+01:00', '2027-02-04T15:30:00+01:00'),
    sessionAt('s3a', 'm3', '2027-02-09T09:00:00+01:00', '2027-02-09T15:30:00+01:00', { levels: [3], groups: ['g1'] }),
    sessionAt('s3b', 'm3', '2027-02-11T09:00:00+01:00', '2027-02-11T15:30:00+01:00', { levels: [3], groups: ['g2'] }),
    sessionAt('se1', 'e1', '2027-03-25T09:00:00+01:00', '2027-03-25T15:30:00+01:00'),
    sessionAt('se2', 'e2', '2027-02-16T09:00:00+01:00', '2027-02-16T15:30:00+01:00'),
  ],
  participants: [
    leader('director', 1, { group: 'g1' }),
    leader('head', 2, { group: 'g2', electives: ['e1'] }),
    leader('leader-g1', 3, { group: 'g1', electives: ['e1', 'e2'] }),
    leader('leader-g2', 3, { group: 'g2', electives: ['e2'] }),
    leader('leader-nogroup', 3, {}),
    leader('left', 3, { group: 'g1', active: false }),
  ],
};
const programme: Programme = programmeSchema.parse(input);

function who(id: string): Participant {
  return programme.participants.find((p) => p.id === id)!;
}
function ids(sessions: { id: string }[]): string[] {
  return sessions.map((s) => s.id);
}

describe('Who is in an audience', () => {
  it('When the audience is empty, then every active leader is in it', () => {
    expect(programme.participants.filter((p) => isInAudience(p, {})).map((p) => p.id)).toEqual([
      'director',
      'head',
      'leader-g1',
      'leader-g2',
      'leader-nogroup',
    ]);
  });

  it('When the audience names levels 1 and 2, then the director and the head are in it, leaders of employees are not', () => {
    expect(isInAudience(who('director'), { levels: [1, 2] })).toBe(true);
    expect(isInAudience(who('head'), { levels: [1, 2] })).toBe(true);
    expect(isInAudience(who('leader-g1'), { levels: [1, 2] })).toBe(false);
  });

  it('When the audience names a level and a group, then both must match', () => {
    const run = { levels: [3 as const], groups: ['g1'] };
    expect(isInAudience(who('leader-g1'), run)).toBe(true);
    expect(isInAudience(who('leader-g2'), run)).toBe(false);
    expect(isInAudience(who('director'), run)).toBe(false); // in g1, but level 1
    expect(isInAudience(who('leader-nogroup'), run)).toBe(false);
  });

  it('When the audience names electives, then a leader who chose any one of them is in it', () => {
    expect(isInAudience(who('leader-g2'), { electives: ['e1', 'e2'] })).toBe(true);
    expect(isInAudience(who('leader-g2'), { electives: ['e1'] })).toBe(false);
    expect(isInAudience(who('director'), { electives: ['e1'] })).toBe(false);
  });

  it('When a criterion is an empty list, then it is treated as not given', () => {
    expect(isInAudience(who('director'), { levels: [], groups: [] })).toBe(true);
  });

  it('When a leader is deactivated, then they are in no audience, not even "everyone"', () => {
    expect(isInAudience(who('left'), {})).toBe(false);
    expect(isInAudience(who('left'), { levels: [3], groups: ['g1'] })).toBe(false);
  });
});

describe('Which sessions a leader attends', () => {
  it('When a session has its own audience, then it overrides the module audience', () => {
    const run = programme.sessions.find((s) => s.id === 's3a')!;
    expect(sessionAudience(programme, run)).toEqual({ levels: [3], groups: ['g1'] });
    const gathering = programme.sessions.find((s) => s.id === 's1')!;
    expect(sessionAudience(programme, gathering)).toEqual({});
  });

  it('When a director asks for their schedule, then they get the gatherings and the module for levels 1+2, in date order', () => {
    expect(ids(sessionsFor(programme, who('director')))).toEqual(['s1', 's2', 's4']);
  });

  it('When a head of area has chosen an elective, then its sessions are in their schedule', () => {
    expect(ids(sessionsFor(programme, who('head')))).toEqual(['s1', 's2', 'se1', 's4']);
  });

  it('When a leader of employees is in group 1, then they get the group-1 run of their module and not the group-2 run', () => {
    expect(ids(sessionsFor(programme, who('leader-g1')))).toEqual(['s1', 's3a', 'se2', 'se1', 's4']);
    expect(ids(sessionsFor(programme, who('leader-g2')))).toEqual(['s1', 's3b', 'se2', 's4']);
  });

  it('When a leader of employees has no group yet, then they get no run of a per-group module', () => {
    expect(ids(sessionsFor(programme, who('leader-nogroup')))).toEqual(['s1', 's4']);
  });

  it('When a leader is deactivated, then they have no sessions', () => {
    expect(sessionsFor(programme, who('left'))).toEqual([]);
  });
});

describe('The next session at a given instant', () => {
  it('When asked before the programme starts, then the first gathering is next', () => {
    expect(nextSessionFor(programme, who('director'), new Date('2026-12-01T10:00:00Z'))?.id).toBe('s1');
  });

  it('When asked between sessions, then the next one of the leader\'s own is given', () => {
    const now = new Date('2027-01-20T10:00:00+01:00');
    expect(nextSessionFor(programme, who('director'), now)?.id).toBe('s2');
    expect(nextSessionFor(programme, who('leader-g2'), now)?.id).toBe('s3b');
  });

  it('When a session is under way, then it is still the next session', () => {
    const now = new Date('2027-02-04T11:00:00+01:00');
    const next = nextSessionFor(programme, who('head'), now)!;
    expect(next.id).toBe('s2');
    expect(isUnderWay(next, now)).toBe(true);
  });

  it('When a session has just ended, then the one after it is next', () => {
    const justEnded = new Date('2027-02-04T15:30:00+01:00');
    expect(nextSessionFor(programme, who('head'), justEnded)?.id).toBe('se1');
    expect(isUnderWay(programme.sessions.find((s) => s.id === 's2')!, justEnded)).toBe(false);
  });

  it('When a session starts exactly now, then it is under way', () => {
    const s1 = programme.sessions.find((s) => s.id === 's1')!;
    expect(isUnderWay(s1, new Date('2027-01-07T08:00:00Z'))).toBe(true);
    expect(isUnderWay(s1, new Date('2027-01-07T07:59:59Z'))).toBe(false);
  });

  it('When asked after the leader\'s last session, then there is no next session', () => {
    expect(nextSessionFor(programme, who('director'), new Date('2027-03-29T15:30:00+02:00'))).toBeUndefined();
  });

  it('When the change to summer time lies between now and the next session, then the next session is still found by real time', () => {
    // Sunday 28 March 2027 08:30 local (+02:00) is 06:30Z; the winter session se1 ended on the 25th.
    const now = new Date('2027-03-28T06:30:00Z');
    expect(nextSessionFor(programme, who('leader-g1'), now)?.id).toBe('s4');
    // The last winter hour before the change still finds the same session.
    expect(nextSessionFor(programme, who('leader-g1'), new Date('2027-03-28T00:59:00Z'))?.id).toBe('s4');
  });

  it('When the stored offsets differ, then sessions are compared as instants, not as text', () => {
    // 08:30Z on 29 March is 10:30 local in summer: s4 (09:00+02:00 = 07:00Z) is under way.
    const now = new Date('2027-03-29T08:30:00Z');
    const next = nextSessionFor(programme, who('director'), now)!;
    expect(next.id).toBe('s4');
    expect(isUnderWay(next, now)).toBe(true);
  });

  it('When two sessions fall in the hour that repeats at the autumn change, then they are ordered by real time', () => {
    // On 31 October 2027 the clock goes 02:59 (+02:00) back to 02:00 (+01:00). "02:30+02:00" is
    // 00:30Z and comes before "02:15+01:00" (01:15Z), although its local clock time is later.
    const autumn = programmeSchema.parse({
      ...input,
      sessions: [
        sessionAt('second', 'm1', '2027-10-31T02:15:00+01:00', '2027-10-31T02:45:00+01:00'),
        sessionAt('first', 'm1', '2027-10-31T02:30:00+02:00', '2027-10-31T02:50:00+02:00'),
      ],
    });
    expect(ids(sessionsFor(autumn, who('head')))).toEqual(['first', 'second']);
    expect(nextSessionFor(autumn, who('head'), new Date('2027-10-31T00:55:00Z'))?.id).toBe('second');
  });
});

describe('Finding modules', () => {
  it('When a leader says "modul 3", then the module with number 3 is found', () => {
    expect(findModuleByNumber(programme, 3)?.id).toBe('m3');
    expect(findModuleByNumber(programme, 99)).toBeUndefined();
  });

  it('When a module id is looked up, then that module is found, or nothing', () => {
    expect(findModule(programme, 'm4')?.number).toBe(4);
    expect(findModule(programme, 'nope')).toBeUndefined();
  });

  it('When the electives are listed, then only electives come out, in module-number order', () => {
    expect(electivesOf(programme).map((m) => m.id)).toEqual(['e1', 'e2']);
  });
});
