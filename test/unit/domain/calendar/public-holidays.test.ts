import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import type { LocalDate } from '../../../../src/domain/calendar/local-time';

const CPH = 'Europe/Copenhagen';
const date = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

/**
 * The Easter-dependent Danish public holidays 2026–2030, written out as facts. Påskedag from the
 * published Gregorian Easter tables (e.g. festbogen.dk "Skæve helligdage", Den Danske Almanak);
 * the other days at their fixed distance from it as Danish law names them (skærtorsdag and
 * langfredag before, 2. påskedag after, Kristi himmelfartsdag the 40th day, pinse 7 weeks later).
 */
const EASTER_DAYS: Record<number, Record<string, string>> = {
  2026: { skærtorsdag: '2026-04-02', langfredag: '2026-04-03', påskedag: '2026-04-05', '2. påskedag': '2026-04-06', 'Kristi himmelfartsdag': '2026-05-14', pinsedag: '2026-05-24', '2. pinsedag': '2026-05-25' },
  2027: { skærtorsdag: '2027-03-25', langfredag: '2027-03-26', påskedag: '2027-03-28', '2. påskedag': '2027-03-29', 'Kristi himmelfartsdag': '2027-05-06', pinsedag: '2027-05-16', '2. pinsedag': '2027-05-17' },
  2028: { skærtorsdag: '2028-04-13', langfredag: '2028-04-14', påskedag: '2028-04-16', '2. påskedag': '2028-04-17', 'Kristi himmelfartsdag': '2028-05-25', pinsedag: '2028-06-04', '2. pinsedag': '2028-06-05' },
  2029: { skærtorsdag: '2029-03-29', langfredag: '2029-03-30', påskedag: '2029-04-01', '2. påskedag': '2029-04-02', 'Kristi himmelfartsdag': '2029-05-10', pinsedag: '2029-05-20', '2. pinsedag': '2029-05-21' },
  2030: { skærtorsdag: '2030-04-18', langfredag: '2030-04-19', påskedag: '2030-04-21', '2. påskedag': '2030-04-22', 'Kristi himmelfartsdag': '2030-05-30', pinsedag: '2030-06-09', '2. pinsedag': '2030-06-10' },
};

describe('Danish public holidays', () => {
  const calendar = createWorkingCalendar({ employerDaysOff: 'none' }, CPH);

  for (const [year, days] of Object.entries(EASTER_DAYS)) {
    it(`When it is ${year}, then every Easter-dependent holiday is a public holiday on its published date`, () => {
      for (const [name, iso] of Object.entries(days)) {
        const off = calendar.dayOffOn(date(iso));
        expect({ name, iso, whole: off?.whole, code: off?.reasons[0].code }).toEqual({ name, iso, whole: true, code: 'public-holiday' });
      }
    });

    it(`When it is ${year}, then the working days next to Easter and Kristi himmelfartsdag are working days`, () => {
      // Tuesday after 2. påskedag, Wednesday before and Friday after Kristi himmelfartsdag.
      const tuesdayAfterEaster = new Date(Date.parse(days['2. påskedag']) + 86_400_000).toISOString().slice(0, 10);
      const wednesdayBefore = new Date(Date.parse(days['Kristi himmelfartsdag']) - 86_400_000).toISOString().slice(0, 10);
      const fridayAfter = new Date(Date.parse(days['Kristi himmelfartsdag']) + 86_400_000).toISOString().slice(0, 10);
      for (const iso of [tuesdayAfterEaster, wednesdayBefore, fridayAfter]) {
        expect({ iso, off: calendar.dayOffOn(date(iso)) }).toEqual({ iso, off: undefined });
      }
    });
  }

  it('When it is 2023, then store bededag (5 May) is still a public holiday', () => {
    expect(calendar.dayOffOn(date('2023-05-05'))).toEqual({
      whole: true,
      reasons: [{ code: 'public-holiday', name: { da: 'Store Bededag', en: 'Prayer Day' } }],
    });
    expect(calendar.dayOffOn(date('2022-05-13'))?.reasons[0].code).toBe('public-holiday');
  });

  it('When it is 2024 or later, then the Friday that was store bededag is an ordinary working day', () => {
    // The law abolishing store bededag took effect in 2024 (Folketinget, L 13, 2022-23).
    for (const iso of ['2024-04-26', '2025-05-16', '2027-04-23', '2029-04-27']) {
      expect({ iso, off: calendar.dayOffOn(date(iso)) }).toEqual({ iso, off: undefined });
    }
  });

  it('When a fixed-date holiday comes, then nytårsdag, juledag and 2. juledag are off in Danish and English', () => {
    expect(calendar.dayOffOn(date('2027-01-01'))?.reasons[0]).toEqual({ code: 'public-holiday', name: { da: 'Nytårsdag', en: "New Year's Day" } });
    expect(calendar.dayOffOn(date('2026-12-25'))?.reasons[0]).toEqual({ code: 'public-holiday', name: { da: 'Juledag', en: 'Christmas Day' } });
    expect(calendar.dayOffOn(date('2029-12-26'))?.reasons[0].code).toBe('public-holiday');
  });

  it('When a day is only an observance (fastelavn, 1 May, grundlovsdag, juleaftensdag), then without employer days off it is a working day', () => {
    // date-holidays lists these as observances; by law they are ordinary working days.
    for (const iso of ['2027-02-08', '2026-05-01', '2026-06-05', '2026-12-24', '2026-12-31']) {
      expect({ iso, off: calendar.dayOffOn(date(iso)) }).toEqual({ iso, off: undefined });
    }
  });

  it('When a public holiday falls on a weekend, then the holiday is named first and the weekend after it', () => {
    const off = calendar.dayOffOn(date('2026-12-26'));
    expect(off?.reasons.map((r) => r.code)).toEqual(['public-holiday', 'weekend']);
  });
});
