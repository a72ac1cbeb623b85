/**
 * Jest global set-up: builds dist/ (the process tests run the build output) and makes sure a
 * PostgreSQL server is there for the PostgreSQL store's tests.
 */
import buildDist from './build-dist';
import { startTestPostgres } from './test-postgres';

export default async function globalSetup(): Promise<void> {
  // DATABASE_URL makes the bot use PostgreSQL. The tests choose each bot's store themselves, so a
  // developer's own DATABASE_URL must not reach the bots they start (or their database).
  delete process.env.DATABASE_URL;
  buildDist();
  await startTestPostgres();
}
