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
    expect(resolveAbsence(programme, upcoming, { day: 4 }, NOW)).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { day: 20 }, NOW)).toMatchObject({ kind: 'one', session: { id: 'se2' } });
    expect(resolveAbsence(programme, upcoming, { day: 6, month: 5 }, NOW)).toMatchObject({ kind: 'one', session: { id: 'se1' } });
  });

  it('When no session falls on the day named, then the leader chooses among the upcoming ones', () => {
    const result = resolveAbsence(programme, upcoming, { day: 12 }, NOW);
    expect(result).toMatchObject({ kind: 'choose', why: 'noMatch' });
    expect(result.kind === 'choose' && ids(result.sessions)).toEqual(['s3a', 's4', 'se1', 'se2']);
    expect(resolveAbsence(programme, upcoming, { day: 4, month: 4 }, NOW)).toMatchObject({ kind: 'choose', why: 'noMatch' });
  });

  it('When "next", a weekday or a module number is named, then it is that session', () => {
    expect(resolveAbsence(programme, upcoming, { next: true }, NOW)).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { weekday: 4 }, NOW)).toMatchObject({ kind: 'one', session: { id: 's3a' } });
    expect(resolveAbsence(programme, upcoming, { moduleNumber: 11 }, NOW)).toMatchObject({ kind: 'one', session: { id: 'se1' } });
    expect(resolveAbsence(programme, upcoming, { moduleNumber: 3, next: true }, NOW)).toMatchObject({ kind: 'one', session: { id: 's3a' } });
  });

  it('When nothing says which session, then the leader chooses, earliest first', () => {
    expect(resolveAbsence(programme, upcoming, {}, NOW)).toMatchObject({ kind: 'choose', why: 'unclear' });
  });

  it('When two sessions fall on the day named, then the leader chooses between those two', () => {
    const twoOnOneDay: Programme = {
      ...programme,
      sessions: [
        ...programme.sessions,
        { ...programme.sessions.find((s) => s.id === 's4')!, id: 's4-afternoon', start: '2027-04-08T16:00:00+02:00', end: '2027-04-08T18:00:00+02:00' },
      ],
    };
    const result = resolveAbsence(twoOnOneDay, upcomingSessionsFor(twoOnOneDay, sofie, NOW), { day: 8 }, NOW);
    expect(result).toMatchObject({ kind: 'choose', why: 'several' });
    expect(result.kind === 'choose' && ids(result.sessions)).toEqual(['s4', 's4-afternoon']);
  });

  it('When a session starts just after midnight in Copenhagen, then its day is the Copenhagen day, not the UTC one', () => {
    const late: Programme = {
      ...programme,
      sessions: [{ ...programme.sessions.find((s) => s.id === 's4')!, id: 'night', start: '2027-03-12T00:30:00+01:00', end: '2027-03-12T02:00:00+01:00' }],
    };
    const sessions = upcomingSessionsFor(late, sofie, NOW);
    expect(resolveAbsence(late, sessions, { day: 12 }, NOW)).toMatchObject({ kind: 'one', session: { id: 'night' } });
    expect(resolveAbsence(late, sessions, { day: 11 }, NOW)).toMatchObject({ kind: 'choose', why: 'noMatch' });
  });

  it('When the leader has no sessions left, then there is nothing to choose', () => {
    const after = upcomingSessionsFor(programme, sofie, new Date('2027-06-01T00:00:00Z'));
    expect(resolveAbsence(programme, after, { next: true }, NOW)).toEqual({ kind: 'none' });
  });
  describe('When the words count days or weeks from today', () => {
    // Sessions that belong to Sofie's own module 4, placed where the programme's clock and UTC disagree.
    const at = (sessions: Array<[string, string]>): Programme => {
      const s4 = programme.sessions.find((s) => s.id === 's4')!;
      return { ...programme, sessions: sessions.map(([id, start]) => ({ ...s4, id, start, end: new Date(Date.parse(start) + 3_600_000).toISOString() })) };
    };
    const resolveAt = (p: Programme, now: string, relative: NonNullable<Parameters<typeof resolveAbsence>[2]['relative']>) =>
      resolveAbsence(p, upcomingSessionsFor(p, sofie, new Date(now)), { relative }, new Date(now));

    it('When "i morgen" is said late on New Year’s Eve, then it is the session on 1 January in Copenhagen, though UTC still says 31 December', () => {
      const p = at([['new-year', '2028-01-01T00:30:00+01:00'], ['second', '2028-01-02T09:00:00+01:00']]);
      // 23:30 in Copenhagen on 31 December 2027 is 22:30 UTC.
      expect(resolveAt(p, '2027-12-31T22:30:00Z', { daysFromToday: 1 })).toMatchObject({ kind: 'one', session: { id: 'new-year' } });
      expect(resolveAt(p, '2027-12-31T22:30:00Z', { daysFromToday: 2 })).toMatchObject({ kind: 'one', session: { id: 'second' } });
      const today = resolveAt(p, '2027-12-31T22:30:00Z', { daysFromToday: 0 });
      expect(today).toMatchObject({ kind: 'choose', why: 'noMatch' });
      expect(today.kind === 'choose' && ids(today.sessions)).toEqual(['new-year', 'second']);
    });

    it('When "i næste uge" or "uge 1" is said in the last week of December, then it is the first week of the new year', () => {
      const p = at([['this-week', '2027-12-30T09:00:00+01:00'], ['next-week', '2028-01-04T09:00:00+01:00'], ['later', '2028-01-11T09:00:00+01:00']]);
      const wednesday = '2027-12-29T09:00:00Z';
      expect(resolveAt(p, wednesday, { weeksFromNow: 1 })).toMatchObject({ kind: 'one', session: { id: 'next-week' } });
      expect(resolveAt(p, wednesday, { weeksFromNow: 0 })).toMatchObject({ kind: 'one', session: { id: 'this-week' } });
      expect(resolveAt(p, wednesday, { isoWeek: 1 })).toMatchObject({ kind: 'one', session: { id: 'next-week' } });
      expect(resolveAt(p, wednesday, { monthsFromNow: 1 })).toMatchObject({ kind: 'choose', why: 'several', sessions: [{ id: 'next-week' }, { id: 'later' }] });
    });

    it('When "i morgen" is the Sunday clocks go forward, then it is that Copenhagen day, not the UTC one', () => {
      // 28 March 2027: 02:00 CET becomes 03:00 CEST. 00:30 on Sunday is Saturday in UTC; 00:30 on Monday is Sunday in UTC.
      const p = at([['sunday', '2027-03-28T00:30:00+01:00'], ['monday', '2027-03-29T00:30:00+02:00']]);
      expect(resolveAt(p, '2027-03-27T22:00:00Z', { daysFromToday: 1 })).toMatchObject({ kind: 'one', session: { id: 'sunday' } });
      expect(resolveAt(p, '2027-03-27T22:00:00Z', { daysFromToday: 2 })).toMatchObject({ kind: 'one', session: { id: 'monday' } });
    });

    it('When "i morgen" is the Sunday clocks go back, then its 25 hours all count, the last one too', () => {
      // 31 October 2027: 03:00 CEST becomes 02:00 CET, so that Sunday ends at 23:00 UTC.
      const p = at([['late-sunday', '2027-10-31T23:30:00+01:00'], ['monday', '2027-11-01T09:00:00+01:00']]);
      expect(resolveAt(p, '2027-10-30T21:30:00Z', { daysFromToday: 1 })).toMatchObject({ kind: 'one', session: { id: 'late-sunday' } });
    });

    it('When the day counted from today has no session of the leader’s, then the leader chooses rather than the bot guessing', () => {
      const result = resolveAbsence(programme, upcoming, { relative: { daysFromToday: 1 } }, NOW);
      expect(result).toMatchObject({ kind: 'choose', why: 'noMatch' });
      expect(result.kind === 'choose' && ids(result.sessions)).toEqual(['s3a', 's4', 'se1', 'se2']);
    });
  });
});
