/**
 * The planner on the Danish working calendar, across years: Easter and the days that hang on it
 * (2026–2030), store bededag before and after its abolition, the weeks of the daylight saving
 * changes, the municipal half days, juledag, and a closed period that leaves a reminder no room.
 * Expected dates are written out from the published calendars, not computed by the code tested.
 */
import { DateTime } from 'luxon';
import { createWorkingCalendar, type WorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { CodedError } from '../../../../src/domain/errors';
import { programmeSchema, type Programme } from '../../../../src/domain/programme/model';
import type { PlannedDelivery } from '../../../../src/domain/schedule/delivery';
import { DEFAULT_PROACTIVE_SETTINGS, planDueDeliveries, planWindow } from '../../../../src/domain/schedule/plan-deliveries';
import { bothLanguages, leader, sessionAt } from '../../../helpers/programme-builders';

const CPH = 'Europe/Copenhagen';
const municipal = createWorkingCalendar({}, CPH);

/** A programme of one gathering for one leader, at `start`–`end` (local date-times without offset). */
function oneSession(start: string, end: string): Programme {
  const iso = (local: string) => DateTime.fromISO(local, { zone: CPH }).toISO({ suppressMilliseconds: true })!;
  return programmeSchema.parse({
    id: 'calendar-test',
    name: bothLanguages('Test'),
    timeZone: CPH,
    modules: [{ id: 'm', number: 1, kind: 'gathering', title: bothLanguages('Fællessamling'), description: bothLanguages('') }],
    sessions: [sessionAt('s', 'm', iso(start), iso(end))],
    participants: [leader('p', 3)],
  });
}

function plan(programme: Programme, calendar: WorkingCalendar = municipal): PlannedDelivery[] {
  const input = { programme, settings: DEFAULT_PROACTIVE_SETTINGS, known: new Set<string>(), paused: new Set<string>(), answered: new Set<string>(), calendar };
  return planWindow(input, new Date('2020-01-01T00:00:00Z'), new Date('2035-01-01T00:00:00Z'));
}

/** The delivery's due time on the Copenhagen clock, "2026-04-07 14:00". */
const local = (iso: string) => DateTime.fromISO(iso, { zone: CPH }).toFormat('yyyy-LL-dd HH:mm');
const find = (list: PlannedDelivery[], kind: string, offset?: string) => list.find((d) => d.kind === kind && d.offset === offset)!;
/** The due times of a session's deliveries on the local clock, by kind (and offset). */
function dueTimes(list: PlannedDelivery[]): Record<string, string> {
  return Object.fromEntries(list.map((d) => [`${d.kind}${d.offset ? ` ${d.offset}` : ''}`, local(d.dueAt)]));
}

// Easter Sunday as the Danish almanac publishes it.
const EASTER: Record<number, string> = { 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21' };
const easterPlus = (year: number, days: number) => DateTime.fromISO(EASTER[year]).plus({ days }).toISODate()!;

describe.each(Object.keys(EASTER).map(Number))('Easter-dependent days in %i', (year) => {
  it('When a session is on the Wednesday before Easter, then its reflection prompt moves from skærtorsdag to the Tuesday after 2. påskedag at 14:00, and expires a week after that', () => {
    const list = plan(oneSession(`${easterPlus(year, -4)}T09:00`, `${easterPlus(year, -4)}T15:30`));
    const prompt = find(list, 'reflection');
    expect(local(prompt.dueAt)).toBe(`${easterPlus(year, 2)} 14:00`);
    expect(local(prompt.expiresAt)).toBe(`${easterPlus(year, 9)} 14:00`);
    expect(prompt.placement).toEqual({ outcome: 'moved-later', originalDueAt: DateTime.fromISO(`${easterPlus(year, -3)}T14:00`, { zone: CPH }).toUTC().toISO(), reason: 'public-holiday' });
    expect(local(find(list, 'nudge').dueAt)).toBe(`${easterPlus(year, 5)} 14:00`);
  });

  it('When a session is on the Tuesday after Easter, then the day-before reminder moves back from 2. påskedag to the Wednesday before Easter at 09:00', () => {
    const list = plan(oneSession(`${easterPlus(year, 2)}T09:00`, `${easterPlus(year, 2)}T15:30`));
    expect(dueTimes(list.filter((d) => d.kind === 'reminder'))).toEqual({
      'reminder P7D': `${easterPlus(year, -5)} 09:00`,
      'reminder P1D': `${easterPlus(year, -4)} 09:00`,
    });
    expect(find(list, 'reminder', 'P1D').placement).toMatchObject({ outcome: 'moved-earlier', reason: 'public-holiday' });
  });

  it('When a session is on the Wednesday before Kristi himmelfartsdag, then its prompt is due on the Friday after at 14:00', () => {
    const list = plan(oneSession(`${easterPlus(year, 38)}T09:00`, `${easterPlus(year, 38)}T15:30`));
    expect(local(find(list, 'reflection').dueAt)).toBe(`${easterPlus(year, 40)} 14:00`);
  });

  it('When a session is on the Friday before pinse, then its prompt moves over 2. pinsedag to the Tuesday at 14:00', () => {
    const list = plan(oneSession(`${easterPlus(year, 47)}T09:00`, `${easterPlus(year, 47)}T15:30`));
    const prompt = find(list, 'reflection');
    expect(local(prompt.dueAt)).toBe(`${easterPlus(year, 51)} 14:00`);
    expect(prompt.placement).toMatchObject({ outcome: 'moved-later', reason: 'public-holiday' });
  });
});

describe('Store bededag before and after 2024', () => {
  it('When a session is on Thursday 4 May 2023, then the prompt skips store bededag and comes Monday 8 May at 14:00', () => {
    const prompt = find(plan(oneSession('2023-05-04T09:00', '2023-05-04T15:30')), 'reflection');
    expect(local(prompt.dueAt)).toBe('2023-05-08 14:00');
    expect(prompt.placement).toMatchObject({ outcome: 'moved-later', reason: 'public-holiday' });
  });

  it('When a session is on Thursday 25 April 2024, then the prompt comes on the Friday that used to be store bededag, on time', () => {
    const prompt = find(plan(oneSession('2024-04-25T09:00', '2024-04-25T15:30')), 'reflection');
    expect(local(prompt.dueAt)).toBe('2024-04-26 14:00');
    expect(prompt.placement).toBeUndefined();
  });
});

describe('The weeks of the daylight saving changes', () => {
  it('When a session is on the Monday after the spring change, then the day-before reminder moves back over the 23-hour Sunday to Friday 09:00 winter time', () => {
    const list = plan(oneSession('2026-03-30T09:00', '2026-03-30T15:30'));
    const reminders = list.filter((d) => d.kind === 'reminder');
    expect(reminders.map((d) => [d.offset, d.dueAt])).toEqual([
      ['P7D', '2026-03-23T08:00:00.000Z'], // Monday 23 March 09:00 CET
      ['P1D', '2026-03-27T08:00:00.000Z'], // Friday 27 March 09:00 CET
    ]);
    expect(find(list, 'reflection').dueAt).toBe('2026-03-31T12:00:00.000Z'); // Tuesday 14:00 CEST
  });

  it('When the nudge after a prompt in the spring-change week lands on langfredag, then it moves to the Tuesday after Easter, still 14:00 summer time', () => {
    const nudge = find(plan(oneSession('2026-03-30T09:00', '2026-03-30T15:30')), 'nudge');
    expect(nudge.dueAt).toBe('2026-04-07T12:00:00.000Z');
    expect(nudge.placement).toEqual({ outcome: 'moved-later', originalDueAt: '2026-04-03T12:00:00.000Z', reason: 'public-holiday' });
  });

  it('When a session is on the Monday after the autumn change, then the day-before reminder moves back over the 25-hour Sunday to Friday 09:00 summer time and the prompt is Tuesday 14:00 winter time', () => {
    const list = plan(oneSession('2026-10-26T09:00', '2026-10-26T15:30'));
    expect(find(list, 'reminder', 'P7D').dueAt).toBe('2026-10-19T07:00:00.000Z');
    expect(find(list, 'reminder', 'P1D').dueAt).toBe('2026-10-23T07:00:00.000Z');
    expect(find(list, 'reflection').dueAt).toBe('2026-10-27T13:00:00.000Z');
  });
});

describe('Juledag and the municipal half days', () => {
  it('When a session is on torsdag den 24. december 2026, then the prompt moves from juledag to Monday 28 December at 14:00 and its expiry follows', () => {
    const list = plan(oneSession('2026-12-24T09:00', '2026-12-24T15:30'));
    const prompt = find(list, 'reflection');
    expect(local(prompt.dueAt)).toBe('2026-12-28 14:00');
    expect(local(prompt.expiresAt)).toBe('2027-01-04 14:00');
    expect(prompt.placement).toEqual({ outcome: 'moved-later', originalDueAt: '2026-12-25T13:00:00.000Z', reason: 'public-holiday' });
    // Three days later is the afternoon of nytårsaftensdag: the nudge waits for 4 January.
    expect(local(find(list, 'nudge').dueAt)).toBe('2027-01-04 14:00');
  });

  it.each([
    ['nytårsaftensdag', '2026-12-30', '2027-01-04'],
    ['1 May', '2026-04-30', '2026-05-04'],
    ['grundlovsdag', '2026-06-04', '2026-06-08'],
  ])('When the next working day is %s, a half day, then a prompt due at 14:00 moves to the same time on the next working day', (_name, day, expected) => {
    const prompt = find(plan(oneSession(`${day}T09:00`, `${day}T15:30`)), 'reflection');
    expect(local(prompt.dueAt)).toBe(`${expected} 14:00`);
    expect(prompt.placement).toMatchObject({ outcome: 'moved-later', reason: 'employer-day-off' });
  });

  it('When a reminder moves back onto the morning of 1 May, then it goes out at 09:00 that morning', () => {
    const reminder = find(plan(oneSession('2026-05-04T09:00', '2026-05-04T15:30')), 'reminder', 'P1D');
    expect(local(reminder.dueAt)).toBe('2026-05-01 09:00');
    expect(reminder.placement).toMatchObject({ outcome: 'moved-earlier', reason: 'weekend' });
  });
});

describe('Closed periods and dropped reminders', () => {
  const summer = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: { da: 'Sommerferie', en: 'Summer holiday' } }] }, CPH);
  const programme = oneSession('2027-08-09T09:00', '2027-08-09T15:30');

  it('When a session is on the first day after sommerferie, then the week-before reminder moves back before the holiday and the day-before one is dropped with its reason', () => {
    const list = plan(programme, summer);
    const week = find(list, 'reminder', 'P7D');
    expect(local(week.dueAt)).toBe('2027-07-16 09:00');
    expect(week.placement).toMatchObject({ outcome: 'moved-earlier', reason: 'closed-period' });
    const day = find(list, 'reminder', 'P1D');
    expect(day).toMatchObject({
      key: 'reminder:s:p:P1D',
      dueAt: '2027-08-08T07:00:00.000Z',
      expiresAt: '2027-08-08T07:00:00.000Z',
      placement: { outcome: 'dropped', originalDueAt: '2027-08-08T07:00:00.000Z', drop: 'no-working-time-before-session', reason: 'closed-period' },
    });
  });

  it('When a tick comes after a dropped reminder fell due, then it is planned once, already expired, for the caller to record', () => {
    const input = { programme, settings: DEFAULT_PROACTIVE_SETTINGS, known: new Set<string>(), paused: new Set<string>(), answered: new Set<string>(), calendar: summer };
    const now = new Date('2027-08-08T07:00:00Z');
    const due = planDueDeliveries(input, now).filter((d) => d.placement?.outcome === 'dropped');
    expect(due.map((d) => d.key)).toEqual(['reminder:s:p:P1D']);
    expect(Date.parse(due[0].expiresAt)).toBeLessThanOrEqual(now.getTime());
  });
});

describe('Keys and clocks', () => {
  it('When deliveries are moved, then their keys are the same as on an ordinary calendar, so stored outboxes stay valid', () => {
    const keys = plan(oneSession('2026-12-24T09:00', '2026-12-24T15:30')).map((d) => d.key).sort();
    expect(keys).toEqual(['nudge:s:p', 'reflection:s:p', 'reminder:s:p:P1D', 'reminder:s:p:P7D']);
  });

  it('When the calendar is on another time zone than the programme, then planning fails with CALENDAR_ZONE_MISMATCH', () => {
    const london = createWorkingCalendar({}, 'Europe/London');
    expect(() => plan(oneSession('2026-12-24T09:00', '2026-12-24T15:30'), london)).toThrow(CodedError);
    expect(() => plan(oneSession('2026-12-24T09:00', '2026-12-24T15:30'), london)).toThrow(/Europe\/London.*Europe\/Copenhagen/);
  });
});
