import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import { loadConfig } from '../../../src/config/load-config';
import { LOCAL_PLACEHOLDER_BOT_ID } from '../../../src/config/bot-identity';
import { environmentName, loadEnvFiles } from '../../../src/config/load-env-files';
import { projectRoot } from '../../../src/project-root';

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
    expect(config.bot).toEqual({ appId: 'app-id', appPassword: 'secret', tenantId: 'tenant' });
  });
});

describe('The bot identity and the choice between authenticated and anonymous', () => {
  const load = (env: NodeJS.ProcessEnv) => loadConfig({ env, searchFrom: dir });

  it.each([
    ['Teams Toolkit env files', { BOT_ID: 'app-id', SECRET_BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' }],
    ["Teams Toolkit's App Service settings", { BOT_ID: 'app-id', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' }],
    ['botbuilder samples and Azure templates', { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant' }],
  ])('When the identity comes under the names of %s, then the bot authenticates with it', async (_source, env) => {
    const config = await load(env);
    expect(config.bot).toMatchObject({ appId: 'app-id', appPassword: 'secret', tenantId: 'tenant' });
  });

  it('When a user-assigned managed identity is configured, then it is a credential without a secret', async () => {
    const config = await load({ MicrosoftAppId: 'msi-client-id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' });
    expect(config.bot).toMatchObject({ appId: 'msi-client-id', appType: 'UserAssignedMSI', tenantId: 'tenant' });
    await expect(load({ BOT_ID: 'msi-client-id', BOT_TYPE: 'userassignedmsi', BOT_TENANT_ID: 'tenant', BOT_PASSWORD: 'secret' })).rejects.toThrow(/uses a managed identity and no secret/);
  });

  it.each([
    ['appId', { BOT_ID: 'app-a', MicrosoftAppId: 'app-b' }, /BOT_ID and MicrosoftAppId/],
    ['appPassword', { BOT_PASSWORD: 'one', MicrosoftAppPassword: 'two' }, /BOT_PASSWORD and MicrosoftAppPassword/],
    ['appType', { BOT_TYPE: 'SingleTenant', MicrosoftAppType: 'MultiTenant' }, /BOT_TYPE and MicrosoftAppType/],
    ['tenantId', { BOT_TENANT_ID: 'tenant-a', MicrosoftAppTenantId: 'tenant-b' }, /BOT_TENANT_ID and MicrosoftAppTenantId/],
  ])('When %s has two different values under two names, then start-up fails naming both', async (_setting, env, message) => {
    await expect(load(env)).rejects.toMatchObject({ code: 'CONFIG_CONFLICT', message: expect.stringMatching(message) });
  });

  it('When two names give the same value (GUIDs and app types in any case), then that is no conflict', async () => {
    const config = await load({
      BOT_ID: 'AAAAAAAA-1111-4111-8111-111111111111',
      MicrosoftAppId: 'aaaaaaaa-1111-4111-8111-111111111111',
      BOT_PASSWORD: 'secret',
      MicrosoftAppPassword: 'secret',
      BOT_TYPE: 'singletenant',
      MicrosoftAppType: 'SingleTenant',
      BOT_TENANT_ID: 'tenant',
    });
    expect(config.bot.appId).toBe('AAAAAAAA-1111-4111-8111-111111111111');
  });

  it('When env/.env.local gives the placeholder BOT_ID and the platform a real MicrosoftAppId, then the real one is used', async () => {
    const config = await load({ BOT_ID: LOCAL_PLACEHOLDER_BOT_ID, MicrosoftAppId: 'real-id', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant' });
    expect(config.bot.appId).toBe('real-id');
  });

  it('When nothing but the committed placeholder is set, then the bot runs anonymously, whatever NODE_ENV says', async () => {
    for (const NODE_ENV of [undefined, 'production', 'development']) {
      const config = await load({ BOT_ID: LOCAL_PLACEHOLDER_BOT_ID, NODE_ENV });
      expect(config.bot.appId).toBeUndefined();
    }
    expect((await load({})).bot.appId).toBeUndefined();
  });

  it.each([
    ['a real app id', { BOT_ID: 'real-id' }, /an app id \(BOT_ID, MicrosoftAppId\) is set, but no credential/],
    ['a tenant', { MicrosoftAppTenantId: 'tenant' }, /a tenant .* is set, but no credential/],
    ["env/.env.dev's app type", { BOT_TYPE: 'SingleTenant' }, /an app type .* is set, but no credential/],
  ])('When %s is set without a credential, then start-up fails naming the credential variables', async (_what, env, message) => {
    const attempt = load({ ...env, NODE_ENV: 'development' });
    await expect(attempt).rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringMatching(message) });
    await expect(attempt).rejects.toThrow(/SECRET_BOT_PASSWORD, BOT_PASSWORD, MicrosoftAppPassword/);
  });

  it('When a credential lacks its app id or a single-tenant bot its tenant, then start-up says which variable to set', async () => {
    await expect(load({ BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant' })).rejects.toThrow(/no app id: set BOT_ID, MicrosoftAppId/);
    await expect(load({ BOT_ID: 'app-id', BOT_PASSWORD: 'secret' })).rejects.toThrow(/set BOT_TENANT_ID, MicrosoftAppTenantId/);
    expect((await load({ BOT_ID: 'app-id', BOT_PASSWORD: 'secret', BOT_TYPE: 'MultiTenant' })).bot.appId).toBe('app-id');
  });

  it('When ALLOW_ANONYMOUS=true is set, then a real app id without credential runs anonymously', async () => {
    const config = await load({ BOT_ID: 'real-id', ALLOW_ANONYMOUS: 'true' });
    expect(config.bot.appId).toBeUndefined();
    expect(config.security.allowAnonymous).toBe(true);
  });

  it('When the committed env/.env.local is read, then its BOT_ID is exactly the placeholder the bot treats as "no app id"', () => {
    // The committed file only: a developer's own env/.env.local.user may hold a real identity.
    const env = dotenv.parse(fs.readFileSync(path.join(projectRoot(), 'env', '.env.local')));
    expect(env.BOT_ID).toBe(LOCAL_PLACEHOLDER_BOT_ID);
    expect(env.SECRET_BOT_PASSWORD ?? env.BOT_PASSWORD ?? env.MicrosoftAppPassword).toBeUndefined();
  });
});

describe('The service-URL allow-list', () => {
  it('When ALLOWED_SERVICE_URLS lists URLs for an authenticated bot, then they replace the Teams hosts', async () => {
    const config = await loadConfig({
      env: { BOT_ID: 'app-id', BOT_PASSWORD: 'secret', BOT_TENANT_ID: 'tenant', ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net/emea/, https://smba.trafficmanager.net/teams/' },
      searchFrom: dir,
    });
    expect(config.security.serviceUrls).toEqual(['https://smba.trafficmanager.net/emea/', 'https://smba.trafficmanager.net/teams/']);
  });

  it('When an anonymous bot is given a non-loopback service URL, then start-up fails', async () => {
    await expect(loadConfig({ env: { ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net/' }, searchFrom: dir })).rejects.toThrow(/only loopback service URLs/);
  });
});

describe('Environment files', () => {
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
      message: expect.stringContaining("graph.installAppForUsers needs graph.teamsAppId (TEAMS_APP_CATALOG_ID), the bot's credentials (BOT_ID with BOT_PASSWORD / SECRET_BOT_PASSWORD / MicrosoftAppPassword, or managed identity), BOT_TENANT_ID (or MicrosoftAppTenantId)"),
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
