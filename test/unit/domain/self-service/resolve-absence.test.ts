import type { Programme } from '../../../../src/domain/programme/model';
import { resolveAbsence, upcomingSessionsFor } from '../../../../src/domain/self-service/resolve-absence';
import { smallProgramme } from '../../../helpers/programmes';

// Monday 11 January 2027. Sofie (level 3, group g1, electives e1 and e2) has, still to come:
// s3a Thu 4 March, s4 Thu 8 April, se1 Thu 6 May, se2 Thu 20 May.
const NOW = new Date('2027-01-11T08:00:00Z');
const programme = smallProgramme();
const sofie = programme.participants.find((p) => p.id === 'p3')!;
const upcoming = upcomingSessionsFor(programme, sofie, NOW);
const ids = (sessions: { id: string }[]) => sessions.map((s) => s.id);

describe('Which session an absence is about', () => {
  it('When the leader’s upcoming sessions are listed, then past ones and other groups’ sessions are left out', () => {
    expect(ids(upcoming)).toEqual(['s3a', 's4', 'se1', 'se2']);
  });

  it('When a day of the month is named, then it is the first session on such a day', () => {
    expect(resolveAbsence(programme, upcoming, { day: 4 })).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { day: 20 })).toMatchObject({ kind: 'one', session: { id: 'se2' } });
    expect(resolveAbsence(programme, upcoming, { day: 6, month: 5 })).toMatchObject({ kind: 'one', session: { id: 'se1' } });
  });

  it('When no session falls on the day named, then the leader chooses among the upcoming ones', () => {
    const result = resolveAbsence(programme, upcoming, { day: 12 });
    expect(result).toMatchObject({ kind: 'choose', why: 'noMatch' });
    expect(result.kind === 'choose' && ids(result.sessions)).toEqual(['s3a', 's4', 'se1', 'se2']);
    expect(resolveAbsence(programme, upcoming, { day: 4, month: 4 })).toMatchObject({ kind: 'choose', why: 'noMatch' });
  });

  it('When "next", a weekday or a module number is named, then it is that session', () => {
    expect(resolveAbsence(programme, upcoming, { next: true })).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { weekday: 4 })).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { moduleNumber: 11 })).toMatchObject({ kind: 'one', session: { id: 'se1' } });
    expect(resolveAbsence(programme, upcoming, { moduleNumber: 3, next: true })).toMatchObject({ kind: 'one', session: { id: 's3a' } });
  });

  it('When nothing says which session, then the leader chooses, earliest first', () => {
    expect(resolveAbsence(programme, upcoming, {})).toMatchObject({ kind: 'choose', why: 'unclear' });
  });

  it('When two sessions fall on the day named, then the leader chooses between those two', () => {
    const twoOnOneDay: Programme = {
      ...programme,
      sessions: [
        ...programme.sessions,
        { ...programme.sessions.find((s) => s.id === 's4')!, id: 's4-afternoon', start: '2027-04-08T16:00:00+02:00', end: '2027-04-08T18:00:00+02:00' },
      ],
    };
    const result = resolveAbsence(twoOnOneDay, upcomingSessionsFor(twoOnOneDay, sofie, NOW), { day: 8 });
    expect(result).toMatchObject({ kind: 'choose', why: 'several' });
    expect(result.kind === 'choose' && ids(result.sessions)).toEqual(['s4', 's4-afternoon']);
  });

  it('When a session starts just after midnight in Copenhagen, then its day is the Copenhagen day, not the UTC one', () => {
    const late: Programme = {
      ...programme,
      sessions: [{ ...programme.sessions.find((s) => s.id === 's4')!, id: 'night', start: '2027-03-12T00:30:00+01:00', end: '2027-03-12T02:00:00+01:00' }],
    };
    const sessions = upcomingSessionsFor(late, sofie, NOW);
    expect(resolveAbsence(late, sessions, { day: 12 })).toMatchObject({ kind: 'one', session: { id: 'night' } });
    expect(resolveAbsence(late, sessions, { day: 11 })).toMatchObject({ kind: 'choose', why: 'noMatch' });
  });

  it('When the leader has no sessions left, then there is nothing to choose', () => {
    const after = upcomingSessionsFor(programme, sofie, new Date('2027-06-01T00:00:00Z'));
    expect(resolveAbsence(programme, after, { next: true })).toEqual({ kind: 'none' });
  });
});
