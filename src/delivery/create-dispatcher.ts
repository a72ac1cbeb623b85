import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { CalendarLinks } from '../calendar/calendar-links';
import type { Config } from '../config/config-schema';
import type { Store } from '../store/store';
import { refreshAnnouncementStatus } from './announcement-status';
import { composeDelivery } from './compose-delivery';
import { purgeExpiredCheckInTexts } from './purge-check-in-texts';
import { createConnectorSender, type ConnectorSender } from './connector-sender';
import { enqueueDueDeliveries, type EnqueueReport } from './enqueue-due';
import { isoWeekOf } from '../domain/iso-week';
import { createServiceUrlPolicy } from '../domain/service-url-policy';
import { openPersonalConversation } from './open-personal-conversation';
import { planDigests } from './plan-digests';
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
  /** Shutdown: the running tick stops claiming and waiting; later ticks do nothing. */
  stop(): void;
}

/**
 * Teams allows 50 messages per second per app. Pacing to exactly 50 in every 1,000 ms still draws
 * 429s, because timers fire late and requests bunch on the way; a 10% wider window absorbs that
 * (fan-out benchmark, 200 sends: 21 throttled at 48/1,000 ms, none at 50/1,100 ms).
 */
export const DEFAULT_GLOBAL_LIMITS: readonly RateWindow[] = Object.freeze([{ limit: 50, windowMs: 1_100 }]);

/** Everything the proactive engine needs, wired from configuration. One per process. */
export function createDispatcher({ config, store, adapter, links, logger, clock, sleep, globalLimits, drain }: DispatcherOptions): Dispatcher {
  // References stored before the service-URL allow-list existed are checked again at every send.
  const serviceUrls = createServiceUrlPolicy(config.security.serviceUrls, Boolean(config.bot.appId));
  const sender = createConnectorSender({ adapter, botAppId: config.bot.appId ?? '', allowsServiceUrl: (url) => serviceUrls.allows(url) });
  const limiter = createRateLimiter({ now: () => clock().getTime(), global: [...(globalLimits ?? DEFAULT_GLOBAL_LIMITS)] });
  const settings = proactiveSettingsFrom(config);
  const workerId = `worker-${randomUUID()}`;
  const wait = sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let stopping = false;
  return {
    sender,
    stop: () => {
      stopping = true;
    },
    async tick() {
      if (stopping) return { planned: 0, added: 0, sent: 0, skipped: 0, failed: 0, blocked: 0, retried: 0 };
      const enqueued = await enqueueDueDeliveries(store, settings, clock());
      if (config.digest.enabled) {
        const programme = await store.getProgramme();
        const digests = planDigests(programme, config.owners, config.digest.cron, clock(), isoWeekOf);
        if (digests.length) {
          const added = await store.enqueueDeliveries(digests, clock());
          enqueued.planned += digests.length;
          enqueued.added += added;
        }
      }
      const drained = await drainOutbox(
        {
          store,
          sender,
          limiter,
          logger,
          clock,
          sleep: wait,
          workerId,
          shouldStop: () => stopping,
          compose: (item, now) =>
            composeDelivery(
              item,
              {
                store,
                config,
                defaultLanguage: config.defaultLocale,
                calendarUrl: links.sessionUrl,
                openConversation: (participant) => openPersonalConversation(participant, { store, sender, now }),
              },
              now,
            ),
        },
        drain,
      );
      await refreshAnnouncementStatus(store, sender, config.defaultLocale, logger);
      await purgeExpiredCheckInTexts(store, config, clock());
      const report = { ...enqueued, ...drained };
      if (report.added || report.sent || report.failed || report.blocked) logger.info(report, 'dispatch tick');
      return report;
    },
  };
}
