import { Cron } from 'croner';
import type { Logger } from 'pino';

export interface DispatchSchedule {
  stop(): void;
  isRunning(): boolean;
  /**
   * Runs a tick now (start-up, an admin pressed Send, a roster read was asked for). A tick already
   * running is not doubled: one more runs right after it, so nothing asked for meanwhile is missed.
   */
  runNow(): void;
}

/**
 * Runs the dispatcher's tick on a cron schedule in the programme's time zone. `protect` skips a
 * tick while the previous one still runs, so a long fan-out never overlaps itself.
 */
export function scheduleDispatch(cron: string, timeZone: string, tick: () => Promise<unknown>, logger: Logger): DispatchSchedule {
  let again = false;
  const job: Cron = new Cron(cron, { timezone: timeZone, protect: true }, async () => {
    do {
      again = false;
      try {
        await tick();
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'dispatch tick failed');
      }
    } while (again && !job.isStopped());
  });
  return {
    stop: () => job.stop(),
    isRunning: () => !job.isStopped(),
    runNow: () => {
      if (job.isStopped()) return;
      if (job.isBusy()) again = true;
      else void job.trigger();
    },
  };
}
