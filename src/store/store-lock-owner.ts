/**
 * Who holds the embedded store's file lock, so a restart after a crash need not wait for the
 * dead holder's lock to go stale (10 s). The holder writes its process id and host next to the
 * lock; a process that finds the lock taken by a process that no longer exists on this host
 * marks the lock stale, and proper-lockfile then takes it over as it does any stale lock. A live
 * holder (or one on another host, or a process id reused since) is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';

interface LockOwner {
  pid: number;
  host: string;
}

const ownerFile = (lockPath: string) => `${lockPath}.owner`;

/** Records this process as the lock's holder (call right after taking the lock). */
export function recordLockOwner(lockPath: string): void {
  const owner: LockOwner = { pid: process.pid, host: os.hostname() };
  fs.writeFileSync(ownerFile(lockPath), JSON.stringify(owner));
}

/** Forgets the holder record (call right before releasing the lock). */
export function forgetLockOwner(lockPath: string): void {
  fs.rmSync(ownerFile(lockPath), { force: true });
}

/** When the lock's recorded holder is a process on this host that is gone, makes the lock stale at once. */
export function markStaleIfHolderGone(lockPath: string): boolean {
  let owner: LockOwner;
  try {
    owner = JSON.parse(fs.readFileSync(ownerFile(lockPath), 'utf8')) as LockOwner;
  } catch {
    return false;
  }
  if (owner.host !== os.hostname() || owner.pid === process.pid || isAlive(owner.pid) || !fs.existsSync(lockPath)) return false;
  // proper-lockfile judges staleness by the lock's modification time.
  fs.utimesSync(lockPath, new Date(0), new Date(0));
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
