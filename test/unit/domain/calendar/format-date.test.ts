import {
  calendarDaysBetween,
  formatDate,
  formatDateTime,
  formatRelativeDays,
  formatSessionTime,
  formatTime,
} from '../../../../src/domain/calendar/format-date';
import { CodedError } from '../../../../src/domain/errors';

// These tests set nothing global: they must pass whatever the process TZ is
// (checked with TZ=America/Los_Angeles and TZ=UTC), because every function takes the zone.
const CPH = 'Europe/Copenhagen';
const IN_2027 = new Date('2027-01-15T12:00:00Z');

describe('Showing dates and times to leaders', () => {
  it('When a Danish leader reads a session time, then it reads "torsdag den 4. marts kl. 09.00"', () => {
    expect(formatDateTime('2027-03-04T09:00:00+01:00', CPH, 'da', IN_2027)).toBe('torsdag den 4. marts kl. 09.00');
  });

  it('When an English leader reads a session time, then it reads "Thursday 4 March at 09:00"', () => {
    expect(formatDateTime('2027-03-04T09:00:00+01:00', CPH, 'en', IN_2027)).toBe('Thursday 4 March at 09:00');
  });

  it('When the date is in another year than now, then the year is shown', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(formatDateTime('2027-03-04T09:00:00+01:00', CPH, 'da', now)).toBe('torsdag den 4. marts 2027 kl. 09.00');
    expect(formatDateTime('2027-03-04T09:00:00+01:00', CPH, 'en', now)).toBe('Thursday 4 March 2027 at 09:00');
    expect(formatDate('2027-03-04T09:00:00+01:00', CPH, 'da', now)).toBe('torsdag den 4. marts 2027');
  });

  it('When no "now" is given, then the year is shown because "this year" is unknown', () => {
    expect(formatDate('2027-03-04T09:00:00+01:00', CPH, 'en')).toBe('Thursday 4 March 2027');
  });

  it('When the time is stored in UTC, then it is shown on the Copenhagen clock', () => {
    expect(formatDateTime('2027-03-04T08:00:00Z', CPH, 'da', IN_2027)).toBe('torsdag den 4. marts kl. 09.00');
    expect(formatTime(new Date('2027-03-04T08:00:00Z'), CPH, 'en')).toBe('09:00');
    expect(formatTime('2027-03-04T08:00:00Z', CPH, 'da')).toBe('09.00');
  });

  it('When a session is a day, then the date is shown once with start and end times', () => {
    const start = '2027-03-04T09:00:00+01:00';
    const end = '2027-03-04T15:30:00+01:00';
    expect(formatSessionTime(start, end, CPH, 'da', IN_2027)).toBe('torsdag den 4. marts kl. 09.00–15.30');
    expect(formatSessionTime(start, end, CPH, 'en', IN_2027)).toBe('Thursday 4 March, 09:00–15:30');
  });

  it('When a session ends on another day, then the end date is shown too', () => {
    const start = '2027-03-04T09:00:00+01:00';
    const end = '2027-03-05T15:30:00+01:00';
    expect(formatSessionTime(start, end, CPH, 'da', IN_2027)).toBe(
      'torsdag den 4. marts kl. 09.00 – fredag den 5. marts kl. 15.30',
    );
    expect(formatSessionTime(start, end, CPH, 'en', IN_2027)).toBe('Thursday 4 March, 09:00 – Friday 5 March, 15:30');
  });

  it('When a session runs over New Year, then only the date outside now\'s year gets a year', () => {
    const now = new Date('2027-12-01T12:00:00Z');
    expect(formatSessionTime('2027-12-31T09:00:00+01:00', '2028-01-01T15:30:00+01:00', CPH, 'da', now)).toBe(
      'fredag den 31. december kl. 09.00 – lørdag den 1. januar 2028 kl. 15.30',
    );
  });
});

describe('Showing times across daylight saving changes', () => {
  // Copenhagen moves to summer time on 2027-03-28 and back on 2027-10-31.
  it('When sessions at 09:00 local lie either side of the spring change, then both read 09.00', () => {
    const before = '2027-03-25T09:00:00+01:00';
    const after = '2027-03-29T09:00:00+02:00';
    expect(formatDateTime(before, CPH, 'da', IN_2027)).toBe('torsdag den 25. marts kl. 09.00');
    expect(formatDateTime(after, CPH, 'da', IN_2027)).toBe('mandag den 29. marts kl. 09.00');
    // The same instants written in UTC: 08:00Z in winter and 07:00Z in summer are both 09:00 local.
    expect(formatTime('2027-03-25T08:00:00Z', CPH, 'da')).toBe('09.00');
    expect(formatTime('2027-03-29T07:00:00Z', CPH, 'da')).toBe('09.00');
  });

  it('When sessions at 09:00 local lie either side of the autumn change, then both read 09.00', () => {
    expect(formatSessionTime('2027-10-29T09:00:00+02:00', '2027-10-29T15:30:00+02:00', CPH, 'en', IN_2027)).toBe(
      'Friday 29 October, 09:00–15:30',
    );
    expect(formatSessionTime('2027-11-01T08:00:00Z', '2027-11-01T14:30:00Z', CPH, 'en', IN_2027)).toBe(
      'Monday 1 November, 09:00–15:30',
    );
  });

  it('When a time is on the day of the change itself, then the local clock after the change is shown', () => {
    expect(formatTime('2027-03-28T01:30:00Z', CPH, 'da')).toBe('03.30');
    expect(formatTime('2027-10-31T01:30:00Z', CPH, 'da')).toBe('02.30');
  });
});

