/**
 * A full disk for one store file, that works for root too (root writes into a read-only folder
 * regardless, so chmod simulates nothing there). The store writes atomically through a temporary
 * file beside it (lowdb's steno: ".<name>.tmp", then a rename); pointing that name at /dev/full
 * makes the kernel answer every write with ENOSPC, as a full disk does, until it is removed.
 * What it does not simulate: a disk that fills up halfway through writing the temporary file.
 */
import fs from 'node:fs';
import path from 'node:path';

const tempFileOf = (dataFile: string) => path.join(path.dirname(dataFile), `.${path.basename(dataFile)}.tmp`);

/**
 * From now on, writes of this store file fail with ENOSPC. A running bot may be in the middle of a
 * write (its temporary file exists until the rename): the disk fills up as soon as that one is done.
 */
export async function fillDisk(dataFile: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      fs.symlinkSync('/dev/full', tempFileOf(dataFile));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 500) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** Writes of this store file work again. */
export function freeDisk(dataFile: string): void {
  fs.rmSync(tempFileOf(dataFile), { force: true });
}
