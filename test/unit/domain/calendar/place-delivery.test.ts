import { DateTime } from 'luxon';
import { placeDelivery, placeReminder } from '../../../../src/domain/calendar/place-delivery';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';

const CPH = 'Europe/Copenhagen';
const at = (local: string) => DateTime.fromISO(local, { zone: CPH }).toMillis();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: CPH }).toFormat("yyyy-MM-dd'T'HH:mm");

const calendar = createWorkingCalendar({ closedPeriods: [{ weeks: '29-31', name: { da: 'Sommerferie', en: 'Summer holiday' } }] }, CPH);

describe('Placing reflection prompts, nudges and digests', () => {
  it('When a prompt is due on working time, then it is on time', () => {
    expect(placeDelivery(calendar, at('2027-03-03T14:00'))).toEqual({ outcome: 'on-time', dueMs: at('2027-03-03T14:00') });
  });

  it('When a prompt is due on juledag, then it moves later to the same time on the next working day, with the reason recorded', () => {
    const placed = placeDelivery(calendar, at('2026-12-25T14:00'));
    expect(placed).toEqual({
      outcome: 'moved-later',
      dueMs: at('2026-12-28T14:00'),
      originalMs: at('2026-12-25T14:00'),
      reason: { code: 'public-holiday', name: { da: 'Juledag', en: 'Christmas Day' } },
    });
  });

  it('When a digest is due on a Monday at 07:00, then it waits for the working window to open at 08:00', () => {
    const placed = placeDelivery(calendar, at('2027-03-08T07:00'));
    expect(placed.outcome).toBe('moved-later');
    expect(placed.outcome !== 'dropped' && show(placed.dueMs)).toBe('2027-03-08T08:00');
  });
});

describe('Placing reminders', () => {
  it('When a reminder is due on working time, then it is on time', () => {
    expect(placeReminder(calendar, { dueMs: at('2027-03-03T09:00'), sessionStartMs: at('2027-03-10T09:00') }).outcome).toBe('on-time');
  });

  it('When a "7 days before" reminder falls on a Saturday, then it moves to Monday, still before the session', () => {
    const placed = placeReminder(calendar, { dueMs: at('2027-03-06T09:00'), sessionStartMs: at('2027-03-13T09:00') });
    expect(placed).toMatchObject({ outcome: 'moved-later', reason: { code: 'weekend' } });
    expect(placed.outcome !== 'dropped' && show(placed.dueMs)).toBe('2027-03-08T09:00');
  });

  it('When a "1 day before" reminder falls on Sunday before a Monday 09:00 session, then it moves earlier to Friday 09:00', () => {
    const placed = placeReminder(calendar, { dueMs: at('2027-03-07T09:00'), sessionStartMs: at('2027-03-08T09:00') });
    expect(placed).toMatchObject({ outcome: 'moved-earlier', originalMs: at('2027-03-07T09:00'), reason: { code: 'weekend' } });
    expect(placed.outcome !== 'dropped' && show(placed.dueMs)).toBe('2027-03-05T09:00');
  });

  it('When moving later would still be before a session later that Monday, then the reminder moves later to Monday morning', () => {
    const placed = placeReminder(calendar, { dueMs: at('2027-03-07T09:00'), sessionStartMs: at('2027-03-08T13:00') });
    expect(placed.outcome !== 'dropped' && [placed.outcome, show(placed.dueMs)]).toEqual(['moved-later', '2027-03-08T09:00']);
  });

  it('When a reminder falls in juleferie before a session on the first working day, then it moves back before the holiday', () => {
    // Sunday 27 December 2026 09:00 for a session Monday 28 December 09:00: back over 24–26 December.
    const placed = placeReminder(calendar, { dueMs: at('2026-12-27T09:00'), sessionStartMs: at('2026-12-28T09:00') });
    expect(placed.outcome !== 'dropped' && [placed.outcome, show(placed.dueMs)]).toEqual(['moved-earlier', '2026-12-23T09:00']);
  });

  it('When moving earlier would pass the earliest allowed time, then the reminder is dropped with a recorded reason', () => {
    const placed = placeReminder(calendar, {
      dueMs: at('2026-12-27T09:00'),
      sessionStartMs: at('2026-12-28T09:00'),
      notBeforeMs: at('2026-12-24T00:00'),
    });
    expect(placed).toEqual({
      outcome: 'dropped',
      originalMs: at('2026-12-27T09:00'),
      drop: 'no-working-time-before-session',
      reason: { code: 'weekend', name: { da: 'weekend', en: 'weekend' } },
    });
  });

  it('When a reminder is due at or after the session start, then it is dropped without moving', () => {
    expect(placeReminder(calendar, { dueMs: at('2027-03-08T09:00'), sessionStartMs: at('2027-03-08T09:00') })).toEqual({
      outcome: 'dropped',
      originalMs: at('2027-03-08T09:00'),
      drop: 'due-after-session-start',
    });
  });
});
