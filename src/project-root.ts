import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. Code runs both from src/ (tests) and from dist/src/ (built),
 * so assets such as cards/ and manifest/ are found from the project root, not from __dirname.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}
