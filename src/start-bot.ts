import type { Logger } from 'pino';
import { createCalendarLinks } from './links/calendar-links';
import { createServiceUrlPolicy } from './domain/access/service-url-policy';
import type { Config } from './config/config-schema';
import { workingCalendarsFrom } from './config/working-calendars';
import { createDispatcher, type Dispatcher } from './create-dispatcher';
import type { RateWindow } from './delivery/rate-limiter';
import { scheduleDispatch, type DispatchSchedule } from './delivery/schedule-dispatch';
import { registerCalendarRoute } from './http/calendar-route';
import { registerMyDataRoute } from './http/my-data-route';
import { registerReachListRoute } from './http/reach-list-route';
import { startWebServer } from './http/start-web-server';
import type { Store } from './store/store';
import { createAdapter, createRequestAuthenticator } from './teams/create-adapter';
import { createApplication } from './teams/create-app';
import { RefusalAudit } from './teams/refusal-audit';
import { plannerConnection } from './config/planner-settings';

export interface StartBotOptions {
  config: Config;
  store: Store;
  logger: Logger;
  now?: () => Date;
  host?: string;
  /** Overrides Teams' global rate limit (benchmarks). */
  globalLimits?: readonly RateWindow[];
}

export interface RunningBot {
  url: string;
  port: number;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

/**
 * Wires the Bot Framework adapter, the teams-ai Application, the proactive engine and the web
 * server. Used by index.ts and by the end-to-end tests, so both run exactly the same bot.
 */
export async function startBot({ config, store, logger, now = () => new Date(), host, globalLimits }: StartBotOptions): Promise<RunningBot> {
  if (!config.bot.appId && config.security.allowAnonymous) {
    logger.error('ALLOW_ANONYMOUS=true: the bot accepts unauthenticated requests. Anyone who can reach /api/messages can act as any Teams user.');
  } else if (!config.bot.appId) {
    logger.warn('no credentials: accepting unauthenticated requests from loopback service URLs only (local development).');
  }
  const serviceUrls = createServiceUrlPolicy(config.security.serviceUrls, Boolean(config.bot.appId));
  const adapter = createAdapter(config);
  const links = createCalendarLinks(config);
  const calendars = workingCalendarsFrom(config);
  const dispatcher = createDispatcher({ config, store, adapter, links, logger, clock: now, globalLimits, calendars });
  // Declared before the app: a turn may ask for a tick (kick) as soon as the server listens.
  const scheduled: { schedule?: DispatchSchedule } = {};
  const refusals = new RefusalAudit(store, logger, now);
  const app = createApplication(adapter, {
    store,
    logger,
    now,
    defaultLanguage: config.defaultLocale,
    contact: config.contact,
    links,
    owners: config.owners,
    digest: config.digest,
    admins: config.admins,
    electives: config.electives,
    absences: config.absences,
    calendars,
    pairing: { pairing: config.pairing, calendar: config.calendar },
    messagesPerMinutePerUser: config.security.messagesPerMinutePerUser,
    kick: () => scheduled.schedule?.runNow(),
    connector: { sender: dispatcher.sender, limiter: dispatcher.limiter },
    refusals,
    planner: plannerConnection(config.planner),
  });
  const server = await startWebServer({
    port: config.port,
    host,
    adapter,
    app,
    logger,
    routes: (restify) => {
      registerCalendarRoute(restify, { store, links, now, defaultLanguage: config.defaultLocale });
      registerMyDataRoute(restify, { store, links, now, downloadsPerMinute: config.security.messagesPerMinutePerUser });
      registerReachListRoute(restify, {
        store,
        links,
        now,
        admins: config.admins,
        defaultLanguage: config.defaultLocale,
        downloadsPerMinute: config.security.messagesPerMinutePerUser,
      });
    },
    maxBodyBytes: config.security.maxBodyBytes,
    allowedTenants: config.security.allowedTenants,
    // Not ready while the scheduler is stopped or the store cannot be written (a full disk).
    isReady: async () => (!scheduled.schedule || scheduled.schedule.isRunning()) && (await store.isWritable()),
    authenticate: createRequestAuthenticator(config),
    serviceUrls,
  });
  let inFlight: Promise<unknown> = Promise.resolve();
  // The embedded store's file lock makes this the only process sending: what an earlier, crashed
  // process left `sending` goes back to the queue now, not when its lease would run out.
  const reclaimed = await store.reclaimAbandonedDeliveries(now());
  if (reclaimed) logger.warn({ reclaimed }, 'deliveries left sending by a stopped process are back in the queue');
  const schedule = config.dispatch.enabled
    ? scheduleDispatch(config.dispatch.cron, config.timeZone, () => (inFlight = dispatcher.tick()), logger)
    : undefined;
  scheduled.schedule = schedule;
  // A restart resumes at once rather than at the next full minute.
  schedule?.runNow();
  return {
    url: server.url,
    port: server.port,
    dispatcher,
    async close() {
      // Graceful: refuse new work, let the running tick finish (its unfinished deliveries keep
      // their lease and are taken over after restart), then close the server.
      server.stopAccepting();
      schedule?.stop();
      dispatcher.stop();
      await inFlight.catch(() => undefined);
      await server.close();
      await refusals.flush();
    },
  };
}
