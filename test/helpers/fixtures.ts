import path from 'node:path';

/** The test/fixtures folder, wherever the test that reads it lives. */
export const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures');

/** A file in test/fixtures, e.g. fixturePath('csv', 'participants-en-comma.csv'). */
export function fixturePath(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}
