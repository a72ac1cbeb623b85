import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { CalendarLinks } from './links/calendar-links';
import type { Config } from './config/config-schema';
import type { Store } from './store/store';
import { refreshAnnouncementStatus } from './features/announcement-status';
import { composeDelivery } from './features/compose/compose-delivery';
import { purgeExpiredCheckInTexts } from './features/purge-check-in-texts';
import { createConnectorSender, type ConnectorSender } from './delivery/connector-sender';
import { enqueueDueDeliveries, type EnqueueReport } from './features/enqueue-due';
import { isoWeekOf } from './domain/calendar/iso-week';
import { createServiceUrlPolicy } from './domain/access/service-url-policy';
import { planPersonalChat } from './delivery/open-personal-conversation';
import { planDigests } from './features/plan-digests';
import { drainOutbox, type DrainOptions, type DrainReport } from './delivery/outbox-worker';
import { proactiveSettingsFrom } from './config/proactive-settings-from-config';
import { workingCalendarsFrom, type WorkingCalendars } from './config/working-calendars';
import { heldUntil } from './domain/schedule/quiet-hours';
import { createRateLimiter, createSharedRateLimiter, type RateLimiter, type RateWindow } from './delivery/rate-limiter';
import { syncDueRosters, type RosterSyncReport } from './delivery/sync-rosters';
import { createAppInstaller, graphCredential, type AppInstaller } from './delivery/install-app-for-users';
import { installAppForUnreachable, type InstallReport } from './features/install-app-for-unreachable';

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
  /** The process's working calendars (start-bot.ts shares them with the Teams routes); built from config when left out. */
  calendars?: WorkingCalendars;
}

export type TickReport = EnqueueReport & DrainReport & { rosters: RosterSyncReport; appInstalls?: InstallReport };

export interface Dispatcher {
  /** Reads the team rosters that are due, plans what is due now, adds it to the outbox and sends everything due. */
  tick(): Promise<TickReport>;
  sender: ConnectorSender;
  /** The one rate limiter for everything the bot asks of the Bot Connector on its own. */
  limiter: RateLimiter;
  /** Shutdown: the running tick stops claiming and waiting; later ticks do nothing. */
  stop(): void;
}

/**
 * Teams allows 50 messages per second per app. Pacing to exactly 50 in every 1,000 ms still draws
 * 429s, because timers fire late and requests bunch on the way; a 10% wider window absorbs that
 * (fan-out benchmark, 200 sends: 21 throttled at 48/1,000 ms, none at 50/1,100 ms).
 */
export const DEFAULT_GLOBAL_LIMITS: readonly RateWindow[] = Object.freeze([{ limit: 50, windowMs: 1_100 }]);

/**
 * Teams' budget for replicas sharing a store, spread evenly: one request every 24 ms at most (41.7
 * a second, 83% of Teams' 50). One process may send its allowance in bursts; requests booked by
 * several processes reach Teams with each process's own timer, network and garbage-collection
 * delays, and on a busy machine a burst that arrives late runs into the next one. Measured with
 * two replicas and 2,000 reminders on a loaded machine: bursts drew 18 to 46 answers 429; one
 * request every 22 ms left 1 to 3, or none once a late request gives up its moment (see
 * waitForTurn), but the busiest second still reached 51 at a load average of 7; every 24 ms keeps
 * the busiest second below 50 with room for such delays.
 */
export const SHARED_GLOBAL_LIMITS: readonly RateWindow[] = Object.freeze([...DEFAULT_GLOBAL_LIMITS, { limit: 1, windowMs: 24 }]);

