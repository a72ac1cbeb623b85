import fs from 'node:fs';
import path from 'node:path';

/**
 * A timestamped copy of the store file, keeping the newest `keep`. The copy is taken from the
 * file on disk (which the atomic writes keep whole), written to a temporary name and renamed, so a
 * backup is never half a file either.
 */
export function writeBackup(storeFile: string, dir: string, keep: number, now: Date): string | undefined {
  if (!fs.existsSync(storeFile)) return undefined;
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const base = path.basename(storeFile, '.json');
  const target = path.join(dir, `${base}-${stamp}.json`);
  const temp = `${target}.tmp`;
  fs.copyFileSync(storeFile, temp);
  fs.renameSync(temp, target);
  const backups = fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.json'))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) fs.rmSync(path.join(dir, old));
  return target;
}
