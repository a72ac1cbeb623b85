import { DateTime } from 'luxon';
import { nextWorkingTime, previousWorkingTime } from '../../../../src/domain/calendar/move-to-working-time';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { isWorkingTime, whyNotWorking } from '../../../../src/domain/calendar/working-time';

const CPH = 'Europe/Copenhagen';
/** An instant given as Copenhagen wall-clock time, "2026-12-25T14:00". */
const at = (local: string) => DateTime.fromISO(local, { zone: CPH }).toMillis();
/** An instant shown as Copenhagen wall-clock time with its offset, to assert on. */
const show = (ms: number | undefined) => (ms === undefined ? undefined : DateTime.fromMillis(ms, { zone: CPH }).toISO({ suppressMilliseconds: true }));

const calendar = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: { da: 'Sommerferie', en: 'Summer holiday' } }] }, CPH);

describe('Working time', () => {
  it('When a weekday instant is inside 08:00–16:00, then it is working time; 16:00 itself and 07:59 are not', () => {
    expect(isWorkingTime(calendar, at('2027-03-03T08:00'))).toBe(true);
    expect(isWorkingTime(calendar, at('2027-03-03T15:59:59.999'))).toBe(true);
    expect(isWorkingTime(calendar, at('2027-03-03T16:00'))).toBe(false);
    expect(isWorkingTime(calendar, at('2027-03-03T07:59'))).toBe(false);
  });

  it('When it is the afternoon of a half day off, then 11:59 is working time and 12:00 is not, for the day’s reason', () => {
    expect(isWorkingTime(calendar, at('2026-06-05T11:59'))).toBe(true);
    expect(whyNotWorking(calendar, at('2026-06-05T12:00'))).toEqual({
      code: 'employer-day-off',
      name: { da: 'Grundlovsdag', en: 'Constitution Day' },
      from: { hour: 12, minute: 0 },
    });
  });

  it('When an instant is not working time, then the reason says whether it is a holiday, a weekend, a closed period or after hours', () => {
    expect(whyNotWorking(calendar, at('2026-12-25T20:00'))?.code).toBe('public-holiday');
    expect(whyNotWorking(calendar, at('2027-03-06T10:00'))?.code).toBe('weekend');
    expect(whyNotWorking(calendar, at('2027-07-21T10:00'))).toEqual({ code: 'closed-period', name: { da: 'Sommerferie', en: 'Summer holiday' } });
    expect(whyNotWorking(calendar, at('2027-03-03T17:30'))).toEqual({
      code: 'outside-working-hours',
      name: { da: 'arbejdstiden 08.00–16.00', en: 'working hours 08:00–16:00' },
    });
    expect(whyNotWorking(calendar, at('2027-03-03T10:00'))).toBeUndefined();
  });

  it('When the time is stored in UTC, then the working window is read on the Copenhagen clock in winter and in summer', () => {
    // 07:30Z is 08:30 in winter (+01:00) but 09:30 in summer (+02:00); 14:30Z is 15:30 or 16:30.
    expect(isWorkingTime(calendar, Date.parse('2027-01-13T07:30:00Z'))).toBe(true);
    expect(isWorkingTime(calendar, Date.parse('2027-01-13T14:30:00Z'))).toBe(true);
    expect(isWorkingTime(calendar, Date.parse('2027-06-16T14:30:00Z'))).toBe(false);
    expect(isWorkingTime(calendar, Date.parse('2027-06-16T06:30:00Z'))).toBe(true);
  });
});

