import type { WorkingCalendars } from '../config/working-calendars';
import { createDispatcher, type Dispatcher } from '../create-dispatcher';
import { createCalendarLinks } from '../links/calendar-links';
import { createAdapter } from '../teams/create-adapter';
import type { CliContext } from './cli-context';

/**
 * The scheduler as the commands that send (`dispatch`, `broadcast`, `pairing send`) run it: the
 * bot's own adapter, links, store and logger, one tick at a time, on `clock` (now by default).
 */
export function cliDispatcher(ctx: CliContext, options: { clock?: () => Date; calendars?: WorkingCalendars } = {}): Dispatcher {
  return createDispatcher({
    config: ctx.config,
    store: ctx.store,
    adapter: createAdapter(ctx.config),
    links: createCalendarLinks(ctx.config),
    logger: ctx.logger,
    clock: options.clock ?? (() => new Date()),
    ...(options.calendars ? { calendars: options.calendars } : {}),
  });
}
