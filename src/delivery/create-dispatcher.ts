import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { CalendarLinks } from '../calendar/calendar-links';
import type { Config } from '../config/config-schema';
import type { Store } from '../store/store';
import { composeDelivery } from './compose-delivery';
import { createConnectorSender, type ConnectorSender } from './connector-sender';
import { enqueueDueDeliveries, type EnqueueReport } from './enqueue-due';
import { drainOutbox, type DrainOptions, type DrainReport } from './outbox-worker';
import { proactiveSettingsFrom } from './proactive-settings-from-config';
import { createRateLimiter, type RateWindow } from './rate-limiter';

export interface DispatcherOptions {
  config: Config;
  store: Store;
  adapter: CloudAdapter;
  links: CalendarLinks;
  logger: Logger;
  clock: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Overrides for tests and benchmarks (e.g. a faster global limit). */
  globalLimits?: readonly RateWindow[];
  drain?: DrainOptions;
}

export interface Dispatcher {
  /** Plans what is due now, adds it to the outbox and sends everything due. */
  tick(): Promise<EnqueueReport & DrainReport>;
  sender: ConnectorSender;
}

/** Everything the proactive engine needs, wired from configuration. One per process. */
export function createDispatcher({ config, store, adapter, links, logger, clock, sleep, globalLimits, drain }: DispatcherOptions): Dispatcher {
  const sender = createConnectorSender({ adapter, botAppId: config.bot.appId ?? '' });
  const limiter = createRateLimiter({ now: () => clock().getTime(), ...(globalLimits ? { global: [...globalLimits] } : {}) });
  const settings = proactiveSettingsFrom(config);
  const workerId = `worker-${randomUUID()}`;
  const wait = sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return {
    sender,
    async tick() {
      const enqueued = await enqueueDueDeliveries(store, settings, clock());
      const drained = await drainOutbox(
        {
          store,
          sender,
          limiter,
          logger,
          clock,
          sleep: wait,
          workerId,
          compose: (item, now) => composeDelivery(item, { store, defaultLanguage: config.defaultLocale, calendarUrl: links.sessionUrl }, now),
        },
        drain,
      );
      const report = { ...enqueued, ...drained };
      if (report.added || report.sent || report.failed || report.blocked) logger.info(report, 'dispatch tick');
      return report;
    },
  };
}
