import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar';
import { heldUntil, waitsForWorkingTime } from '../../../../src/domain/schedule/quiet-hours';

const CPH = 'Europe/Copenhagen';
const calendar = createWorkingCalendar({}, CPH);
const at = (local: string) => DateTime.fromISO(local, { zone: CPH }).toMillis();
const show = (ms: number | undefined) => (ms === undefined ? undefined : DateTime.fromMillis(ms, { zone: CPH }).toFormat("yyyy-LL-dd'T'HH:mm"));

describe('Quiet hours at the moment of sending', () => {
  it('When something the bot sends on its own is due outside working time, then it is held until the next working window opens', () => {
    const reminder = { kind: 'reminder' };
    expect(show(heldUntil(calendar, reminder, at('2027-04-03T10:00')))).toBe('2027-04-05T08:00'); // Saturday → Monday at opening
    expect(show(heldUntil(calendar, reminder, at('2027-04-02T16:00')))).toBe('2027-04-05T08:00'); // Friday 16:00 is already outside
    expect(show(heldUntil(calendar, reminder, at('2027-04-01T07:00')))).toBe('2027-04-01T08:00'); // early the same morning
    expect(show(heldUntil(calendar, { kind: 'nudge' }, at('2026-12-31T13:00')))).toBe('2027-01-04T08:00'); // nytårsaftensdag afternoon, nytårsdag, weekend
    expect(show(heldUntil(calendar, { kind: 'digest' }, at('2027-03-29T08:00')))).toBe('2027-03-30T08:00'); // 2. påskedag
  });

  it('When it is working time, then nothing is held', () => {
    for (const kind of ['reminder', 'reflection', 'nudge', 'digest', 'waitlist-promotion']) expect(heldUntil(calendar, { kind }, at('2027-04-01T15:59'))).toBeUndefined();
  });

  it('When HR sends a session change or an announcement now, then it is never held; a scheduled announcement and any other kind are', () => {
    expect(waitsForWorkingTime({ kind: 'session-change' })).toBe(false);
    expect(waitsForWorkingTime({ kind: 'announcement', payload: { announcementId: 'a' } })).toBe(false);
    expect(waitsForWorkingTime({ kind: 'announcement', payload: { announcementId: 'a', scheduled: true } })).toBe(true);
    expect(waitsForWorkingTime({ kind: 'waitlist-promotion' })).toBe(true);
    expect(waitsForWorkingTime({ kind: 'pairing-round' })).toBe(true);
    expect(heldUntil(calendar, { kind: 'session-change' }, at('2027-04-03T22:00'))).toBeUndefined();
  });
});