describe('The next working time', () => {
  it('When a prompt falls on juledag at 14:00, then it moves to 14:00 on the next working day', () => {
    // 2026: 24 Dec (municipal day off) Thursday, 25–26 holidays, 27 Sunday.
    expect(show(nextWorkingTime(calendar, at('2026-12-25T14:00')))).toBe('2026-12-28T14:00:00+01:00');
  });

  it('When the time is working time, then it stays exactly as it is', () => {
    const ms = at('2027-03-03T09:17:42.5');
    expect(nextWorkingTime(calendar, ms)).toBe(ms);
  });

  it('When the time is before the window on a working day, then it waits until 08:00 the same day', () => {
    expect(show(nextWorkingTime(calendar, at('2027-03-03T06:45')))).toBe('2027-03-03T08:00:00+01:00');
  });

  it('When the time is after the window, then it goes out at 08:00 on the next working day (Friday evening to Monday)', () => {
    expect(show(nextWorkingTime(calendar, at('2027-03-03T16:00')))).toBe('2027-03-04T08:00:00+01:00');
    expect(show(nextWorkingTime(calendar, at('2027-03-05T19:00')))).toBe('2027-03-08T08:00:00+01:00');
  });

  it('When the time is in the afternoon of nytårsaftensdag, then it moves over New Year to the same time on the first working day', () => {
    // 31 Dec 2026 Thursday (off from 12:00), 1 Jan Friday (nytårsdag), weekend.
    expect(show(nextWorkingTime(calendar, at('2026-12-31T14:00')))).toBe('2027-01-04T14:00:00+01:00');
    // 31 Dec 2027 Friday, 1 Jan 2028 Saturday: Monday 3 January.
    expect(show(nextWorkingTime(calendar, at('2027-12-31T13:00')))).toBe('2028-01-03T13:00:00+01:00');
    // The morning of nytårsaftensdag is working time.
    expect(show(nextWorkingTime(calendar, at('2027-12-31T09:00')))).toBe('2027-12-31T09:00:00+01:00');
  });

  it('When a time moves onto a half day but falls in its afternoon, then it goes out at 08:00 that day', () => {
    // Saturday 30 May 2026 14:00 → Monday 1 June is ordinary; but Thursday 4 June 18:00 → Friday 5 June (off from 12:00) at 08:00.
    expect(show(nextWorkingTime(calendar, at('2026-06-04T18:00')))).toBe('2026-06-05T08:00:00+02:00');
    expect(show(nextWorkingTime(calendar, at('2026-05-30T14:00')))).toBe('2026-06-01T14:00:00+02:00');
  });

  it('When the weekend before the change to summer time is skipped, then 14:00 stays 14:00 on the Copenhagen clock', () => {
    // Summer time starts Sunday 29 March 2026 (last Sunday of March).
    expect(show(nextWorkingTime(calendar, at('2026-03-28T14:00')))).toBe('2026-03-30T14:00:00+02:00');
    expect(show(nextWorkingTime(calendar, at('2026-03-29T02:30')))).toBe('2026-03-30T08:00:00+02:00');
  });

  it('When the weekend of the change back to winter time is skipped, then 14:00 stays 14:00 on the Copenhagen clock', () => {
    // Winter time starts Sunday 25 October 2026 (last Sunday of October); 02:30 happens twice that night.
    expect(show(nextWorkingTime(calendar, at('2026-10-24T14:00')))).toBe('2026-10-26T14:00:00+01:00');
    expect(show(nextWorkingTime(calendar, Date.parse('2026-10-25T00:30:00Z')))).toBe('2026-10-26T08:00:00+01:00');
    expect(show(nextWorkingTime(calendar, Date.parse('2026-10-25T01:30:00Z')))).toBe('2026-10-26T08:00:00+01:00');
  });

  it('When a time falls in a closed period, then it moves to the same time on the first day after it', () => {
    expect(show(nextWorkingTime(calendar, at('2027-07-21T10:00')))).toBe('2027-08-09T10:00:00+02:00');
  });

  it('When the calendar has no working day for more than a year, then asking fails with CALENDAR_NO_WORKING_TIME', () => {
    const closed = createWorkingCalendar({ closedPeriods: [{ from: '01-01', to: '12-31' }] }, CPH);
    expect(() => nextWorkingTime(closed, at('2027-03-03T10:00'))).toThrow(expect.objectContaining({ code: 'CALENDAR_NO_WORKING_TIME' }));
  });
});

describe('The previous working time', () => {
  it('When a reminder falls on a Sunday, then the same time on the Friday before is the last working time at that time', () => {
    expect(show(previousWorkingTime(calendar, at('2027-03-07T09:00')))).toBe('2027-03-05T09:00:00+01:00');
  });

  it('When the time is after the window, then the last working minute of the same day is returned', () => {
    expect(show(previousWorkingTime(calendar, at('2027-03-03T18:00')))).toBe('2027-03-03T15:59:00+01:00');
  });

  it('When the time is before the window, then the last working minute of the previous working day is returned', () => {
    expect(show(previousWorkingTime(calendar, at('2027-03-08T07:00')))).toBe('2027-03-05T15:59:00+01:00');
  });

  it('When the time is in the afternoon of a half day, then it is the last minute before 12:00 that day', () => {
    expect(show(previousWorkingTime(calendar, at('2026-05-01T14:00')))).toBe('2026-05-01T11:59:00+02:00');
  });

  it('When Easter is in the way, then the time goes back over skærtorsdag and langfredag to the Wednesday', () => {
    expect(show(previousWorkingTime(calendar, at('2027-03-29T09:00')))).toBe('2027-03-24T09:00:00+01:00');
  });

  it('When the change to winter time is in between, then 09:00 stays 09:00', () => {
    expect(show(previousWorkingTime(calendar, at('2026-10-25T09:00')))).toBe('2026-10-23T09:00:00+02:00');
  });

  it('When the last working time would be before the given bound, then there is none', () => {
    expect(previousWorkingTime(calendar, at('2027-03-07T09:00'), at('2027-03-06T00:00'))).toBeUndefined();
    expect(show(previousWorkingTime(calendar, at('2027-03-07T09:00'), at('2027-03-05T09:00')))).toBe('2027-03-05T09:00:00+01:00');
  });
});
