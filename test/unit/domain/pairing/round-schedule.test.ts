import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { nextRoundDate, roundSendTimes } from '../../../../src/domain/pairing/round-schedule';

const calendar = createWorkingCalendar({}, 'Europe/Copenhagen');
const schedule = { everyWeeks: 3, followUpAfterDays: 7, sendAt: '09:00' };

describe('The schedule of rounds of sparring partners', () => {
  it('When three weeks after the last round is Maundy Thursday, then the round moves past Easter to the Tuesday after Easter Monday', () => {
    expect(nextRoundDate(calendar, '2027-03-10', schedule, '2027-03-04')).toBe('2027-03-30');
  });

  it('When no round was sent yet, or the next one is overdue, then the round is today, or the next working day when today is off', () => {
    expect(nextRoundDate(calendar, '2027-01-19', schedule)).toBe('2027-01-19');
    expect(nextRoundDate(calendar, '2027-01-23', schedule, '2026-11-02')).toBe('2027-01-25');
  });

  it('When the follow-up would fall on a Saturday, then it goes out on Monday at the send time', () => {
    const times = roundSendTimes(calendar, '2027-01-18', { ...schedule, followUpAfterDays: 5 }, Date.parse('2027-01-18T06:00:00Z'));
    expect(new Date(times.introAt).toISOString()).toBe('2027-01-18T08:00:00.000Z');
    expect(new Date(times.followUpAt).toISOString()).toBe('2027-01-25T08:00:00.000Z');
  });

  it('When a round is sent after its send time on its own day, then the intros go out at once', () => {
    const now = Date.parse('2027-01-19T10:30:00Z');
    const times = roundSendTimes(calendar, '2027-01-19', schedule, now);
    expect(times.introAt).toBe(now);
    expect(new Date(times.followUpAt).toISOString()).toBe('2027-01-26T08:00:00.000Z');
  });
});
