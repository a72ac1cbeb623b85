/**
 * The weekly digest on the working calendar: when its Monday is a day off, no digest goes out that
 * day; it goes out at the same time on the next working day, and reports on the week that ended
 * before that Monday, not the week it is sent in. The Mondays, the days they move to and the ISO
 * weeks are written out from the almanac, not computed with the calendar under test.
 */
import { createWorkingCalendar } from '../../../src/domain/calendar/working-calendar';
import { isoWeekOf } from '../../../src/domain/calendar/iso-week';
import { planDigests } from '../../../src/features/plan-digests';
import { smallProgramme } from '../../helpers/programmes';

const CPH = 'Europe/Copenhagen';
const MONDAY_08 = '0 8 * * 1';
const OWNERS = ['mette.holm@kommune.example'];
const programme = smallProgramme();
const municipal = createWorkingCalendar({}, CPH);
const withJuleferie = createWorkingCalendar({ closedPeriods: [{ from: '12-27', to: '12-30', name: { da: 'Juleferie', en: 'Christmas holiday' } }] }, CPH);

/** Monday 08:00 (UTC), when it goes out instead (08:00 local, in UTC), and the week it reports on. */
const HOLIDAY_MONDAYS = [
  { why: '2. påskedag 2026', monday: '2026-04-06T06:00:00Z', due: '2026-04-07T06:00:00.000Z', week: '2026-W14', calendar: municipal },
  { why: '2. pinsedag 2026', monday: '2026-05-25T06:00:00Z', due: '2026-05-26T06:00:00.000Z', week: '2026-W21', calendar: municipal },
  { why: '2. påskedag 2027', monday: '2027-03-29T06:00:00Z', due: '2027-03-30T06:00:00.000Z', week: '2027-W12', calendar: municipal },
  { why: '2. pinsedag 2027', monday: '2027-05-17T06:00:00Z', due: '2027-05-18T06:00:00.000Z', week: '2027-W19', calendar: municipal },
  { why: '2. påskedag 2028', monday: '2028-04-17T06:00:00Z', due: '2028-04-18T06:00:00.000Z', week: '2028-W15', calendar: municipal },
  // Nytårsdag on a Monday: Tuesday reports on the last week of the old year.
  { why: 'nytårsdag 2029', monday: '2029-01-01T07:00:00Z', due: '2029-01-02T07:00:00.000Z', week: '2028-W52', calendar: municipal },
  // Juleaftensdag (municipal), juledag and 2. juledag: Monday to Wednesday off, so Thursday.
  { why: 'juleaftensdag 2029', monday: '2029-12-24T07:00:00Z', due: '2029-12-27T07:00:00.000Z', week: '2029-W51', calendar: municipal },
  // Juleferie 27–30 December closed; nytårsaftensdag is off only from 12:00, so 08:00 that Friday.
  { why: 'juleferie 2027', monday: '2027-12-27T07:00:00Z', due: '2027-12-31T07:00:00.000Z', week: '2027-W51', calendar: withJuleferie },
];

describe('The weekly digest when its Monday is a day off', () => {
  for (const c of HOLIDAY_MONDAYS) {
    it(`When the digest Monday is ${c.why}, then nothing goes out that Monday and the digest of ${c.week} goes out at 08:00 on the next working day`, () => {
      const monday = new Date(c.monday);
      const due = new Date(c.due);
      expect(planDigests(programme, OWNERS, MONDAY_08, c.calendar, monday, isoWeekOf)).toEqual([]);
      expect(planDigests(programme, OWNERS, MONDAY_08, c.calendar, new Date(due.getTime() - 60_000), isoWeekOf)).toEqual([]);

      const digests = planDigests(programme, OWNERS, MONDAY_08, c.calendar, due, isoWeekOf);
      expect(digests.length).toBeGreaterThan(0);
      for (const d of digests) {
        expect(d.key.startsWith(`digest:${c.week}:`)).toBe(true);
        expect(d.dueAt).toBe(c.due);
      }
      // A tick later that day plans the same keys, so the outbox sends each digest once.
      const later = planDigests(programme, OWNERS, MONDAY_08, c.calendar, new Date(due.getTime() + 5 * 3_600_000), isoWeekOf);
      expect(later.map((d) => d.key)).toEqual(digests.map((d) => d.key));
    });
  }

  it('When the Monday is an ordinary working day, then the digest of the week before goes out at 08:00 that Monday', () => {
    const digests = planDigests(programme, OWNERS, MONDAY_08, municipal, new Date('2027-04-05T06:00:00Z'), isoWeekOf);
    expect(digests.length).toBeGreaterThan(0);
    for (const d of digests) expect([d.key.split(':')[1], d.dueAt]).toEqual(['2027-W13', '2027-04-05T06:00:00.000Z']);
  });
});
