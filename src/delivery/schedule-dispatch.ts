import { Cron } from 'croner';
import type { Logger } from 'pino';

/**
 * Runs the dispatcher's tick on a cron schedule in the programme's time zone. `protect` skips a
 * tick while the previous one still runs, so a long fan-out never overlaps itself.
 */
export function scheduleDispatch(cron: string, timeZone: string, tick: () => Promise<unknown>, logger: Logger): { stop(): void; isRunning(): boolean } {
  const job = new Cron(cron, { timezone: timeZone, protect: true }, async () => {
    try {
      await tick();
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'dispatch tick failed');
    }
  });
  return { stop: () => job.stop(), isRunning: () => !job.isStopped() };
}
