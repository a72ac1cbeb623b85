/**
 * Two whole years of the default calendar (Denmark, municipal days off) day by day against the
 * published calendar: every day off that is not just a weekend, the half days, and the number of
 * working days. The lists are written out from the almanac (Den Danske Almanak 2026 and 2027; the
 * municipal days from Kommunernes Landsforening's agreements), not from the holiday library, and
 * the weekdays and working-day counts are worked out by hand: 261 weekdays in each year, less the
 * holidays and juleaftensdag that fall on one.
 */
import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';

const CPH = 'Europe/Copenhagen';

/** Every day in the year that is off for more than being a Saturday or Sunday, with why. */
const DAYS_OFF: Record<number, Record<string, string>> = {
  2026: {
    '2026-01-01': 'Thu whole public-holiday', // nytårsdag
    '2026-04-02': 'Thu whole public-holiday', // skærtorsdag
    '2026-04-03': 'Fri whole public-holiday', // langfredag
    '2026-04-05': 'Sun whole public-holiday weekend', // påskedag
    '2026-04-06': 'Mon whole public-holiday', // 2. påskedag
    '2026-05-01': 'Fri from 12:00 employer-day-off', // 1. maj
    '2026-05-14': 'Thu whole public-holiday', // Kristi himmelfartsdag
    '2026-05-24': 'Sun whole public-holiday weekend', // pinsedag
    '2026-05-25': 'Mon whole public-holiday', // 2. pinsedag
    '2026-06-05': 'Fri from 12:00 employer-day-off', // grundlovsdag
    '2026-12-24': 'Thu whole employer-day-off', // juleaftensdag
    '2026-12-25': 'Fri whole public-holiday', // juledag
    '2026-12-26': 'Sat whole public-holiday weekend', // 2. juledag
    '2026-12-31': 'Thu from 12:00 employer-day-off', // nytårsaftensdag
  },
  2027: {
    '2027-01-01': 'Fri whole public-holiday',
    '2027-03-25': 'Thu whole public-holiday',
    '2027-03-26': 'Fri whole public-holiday',
    '2027-03-28': 'Sun whole public-holiday weekend',
    '2027-03-29': 'Mon whole public-holiday',
    // 23 April 2027 would have been store bededag: an ordinary working day since 2024.
    // 1 May and grundlovsdag 2027 are Saturdays: nothing more than the weekend.
    '2027-05-06': 'Thu whole public-holiday',
    '2027-05-16': 'Sun whole public-holiday weekend',
    '2027-05-17': 'Mon whole public-holiday',
    '2027-12-24': 'Fri whole employer-day-off',
    '2027-12-25': 'Sat whole public-holiday weekend',
    '2027-12-26': 'Sun whole public-holiday weekend',
    '2027-12-31': 'Fri from 12:00 employer-day-off',
  },
};
/** Weekdays (261 in both years) less the whole days off on a weekday: 7 + juleaftensdag in 2026, 6 + juleaftensdag in 2027. */
const WORKING_DAYS: Record<number, number> = { 2026: 253, 2027: 254 };

describe('The Danish municipal calendar, 2026 and 2027', () => {
  const calendar = createWorkingCalendar({}, CPH);

  for (const year of [2026, 2027]) {
    it(`When every day of ${year} is looked at, then exactly the almanac's holidays and the municipal days are off, and ${WORKING_DAYS[year]} days have working time`, () => {
      const found: Record<string, string> = {};
      let working = 0;
      for (let d = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: CPH }); d.year === year; d = d.plus({ days: 1 })) {
        const date = { year: d.year, month: d.month, day: d.day };
        const off = calendar.dayOffOn(date);
        if (calendar.workingHoursOn(date)) working += 1;
        if (!off || off.reasons.every((r) => r.code === 'weekend')) continue;
        const when = off.whole ? 'whole' : `from ${String(off.from!.hour).padStart(2, '0')}:${String(off.from!.minute).padStart(2, '0')}`;
        found[d.toISODate()!] = [d.toFormat('ccc', { locale: 'en' }), when, ...off.reasons.map((r) => r.code)].join(' ');
      }
      expect(found).toEqual(DAYS_OFF[year]);
      expect(working).toBe(WORKING_DAYS[year]);
    });
  }

  it('When a date is a Saturday or Sunday with nothing else on it, then it is off as a weekend only', () => {
    for (const iso of ['2026-01-03', '2026-01-04', '2027-05-01', '2027-06-05']) {
      const [year, month, day] = iso.split('-').map(Number);
      expect({ iso, reasons: calendar.dayOffOn({ year, month, day })?.reasons.map((r) => r.code) }).toEqual({ iso, reasons: ['weekend'] });
    }
  });
});