describe('Showing dates near midnight and New Year', () => {
  it('When it is already the next day in Copenhagen but not in UTC, then the Copenhagen date is shown', () => {
    // 23:30 UTC on Wednesday 3 March is 00:30 on Thursday 4 March in Copenhagen.
    expect(formatDate('2027-03-03T23:30:00Z', CPH, 'da', IN_2027)).toBe('torsdag den 4. marts');
    expect(formatDate('2027-03-03T23:30:00Z', 'UTC', 'en', IN_2027)).toBe('Wednesday 3 March');
  });

  it('When New Year has come in Copenhagen but not in UTC, then the year is the Copenhagen year', () => {
    const instant = '2027-12-31T23:30:00Z'; // 00:30 on 1 January 2028 in Copenhagen
    const now = new Date('2027-12-31T22:45:00Z'); // 23:45 on 31 December 2027 in Copenhagen
    expect(formatDateTime(instant, CPH, 'en', now)).toBe('Saturday 1 January 2028 at 00:30');
    expect(formatDateTime(instant, CPH, 'en', new Date('2028-01-01T00:00:00Z'))).toBe('Saturday 1 January at 00:30');
  });
});

describe('Saying how far away a session is', () => {
  it('When the session is today, tomorrow or in 5 days, then it says so in the leader\'s language', () => {
    const now = new Date('2027-03-04T07:00:00+01:00');
    expect(formatRelativeDays('2027-03-04T09:00:00+01:00', now, CPH, 'da')).toBe('i dag');
    expect(formatRelativeDays('2027-03-05T09:00:00+01:00', now, CPH, 'da')).toBe('i morgen');
    expect(formatRelativeDays('2027-03-09T09:00:00+01:00', now, CPH, 'da')).toBe('om 5 dage');
    expect(formatRelativeDays('2027-03-04T09:00:00+01:00', now, CPH, 'en')).toBe('today');
    expect(formatRelativeDays('2027-03-05T09:00:00+01:00', now, CPH, 'en')).toBe('tomorrow');
    expect(formatRelativeDays('2027-03-09T09:00:00+01:00', now, CPH, 'en')).toBe('in 5 days');
  });

  it('When the session was in the past, then it says yesterday or how many days ago', () => {
    const now = new Date('2027-03-04T12:00:00+01:00');
    expect(formatRelativeDays('2027-03-03T09:00:00+01:00', now, CPH, 'da')).toBe('i går');
    expect(formatRelativeDays('2027-03-01T09:00:00+01:00', now, CPH, 'da')).toBe('for 3 dage siden');
    expect(formatRelativeDays('2027-03-01T09:00:00+01:00', now, CPH, 'en')).toBe('3 days ago');
  });

  it('When asked late in the evening about a session next morning, then it is "tomorrow", not "today"', () => {
    // Less than 24 hours apart, but on two calendar days in Copenhagen.
    const now = new Date('2027-03-03T23:30:00+01:00'); // 22:30 UTC
    expect(formatRelativeDays('2027-03-04T09:00:00+01:00', now, CPH, 'en')).toBe('tomorrow');
  });

  it('When it is just after midnight in Copenhagen but still yesterday in UTC, then a session that day is "today"', () => {
    const now = new Date('2027-03-03T23:15:00Z'); // 00:15 on 4 March in Copenhagen
    expect(formatRelativeDays('2027-03-04T09:00:00+01:00', now, CPH, 'da')).toBe('i dag');
  });

  it('When a daylight saving change lies in between, then days are counted on the calendar', () => {
    // Saturday 27 March 23:00 to Sunday 28 March 09:00 is only 9 hours because of the spring change.
    expect(calendarDaysBetween(new Date('2027-03-27T23:00:00+01:00'), '2027-03-28T09:00:00+02:00', CPH)).toBe(1);
    // The autumn night has 25 hours; a week later is still 7 days.
    expect(formatRelativeDays('2027-11-04T09:00:00+01:00', new Date('2027-10-28T09:00:00+02:00'), CPH, 'en')).toBe(
      'in 7 days',
    );
  });

  it('When the session is next year, then days are counted across New Year', () => {
    const now = new Date('2027-12-30T10:00:00+01:00');
    expect(formatRelativeDays('2028-01-04T09:00:00+01:00', now, CPH, 'da')).toBe('om 5 dage');
  });
});

describe('Refusing what cannot be shown', () => {
  it('When the time zone is misspelt, then a coded error names it', () => {
    expect(() => formatDate('2027-03-04T09:00:00+01:00', 'Europe/Copenhaven', 'da')).toThrow(CodedError);
    expect(() => formatDate('2027-03-04T09:00:00+01:00', 'Europe/Copenhaven', 'da')).toThrow(/Europe\/Copenhaven/);
  });

  it('When the date-time is not a date, then a coded error names the value', () => {
    expect(() => formatTime('next thursday', CPH, 'da')).toThrow(/next thursday/);
  });
});
