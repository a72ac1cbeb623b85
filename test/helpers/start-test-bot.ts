/**
 * Starts the real bot (restify + botbuilder + teams-ai) on a free loopback port against a fake
 * Bot Connector, with an in-memory store and a fixed clock.
 */
import pino from 'pino';
import { configSchema, type ConfigInput } from '../../src/config/config-schema';
import type { Programme } from '../../src/domain/model';
import { createMemoryStore, type LowdbStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { startBot } from '../../src/start-bot';
import { FakeConnector } from './fake-connector';

export interface TestBot {
  url: string;
  connector: FakeConnector;
  store: LowdbStore;
  /** POSTs an activity to /api/messages and returns the HTTP status. */
  post(activity: unknown): Promise<number>;
  close(): Promise<void>;
}

export async function startTestBot(options: { programme: Programme; now: Date; config?: Partial<ConfigInput> }): Promise<TestBot> {
  const connector = await FakeConnector.start();
  const store = createMemoryStore(newStoreData(options.programme));
  const config = configSchema.parse({ port: 0, ...options.config });
  const server = await startBot({ config, store, logger: pino({ level: 'silent' }), now: () => options.now, host: '127.0.0.1' });
  return {
    url: server.url,
    connector,
    store,
    async post(activity) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await res.text();
      return res.status;
    },
    async close() {
      await server.close();
      await connector.close();
    },
  };
}
