import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { CodedError } from '../../../../src/domain/errors';
import type { LocalDate } from '../../../../src/domain/calendar/local-time';

const CPH = 'Europe/Copenhagen';
const date = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const SUMMER = { da: 'Sommerferie', en: 'Summer holiday' };
const CHRISTMAS = { da: 'Juleferie', en: 'Christmas holiday' };

describe('The employer’s days off', () => {
  const municipal = createWorkingCalendar({}, CPH);

  it('When nothing is configured, then the municipal preset gives juleaftensdag off as a whole day', () => {
    expect(municipal.settings.employerDaysOff).toBe('municipal-dk');
    expect(municipal.dayOffOn(date('2026-12-24'))).toEqual({
      whole: true,
      reasons: [{ code: 'employer-day-off', name: { da: 'Juleaftensdag', en: 'Christmas Eve' } }],
    });
    expect(municipal.workingHoursOn(date('2026-12-24'))).toBeUndefined();
  });

  it('When it is 1 May, grundlovsdag or nytårsaftensdag on a weekday, then the municipal preset gives the afternoon off from 12:00', () => {
    for (const iso of ['2026-05-01', '2026-06-05', '2026-12-31', '2027-12-31']) {
      const off = municipal.dayOffOn(date(iso));
      expect({ iso, whole: off?.whole, from: off?.from, code: off?.reasons[0].code }).toEqual({
        iso,
        whole: false,
        from: { hour: 12, minute: 0 },
        code: 'employer-day-off',
      });
      expect({ iso, hours: municipal.workingHoursOn(date(iso)) }).toEqual({ iso, hours: { start: { hour: 8, minute: 0 }, end: { hour: 12, minute: 0 } } });
    }
  });

  it('When a half day off falls on a public holiday, then the whole day is off for the holiday alone', () => {
    // 5 June 2028 is both grundlovsdag and 2. pinsedag.
    const off = municipal.dayOffOn(date('2028-06-05'));
    expect(off).toEqual({ whole: true, reasons: [{ code: 'public-holiday', name: expect.objectContaining({ da: 'Anden Pinsedag' }) }] });
  });

  it('When the preset is none, then juleaftensdag and the afternoons are working time and nytårsdag is still off', () => {
    const state = createWorkingCalendar({ employerDaysOff: 'none' }, CPH);
    expect(state.dayOffOn(date('2026-12-24'))).toBeUndefined();
    expect(state.workingHoursOn(date('2026-12-31'))).toEqual({ start: { hour: 8, minute: 0 }, end: { hour: 16, minute: 0 } });
    expect(state.dayOffOn(date('2027-01-01'))?.reasons[0].code).toBe('public-holiday');
  });

  it('When the list mixes the preset with days of the employer’s own, then both apply', () => {
    const calendar = createWorkingCalendar(
      {
        employerDaysOff: [
          'municipal-dk',
          { date: '2027-05-07', name: { da: 'Fredag efter Kristi himmelfart', en: 'Friday after Ascension' } },
          { date: '12-23', from: '14:30', name: { da: 'Lillejuleaften', en: 'Day before Christmas Eve' } },
        ],
      },
      CPH,
    );
    expect(calendar.dayOffOn(date('2027-05-07'))?.whole).toBe(true);
    expect(calendar.dayOffOn(date('2028-05-26'))).toBeUndefined();
    expect(calendar.workingHoursOn(date('2027-12-23'))).toEqual({ start: { hour: 8, minute: 0 }, end: { hour: 14, minute: 30 } });
    expect(calendar.dayOffOn(date('2027-12-24'))?.whole).toBe(true);
  });

  it('When a day is off from before the working window opens, then it has no working hours but is not called a whole day off', () => {
    const calendar = createWorkingCalendar({ employerDaysOff: [{ date: '03-02', from: '07:00', name: { da: 'Firmadag', en: 'Company day' } }] }, CPH);
    expect(calendar.dayOffOn(date('2027-03-02'))?.whole).toBe(false);
    expect(calendar.workingHoursOn(date('2027-03-02'))).toBeUndefined();
  });
});

