/** Which store the configuration chooses: the embedded file unless a PostgreSQL database is configured. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { storeKind } from '../../src/store/open-configured-store';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-store-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (config: unknown) => fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify(config));

it('When nothing names a database, then the embedded lowdb file is the store', async () => {
  expect(storeKind(await loadConfig({ env: {}, searchFrom: dir }))).toBe('lowdb');
});

it('When DATABASE_URL is set, then the store is PostgreSQL at that URL, over whatever the file says', async () => {
  write({ store: { url: 'postgres://file@db.example/programme', poolSize: 4 } });
  const config = await loadConfig({ env: { DATABASE_URL: 'postgresql://bot@db.example:6432/prod?sslmode=require' }, searchFrom: dir });
  expect(storeKind(config)).toBe('postgres');
  expect(config.store).toMatchObject({ url: 'postgresql://bot@db.example:6432/prod?sslmode=require', poolSize: 4 });
});

it('When the config file has a store key with a URL, then the store is PostgreSQL', async () => {
  write({ store: { kind: 'postgres', url: 'postgres://bot@db.example/programme' } });
  const config = await loadConfig({ env: {}, searchFrom: dir });
  expect(storeKind(config)).toBe('postgres');
  expect(config.store.poolSize).toBe(10);
});

it('When the store key is incomplete or wrong, then start-up stops with a message naming the key', async () => {
  write({ store: { kind: 'postgres' } });
  await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toThrow(/store: kind postgres needs a url/);
  write({ store: { url: 'mysql://bot@db.example/x' } });
  await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toThrow(/store\.url: must be a postgres:\/\/ connection string/);
  write({ store: { kind: 'lowdb', url: 'postgres://bot@db.example/x' } });
  await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toThrow(/store: a url is for kind postgres/);
});
