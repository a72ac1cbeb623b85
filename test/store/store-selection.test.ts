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

describe('the database URL under its other names', () => {
  const azure = (extra: Record<string, string> = {}) => ({
    AZURE_POSTGRESQL_HOST: 'pb-prod.postgres.database.azure.com',
    AZURE_POSTGRESQL_DATABASE: 'programme',
    AZURE_POSTGRESQL_USER: 'bot',
    AZURE_POSTGRESQL_PASSWORD: 'x',
    ...extra,
  });

  it('When only SECRET_DATABASE_URL is set (a Teams Toolkit .env.<name>.user file), then the store is PostgreSQL at that URL', async () => {
    const config = await loadConfig({ env: { SECRET_DATABASE_URL: 'postgres://bot:pw@db.example/programme?sslmode=verify-full' }, searchFrom: dir });
    expect(storeKind(config)).toBe('postgres');
    expect(config.store.url).toBe('postgres://bot:pw@db.example/programme?sslmode=verify-full');
  });

  it('When Azure Service Connector sets its PostgreSQL variables, then they make one URL with TLS checked, unless its SSL variable says false', async () => {
    const config = await loadConfig({ env: azure({ AZURE_POSTGRESQL_PASSWORD: 'p@ss:w/rd?#', AZURE_POSTGRESQL_PORT: '6432' }), searchFrom: dir });
    expect(storeKind(config)).toBe('postgres');
    expect(config.store.url).toBe('postgres://bot:p%40ss%3Aw%2Frd%3F%23@pb-prod.postgres.database.azure.com:6432/programme?sslmode=verify-full');
    expect((await loadConfig({ env: azure({ AZURE_POSTGRESQL_SSL: 'false' }), searchFrom: dir })).store.url).toBe('postgres://bot:x@pb-prod.postgres.database.azure.com:5432/programme');
  });

  it('When Service Connector gives no password (a managed-identity connection), then start-up stops and says what to set', async () => {
    const { AZURE_POSTGRESQL_PASSWORD: _none, ...passwordless } = azure({ AZURE_POSTGRESQL_CLIENTID: '00000000-0000-4000-8000-000000000001' });
    await expect(loadConfig({ env: passwordless, searchFrom: dir })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/AZURE_POSTGRESQL_PASSWORD is not.*'Connection string' authentication.*or set DATABASE_URL/),
    });
    await expect(loadConfig({ env: azure({ AZURE_POSTGRESQL_SSL: 'yes' }), searchFrom: dir })).rejects.toThrow(/AZURE_POSTGRESQL_SSL must be true or false/);
  });

  it('When two names give different databases, then start-up stops naming both variables and neither value; the same URL twice is fine', async () => {
    const attempt = loadConfig({ env: { DATABASE_URL: 'postgres://bot:secret-one@db.example/a', SECRET_DATABASE_URL: 'postgres://bot:secret-two@db.example/b' }, searchFrom: dir });
    await expect(attempt).rejects.toMatchObject({ code: 'CONFIG_CONFLICT', message: expect.stringContaining('DATABASE_URL and SECRET_DATABASE_URL') });
    await expect(attempt).rejects.not.toThrow(/secret-one|secret-two/);
    await expect(loadConfig({ env: { DATABASE_URL: 'postgres://bot:pw@db.example/a', ...azure() }, searchFrom: dir })).rejects.toThrow(/DATABASE_URL and AZURE_POSTGRESQL_HOST/);
    const same = await loadConfig({ env: { DATABASE_URL: 'postgres://bot:pw@db.example/a', SECRET_DATABASE_URL: 'postgres://bot:pw@db.example/a' }, searchFrom: dir });
    expect(same.store.url).toBe('postgres://bot:pw@db.example/a');
  });
});
