import { sessionWarnings } from '../../../../src/domain/calendar/session-warnings';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';

const CPH = 'Europe/Copenhagen';
const calendar = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: { da: 'Sommerferie', en: 'Summer holiday' } }] }, CPH);

describe('Warnings for HR about sessions on days off', () => {
  it('When a gathering is on juleaftensdag, then HR is warned in Danish and English that it falls on a day off', () => {
    const warnings = sessionWarnings(calendar, [
      { id: 'fs2', start: '2026-12-24T09:00:00+01:00', end: '2026-12-24T15:30:00+01:00', label: { da: 'Fællessamling 2', en: 'Joint gathering 2' } },
    ]);
    expect(warnings).toEqual([
      {
        sessionId: 'fs2',
        code: 'day-off',
        date: '2026-12-24',
        reasons: [{ code: 'employer-day-off', name: { da: 'Juleaftensdag', en: 'Christmas Eve' } }],
        message: {
          da: 'Fællessamling 2 ligger på en fridag: torsdag den 24. december 2026 (Juleaftensdag, særlig fridag).',
          en: "Joint gathering 2 falls on a day off: Thursday 24 December 2026 (Christmas Eve, the employer's day off).",
        },
      },
    ]);
  });

  it('When a session is on a public holiday, a Saturday or in a closed period, then each gets its own kind of warning', () => {
    const warnings = sessionWarnings(calendar, [
      { id: 'm1', start: '2027-05-06T09:00:00+02:00', end: '2027-05-06T15:00:00+02:00' },
      { id: 'm2', start: '2027-03-06T09:00:00+01:00', end: '2027-03-06T15:00:00+01:00' },
      { id: 'm3', start: '2027-07-21T09:00:00+02:00', end: '2027-07-21T15:00:00+02:00' },
    ]);
    expect(warnings.map((w) => [w.sessionId, w.code, w.message.da])).toEqual([
      ['m1', 'day-off', 'Session m1 ligger på en fridag: torsdag den 6. maj 2027 (Kristi Himmelfartsdag, helligdag).'],
      ['m2', 'weekend', 'Session m2 ligger i en weekend: lørdag den 6. marts 2027.'],
      ['m3', 'closed-period', 'Session m3 ligger i en lukkeperiode: onsdag den 21. juli 2027 (Sommerferie, lukkeperiode).'],
    ]);
    expect(warnings[2].message.en).toBe('Session m3 falls in a closed period: Wednesday 21 July 2027 (Summer holiday, closed period).');
  });

  it('When a session on grundlovsdag runs past 12:00, then HR is warned that it runs into the afternoon off', () => {
    const [warning] = sessionWarnings(calendar, [{ id: 'm4', start: '2026-06-05T09:00:00+02:00', end: '2026-06-05T15:00:00+02:00' }]);
    expect(warning.code).toBe('part-day');
    expect(warning.message).toEqual({
      da: 'Session m4 rækker ind i fritiden: fredag den 5. juni 2026 er der fri fra kl. 12.00 (Grundlovsdag, særlig fridag).',
      en: "Session m4 runs into time off: on Friday 5 June 2026 work ends at 12:00 (Constitution Day, the employer's day off).",
    });
  });

  it('When a session on a half day ends by 12:00, then there is no warning', () => {
    expect(sessionWarnings(calendar, [{ id: 'm5', start: '2026-05-01T08:30:00+02:00', end: '2026-05-01T12:00:00+02:00' }])).toEqual([]);
  });

  it('When a two-day session spans days off, then each day off gets its own warning and a working day none', () => {
    const warnings = sessionWarnings(calendar, [{ id: 'm6', start: '2027-03-25T09:00:00+01:00', end: '2027-03-26T15:00:00+01:00' }]);
    // 2027: skærtorsdag 25 March and langfredag 26 March are both holidays.
    expect(warnings.map((w) => w.date)).toEqual(['2027-03-25', '2027-03-26']);
    const other = sessionWarnings(calendar, [{ id: 'm7', start: '2027-05-05T09:00:00+02:00', end: '2027-05-06T15:00:00+02:00' }]);
    expect(other.map((w) => w.date)).toEqual(['2027-05-06']);
  });

  it('When a session ends at midnight, then the next day is not touched', () => {
    expect(sessionWarnings(calendar, [{ id: 'm8', start: '2027-03-05T18:00:00+01:00', end: '2027-03-06T00:00:00+01:00' }])).toEqual([]);
  });

  it('When sessions are on ordinary working days, then there are no warnings', () => {
    expect(sessionWarnings(calendar, [{ id: 'm9', start: '2024-04-26T09:00:00+02:00', end: '2024-04-26T15:00:00+02:00' }])).toEqual([]);
  });

  it('When a session time is not a date-time, then a CodedError names the session', () => {
    expect(() => sessionWarnings(calendar, [{ id: 'bad', start: 'tomorrow', end: '2027-03-05T18:00:00+01:00' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', message: expect.stringContaining('Session bad') }),
    );
  });
});
