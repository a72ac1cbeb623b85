/**
 * A child process for the crash test: writes to a file store in a loop and prints "ack <n>" after
 * each write the store acknowledged. The test kills it with SIGKILL at an arbitrary moment.
 */
import { openFileStore } from '../../src/store/lowdb-store';
import { newStoreData } from '../../src/store/store-schema';
import { smallProgramme } from './programmes';

async function main(): Promise<void> {
  const file = process.argv[2];
  const store = await openFileStore(file, { seed: () => newStoreData(smallProgramme()) });
  for (let n = 0; ; n++) {
    await store.appendAudit({ at: new Date().toISOString(), actor: 'crash-test', action: 'write', details: { n, padding: 'x'.repeat(200) } });
    process.stdout.write(`ack ${n}\n`);
  }
}

void main();
