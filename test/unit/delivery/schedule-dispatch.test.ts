import pino from 'pino';
import { scheduleDispatch } from '../../../src/delivery/schedule-dispatch';

// Jest's fake clock drives croner's timers and Date, so minutes pass without waiting.
beforeEach(() => jest.useFakeTimers({ now: new Date('2027-03-01T08:00:00Z') }));
afterEach(() => jest.useRealTimers());

describe('The dispatch schedule', () => {
  it('When a tick takes longer than a minute, then ticks never overlap, and stop ends them', async () => {
    let running = 0;
    let maxRunning = 0;
    let ticks = 0;
    const schedule = scheduleDispatch(
      '* * * * *',
      'Europe/Copenhagen',
      async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        ticks++;
        await new Promise((r) => setTimeout(r, 90_000));
        running--;
      },
      pino({ level: 'silent' }),
    );
    await jest.advanceTimersByTimeAsync(5 * 60_000);
    expect(ticks).toBeGreaterThanOrEqual(2);
    expect(ticks).toBeLessThanOrEqual(3);
    expect(maxRunning).toBe(1);
    schedule.stop();
    expect(schedule.isRunning()).toBe(false);
    const after = ticks;
    await jest.advanceTimersByTimeAsync(5 * 60_000);
    expect(ticks).toBe(after);
  });

  it('When a tick throws, then the error is logged and the schedule keeps running', async () => {
    const errors: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => errors.push(JSON.parse(line).msg) });
    let ticks = 0;
    const schedule = scheduleDispatch(
      '* * * * *',
      'Europe/Copenhagen',
      async () => {
        ticks++;
        throw new Error('store unavailable');
      },
      logger,
    );
    await jest.advanceTimersByTimeAsync(3 * 60_000);
    schedule.stop();
    expect(ticks).toBe(3);
    expect(errors).toContain('dispatch tick failed');
  });
});
