import type { CliContext } from './cli-context';
import { cliDispatcher } from './cli-dispatcher';
import { parseInstant } from './parse-instant';

/**
 * `dispatch [--now <instant>]`: one scheduler tick — plan what is due, add it to the outbox and
 * send it — then exit. `--now` runs the tick as if it were that instant (time then moves on from
 * there in real time, so retries still wait as they should).
 */
export async function dispatchCommand(ctx: CliContext, options: { now?: string }, out: (line: string) => void): Promise<void> {
  const programme = await ctx.store.getProgramme();
  const start = options.now ? parseInstant(options.now, programme.timeZone, '--now').getTime() : Date.now();
  const startedAt = Date.now();
  const clock = () => new Date(start + (Date.now() - startedAt));
  const dispatcher = cliDispatcher(ctx, { clock });
  // The CLI holds the store's lock: whatever a crashed run left `sending` is this run's to finish.
  const reclaimed = await ctx.store.reclaimAbandonedDeliveries(clock());
  if (reclaimed) out(`${reclaimed} deliveries left sending by a stopped process are back in the queue`);
  const report = await dispatcher.tick();
  out(
    `planned ${report.planned}, added ${report.added}; sent ${report.sent}, skipped ${report.skipped}, waiting ${report.waiting}, retried ${report.retried}, failed ${report.failed}, blocked ${report.blocked}; ` +
      `chats opened ${report.opened}, team rosters read ${report.rosters.synced}`,
  );
}