describe('Closed periods', () => {
  it('When summer weeks are closed, then every day of ISO weeks 29–31 is off with the period’s name, and week 32 is not', () => {
    const calendar = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: SUMMER }] }, CPH);
    // 2027: week 29 starts Monday 19 July, week 31 ends Sunday 8 August.
    expect(calendar.dayOffOn(date('2027-07-16'))).toBeUndefined();
    expect(calendar.dayOffOn(date('2027-07-19'))).toEqual({ whole: true, reasons: [{ code: 'closed-period', name: SUMMER }] });
    expect(calendar.dayOffOn(date('2027-08-06'))?.reasons[0].code).toBe('closed-period');
    expect(calendar.dayOffOn(date('2027-08-09'))).toBeUndefined();
  });

  it('When a yearly period runs over New Year, then it covers the end of one year and the start of the next', () => {
    const calendar = createWorkingCalendar({ closedPeriods: [{ from: '12-27', to: '01-02', name: CHRISTMAS }] }, CPH);
    for (const iso of ['2027-12-27', '2027-12-30', '2028-01-02']) expect(calendar.dayOffOn(date(iso))?.whole).toBe(true);
    expect(calendar.dayOffOn(date('2027-12-30'))?.reasons).toEqual([{ code: 'closed-period', name: CHRISTMAS }]);
    expect(calendar.dayOffOn(date('2028-01-03'))).toBeUndefined();
    expect(calendar.dayOffOn(date('2027-12-22'))).toBeUndefined();
  });

  it('When a one-off range is given, then only those dates of that year are closed, both ends included', () => {
    const calendar = createWorkingCalendar({ closedPeriods: [{ from: '2027-10-11', to: '2027-10-15' }] }, CPH);
    expect(calendar.dayOffOn(date('2027-10-11'))).toEqual({ whole: true, reasons: [{ code: 'closed-period', name: { da: 'Lukkeperiode', en: 'Closed period' } }] });
    expect(calendar.dayOffOn(date('2027-10-15'))?.whole).toBe(true);
    expect(calendar.dayOffOn(date('2027-10-18'))).toBeUndefined();
    expect(calendar.dayOffOn(date('2028-10-11'))).toBeUndefined();
  });

  it('When a closed period includes a public holiday and a half day, then the holiday is named first and the half day is left out', () => {
    const calendar = createWorkingCalendar({ closedPeriods: [{ from: '12-22', to: '01-01', name: CHRISTMAS }] }, CPH);
    expect(calendar.dayOffOn(date('2027-12-31'))).toEqual({ whole: true, reasons: [{ code: 'closed-period', name: CHRISTMAS }] });
    expect(calendar.dayOffOn(date('2027-12-27'))?.reasons.map((r) => r.code)).toEqual(['closed-period']);
    expect(calendar.dayOffOn(date('2027-12-25'))?.reasons.map((r) => r.code)).toEqual(['public-holiday', 'closed-period', 'weekend']);
  });
});

describe('Working window and bad settings', () => {
  it('When a working window is configured, then an ordinary working day has exactly those hours', () => {
    const calendar = createWorkingCalendar({ workingWindow: '09:30-15:00' }, CPH);
    expect(calendar.window).toEqual({ start: { hour: 9, minute: 30 }, end: { hour: 15, minute: 0 } });
    expect(calendar.workingHoursOn(date('2027-03-03'))).toEqual(calendar.window);
    expect(calendar.workingHoursOn(date('2027-03-06'))).toBeUndefined();
  });

  const bad: [string, unknown, RegExp][] = [
    ['a window that ends before it starts', { workingWindow: '16:00–08:00' }, /calendar\.workingWindow: the window must end after it starts/],
    ['a window that is not two times', { workingWindow: '8–16' }, /calendar\.workingWindow: must be two local times/],
    ['an unknown preset', { employerDaysOff: 'municipal' }, /calendar\.employerDaysOff: must be "municipal-dk" or "none"/],
    ['a date that does not exist', { employerDaysOff: [{ date: '02-30', name: { da: 'x', en: 'x' } }] }, /calendar\.employerDaysOff\.0\.date: must be a date/],
    ['a period with both dates and weeks', { closedPeriods: [{ from: '07-01', to: '07-20', weeks: '29' }] }, /calendar\.closedPeriods\.0: give either from and to/],
    ['a period ending before it starts', { closedPeriods: [{ from: '2027-07-20', to: '2027-07-01' }] }, /calendar\.closedPeriods\.0\.to: must not be before from/],
    ['a period mixing a yearly and a dated end', { closedPeriods: [{ from: '07-01', to: '2027-07-20' }] }, /calendar\.closedPeriods\.0\.to: from and to must both be "YYYY-MM-DD" \(once\) or both "MM-DD"/],
    ['week 54', { closedPeriods: [{ weeks: '52-54' }] }, /ISO week numbers run from 1 to 53/],
    ['an unknown country', { country: 'XX' }, /calendar\.country: no public holidays are known/],
    ['a lower-case country', { country: 'dk' }, /calendar\.country: must be a two-letter country code in capitals/],
    ['an unknown key', { workingHours: '08:00–16:00' }, /Unrecognized key/],
  ];
  for (const [what, settings, message] of bad) {
    it(`When the settings have ${what}, then building the calendar fails with INVALID_SETTINGS naming the setting`, () => {
      let thrown: unknown;
      try {
        createWorkingCalendar(settings as never, CPH);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(CodedError);
      expect(thrown).toMatchObject({ code: 'INVALID_SETTINGS', message: expect.stringMatching(message) });
    });
  }

  it('When the time zone is unknown, then building the calendar fails with INVALID_SETTINGS', () => {
    expect(() => createWorkingCalendar({}, 'Europe/Kobenhavn')).toThrow(expect.objectContaining({ code: 'INVALID_SETTINGS' }));
  });
});
