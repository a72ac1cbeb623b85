/**
 * Starts the real bot (restify + botbuilder + teams-ai) on a free loopback port against a fake
 * Bot Connector, with an in-memory store and a fixed clock.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { configSchema, type ConfigInput } from '../../src/config/config-schema';
import type { Programme } from '../../src/domain/programme/model';
import { createMemoryStore, type LowdbStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import type { Dispatcher } from '../../src/create-dispatcher';
import type { RateWindow } from '../../src/delivery/rate-limiter';
import { startBot } from '../../src/start-bot';
import { FakeConnector } from './fake-connector';

export interface TestBot {
  url: string;
  connector: FakeConnector;
  store: LowdbStore;
  dispatcher: Dispatcher;
  /** The bot's clock: starts at the test's `now` and runs on in real time (retries need time to pass). */
  clock: () => Date;
  /** POSTs an activity to /api/messages and returns the HTTP status. */
  post(activity: unknown): Promise<number>;
  /** POSTs an activity and returns status and parsed body (invoke responses carry the updated card). */
  invoke(activity: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface TestBotOptions {
  programme: Programme;
  now: Date;
  config?: Partial<ConfigInput>;
  connector?: FakeConnector;
  store?: LowdbStore;
  globalLimits?: readonly RateWindow[];
  /** Receives the bot's JSON log lines (default: logs are discarded). */
  logLines?: string[];
}

export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  const connector = options.connector ?? (await FakeConnector.start());
  const store = options.store ?? createMemoryStore(newStoreData(options.programme));
  // The scheduler stays off and the flood guard is generous, unless a test says otherwise.
  const config = configSchema.parse({
    port: 0,
    // Test bots keep no files: a fresh key per bot, unless a test signs links itself.
    linkKey: randomBytes(32).toString('hex'),
    ...options.config,
    dispatch: { enabled: false, ...options.config?.dispatch },
    security: {
      messagesPerMinutePerUser: 1000,
      // An authenticated test bot talks to the fake connector on loopback, not to Teams' hosts.
      ...(options.config?.bot?.appId ? { serviceUrls: [connector.serviceUrl] } : {}),
      ...options.config?.security,
    },
  });
  const started = Date.now();
  const clock = () => new Date(options.now.getTime() + (Date.now() - started));
  const lines = options.logLines;
  const logger = lines ? pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) : pino({ level: 'silent' });
  const server = await startBot({ config, store, logger, now: clock, host: '127.0.0.1', globalLimits: options.globalLimits });
  const send = (activity: unknown) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return {
    url: server.url,
    connector,
    store,
    dispatcher: server.dispatcher,
    clock,
    async post(activity) {
      const res = await send(activity);
      await res.text();
      return res.status;
    },
    async invoke(activity) {
      const res = await send(activity);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async close() {
      await server.close();
      await connector.close();
    },
  };
}