/** Everything the proactive engine needs, wired from configuration. One per process. */
export function createDispatcher({ config, store, adapter, links, logger, clock, sleep, globalLimits, drain, calendars = workingCalendarsFrom(config) }: DispatcherOptions): Dispatcher {
  // References stored before the service-URL allow-list existed are checked again at every send.
  const serviceUrls = createServiceUrlPolicy(config.security.serviceUrls, Boolean(config.bot.appId));
  const sender = createConnectorSender({ adapter, botAppId: config.bot.appId ?? '', allowsServiceUrl: (url) => serviceUrls.allows(url) });
  // Replicas sharing a store share Teams' budget through it; one process alone paces in memory.
  const shared = store.rateBudget ? createSharedRateLimiter({ budget: store.rateBudget, global: [...(globalLimits ?? SHARED_GLOBAL_LIMITS)] }) : undefined;
  const limiter: RateLimiter = shared ?? createRateLimiter({ now: () => clock().getTime(), global: [...(globalLimits ?? DEFAULT_GLOBAL_LIMITS)] });
  const settings = proactiveSettingsFrom(config);
  const workerId = `worker-${randomUUID()}`;
  // Names this process's leases in the outbox (claimed_by), for an operator watching replicas.
  logger.info({ workerId, rateBudget: shared ? 'shared' : 'in memory' }, 'outbox worker ready');
  const installer: AppInstaller | undefined = config.graph.installAppForUsers
    ? createAppInstaller({ baseUrl: config.graph.baseUrl, teamsAppId: config.graph.teamsAppId!, credential: graphCredential(config) })
    : undefined;
  const wait = sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let stopping = false;
  return {
    sender,
    limiter,
    stop: () => {
      stopping = true;
    },
    async tick() {
      const rosters = { synced: 0, pages: 0, matched: 0, released: 0, unfinished: 0 };
      const enqueued: EnqueueReport = { planned: 0, added: 0, dropped: 0 };
      if (stopping) return { ...enqueued, held: 0, sent: 0, skipped: 0, failed: 0, blocked: 0, retried: 0, waiting: 0, opened: 0, rosters };
      // Planning runs on one replica at a time (another one planning now does it for all); every
      // replica then sends its share of what is due.
      await store.runExclusive('plan', async () => {
        // Rosters first, so the leaders they find are reached in this very tick.
        Object.assign(rosters, await syncDueRosters({ store, sender, limiter, logger, clock, sleep: wait, shouldStop: () => stopping }));
        Object.assign(enqueued, await enqueueDueDeliveries(store, settings, calendars, clock()));
        if (config.digest.enabled) {
          const programme = await store.getProgramme();
          const digests = planDigests(programme, config.owners, config.digest.cron, calendars(programme.timeZone), clock(), isoWeekOf);
          if (digests.length) {
            const added = await store.enqueueDeliveries(digests, clock());
            enqueued.planned += digests.length;
            enqueued.added += added;
          }
        }
      });
      // The calendar of the programme's clock, read once a tick: an import may change the zone.
      const calendar = calendars((await store.getProgramme()).timeZone);
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
          heldUntil: (item, now) => {
            const until = heldUntil(calendar, item, now.getTime());
            return until === undefined ? undefined : new Date(until);
          },
          compose: (item, now) =>
            composeDelivery(
              item,
              {
                store,
                config,
                defaultLanguage: config.defaultLocale,
                calendarUrl: links.sessionUrl,
                openConversation: (participant) => planPersonalChat(participant, store),
              },
              now,
            ),
        },
        { leaseMs: config.dispatch.leaseSeconds * 1_000, ...drain },
      );
      // Also one replica at a time: status cards updated once, installations asked for once.
      const after = await store.runExclusive('after-sending', async () => {
        await refreshAnnouncementStatus(store, sender, config.defaultLocale, logger);
        await purgeExpiredCheckInTexts(store, config, clock());
        await shared?.sweep();
        // After the deliveries: leaders installed now are reached when Teams reports the installation.
        return installer && !stopping ? installAppForUnreachable({ store, installer, logger, clock, sleep: wait, shouldStop: () => stopping }) : undefined;
      });
      const appInstalls = after.ran ? after.result : undefined;
      const report = { ...enqueued, ...drained, rosters, appInstalls };
      if (report.added || report.sent || report.failed || report.blocked || report.waiting) logger.info(report, 'dispatch tick');
      return report;
    },
  };
}
