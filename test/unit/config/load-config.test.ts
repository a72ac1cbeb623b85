import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config/load-config';
import { environmentName, loadEnvFiles } from '../../../src/config/load-env-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'programme-bot-config-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Configuration', () => {
  it('When there is no config file, then the embedded defaults apply', async () => {
    const config = await loadConfig({ env: {}, searchFrom: dir });
    expect(config).toMatchObject({ port: 3978, timeZone: 'Europe/Copenhagen', defaultLocale: 'da' });
    expect(config.dataFile).toBe(path.join(dir, 'data', 'programme-bot.json'));
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('When a config file sets values, then they are used and relative paths are resolved from the file', async () => {
    fs.writeFileSync(
      path.join(dir, 'programme-bot.config.json'),
      JSON.stringify({ dataFile: 'store/bot.json', contact: { name: 'HR', email: 'hr@kommune.example' }, admins: ['hr@kommune.example'] }),
    );
    const config = await loadConfig({ env: {}, searchFrom: dir });
    expect(config.dataFile).toBe(path.join(dir, 'store', 'bot.json'));
    expect(config.contact.email).toBe('hr@kommune.example');
    expect(config.admins).toEqual(['hr@kommune.example']);
  });

  it('When a value is wrong, then start-up fails with a message naming the key and the file', async () => {
    const file = path.join(dir, '.programme-botrc.json');
    fs.writeFileSync(file, JSON.stringify({ timeZone: 'Europe/Copenhagn' }));
    await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*timeZone: unknown IANA time zone`),
    );
  });

  it('When an unknown key is present, then it is reported instead of silently ignored', async () => {
    fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify({ timezone: 'UTC' }));
    await expect(loadConfig({ env: {}, searchFrom: dir })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('When environment variables are set, then they override the file and carry the bot credentials', async () => {
    fs.writeFileSync(path.join(dir, 'programme-bot.config.json'), JSON.stringify({ port: 4000 }));
    const config = await loadConfig({
      env: { PORT: '5000', BOT_ID: 'app-id', SECRET_BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' },
      searchFrom: dir,
    });
    expect(config.port).toBe(5000);
    expect(config.bot).toEqual({ appId: 'app-id', appPassword: 'secret', appType: 'SingleTenant', tenantId: 'tenant' });
  });

  it('When BOT_ID is set without a credential, then the bot runs anonymously in development and refuses to start in production', async () => {
    const dev = await loadConfig({ env: { BOT_ID: 'manifest-only-id' }, searchFrom: dir });
    expect(dev.bot.appId).toBeUndefined();
    expect(dev.botIdWithoutCredential).toBe('manifest-only-id');
    await expect(loadConfig({ env: { BOT_ID: 'manifest-only-id', NODE_ENV: 'production' }, searchFrom: dir })).rejects.toThrow(
      /in production the bot must authenticate/,
    );
    const msi = await loadConfig({ env: { BOT_ID: 'msi-id', BOT_TYPE: 'UserAssignedMSI' }, searchFrom: dir });
    expect(msi.bot.appId).toBe('msi-id');
  });

  it('When env files exist, then the .user file overrides the shared one and real environment variables win over both', () => {
    fs.mkdirSync(path.join(dir, 'env'));
    fs.writeFileSync(path.join(dir, 'env', '.env.local'), 'PORT=3978\nBOT_ID=from-file\n');
    fs.writeFileSync(path.join(dir, 'env', '.env.local.user'), 'SECRET_BOT_PASSWORD=from-user-file\nBOT_ID=from-user\n');
    const env = loadEnvFiles(dir, 'local', { PORT: '8080' });
    expect(env).toMatchObject({ PORT: '8080', BOT_ID: 'from-user', SECRET_BOT_PASSWORD: 'from-user-file' });
  });

  it('When TEAMSFX_ENV names an environment, then its env files are the ones read; unset or empty, then local', () => {
    expect(environmentName({ TEAMSFX_ENV: 'dev' })).toBe('dev');
    expect(environmentName({})).toBe('local');
    expect(environmentName({ TEAMSFX_ENV: '' })).toBe('local');
  });
});

describe('Installing the app for leaders through Microsoft Graph', () => {
  it('When it is switched on without the catalog id or the bot’s credentials, then start-up stops and names what is missing', async () => {
    await expect(loadConfig({ env: { GRAPH_INSTALL_APP_FOR_USERS: 'true' }, searchFrom: dir })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('graph.installAppForUsers needs graph.teamsAppId (TEAMS_APP_CATALOG_ID), BOT_ID with SECRET_BOT_PASSWORD or BOT_TYPE=UserAssignedMSI, BOT_TENANT_ID'),
    });
  });

  it('When it is switched on with the catalog id and a single-tenant identity, then the Graph settings are read from the environment', async () => {
    const config = await loadConfig({
      env: { GRAPH_INSTALL_APP_FOR_USERS: 'true', TEAMS_APP_CATALOG_ID: 'catalog-id', BOT_ID: 'app', SECRET_BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' },
      searchFrom: dir,
    });
    expect(config.graph).toEqual({ installAppForUsers: true, teamsAppId: 'catalog-id', baseUrl: 'https://graph.microsoft.com/v1.0', authorityHost: 'https://login.microsoftonline.com' });
  });
});
