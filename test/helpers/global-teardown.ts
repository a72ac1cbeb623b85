/** Jest global teardown: stops the PostgreSQL server the set-up started, if it started one. */
import { stopTestPostgres } from './test-postgres';

export default function globalTeardown(): void {
  stopTestPostgres();
}
