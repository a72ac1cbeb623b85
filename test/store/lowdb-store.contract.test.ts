/** The store contract against the embedded lowdb store (in memory, as the end-to-end tests use it). */
import { createMemoryStore } from '../../src/store/lowdb-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('lowdb', async (data) => {
  const store = createMemoryStore(data);
  return { store, close: () => store.close() };
});
