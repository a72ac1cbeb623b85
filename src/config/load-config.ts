import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { ZodError } from 'zod';
import { configSchema, type Config } from './config-schema';
import { decideAuthentication } from './bot-identity';
import { configFromEnv } from './env-keys';
import { CodedError } from '../domain/errors';
import { deepFreeze } from '../deep-freeze';
import { createServiceUrlPolicy } from '../domain/access/service-url-policy';
import { plannerConnection } from './planner-settings';

export const CONFIG_MODULE_NAME = 'programme-bot';

/** Where the config file is looked for, in this order, in the folder the bot starts from. */
export const CONFIG_SEARCH_PLACES = [
  'package.json',
  '.programme-botrc',
  '.programme-botrc.json',
  '.programme-botrc.yaml',
  '.programme-botrc.yml',
  'programme-bot.config.json',
  'programme-bot.config.yaml',
  'programme-bot.config.yml',
  'programme-bot.config.js',
  'programme-bot.config.cjs',
];

export interface LoadConfigOptions {
  /** Environment variables (already merged with the env/.env.<name> files). */
  env?: NodeJS.ProcessEnv;
  /** Folder where the config file is searched (only that folder). */
  searchFrom?: string;
  /** Read this file instead of searching. */
  configFile?: string;
}

/**
 * Loads, validates and freezes the configuration. File values come first, environment variables
 * override them. A bad value stops start-up with a message naming the key and the file.
 */
export async function loadConfig({ env = process.env, searchFrom = process.cwd(), configFile }: LoadConfigOptions = {}): Promise<Config> {
  const explorer = cosmiconfig(CONFIG_MODULE_NAME, { searchPlaces: CONFIG_SEARCH_PLACES });
  const found = configFile ? await explorer.load(configFile) : await explorer.search(searchFrom);
  const source = found?.filepath ?? 'built-in defaults';
  const fileConfig = (found?.config ?? {}) as Record<string, unknown>;
  if (typeof fileConfig !== 'object' || fileConfig === null || Array.isArray(fileConfig)) {
    throw new CodedError('CONFIG_INVALID', `${source}: the configuration must be an object`);
  }
  const merged = mergeEnv(fileConfig, configFromEnv(env));
  let config: Config;
  try {
    config = configSchema.parse(merged);
  } catch (err) {
    if (err instanceof ZodError) {
      const problems = err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new CodedError('CONFIG_INVALID', `Invalid configuration in ${source} (or its environment overrides): ${problems}`);
    }
    throw err;
  }
  // Authenticated or anonymous: decided from the identity alone, failing closed (bot-identity.ts).
  const authentication = decideAuthentication(config.bot, config.security.allowAnonymous);
  const bot = authentication.mode === 'botFramework' ? config.bot : { ...config.bot, appId: undefined, appPassword: undefined };
  // A service-URL allow-list that does not fit the mode stops start-up here, with the rest of the config.
  createServiceUrlPolicy(config.security.serviceUrls, authentication.mode === 'botFramework');
  if (config.graph.installAppForUsers) {
    // Fail closed: installing the app for people is only done with the bot's own identity.
    const missing = [
      !config.graph.teamsAppId && 'graph.teamsAppId (TEAMS_APP_CATALOG_ID)',
      !bot.appId && 'the bot\'s credentials (BOT_ID with BOT_PASSWORD / SECRET_BOT_PASSWORD / MicrosoftAppPassword, or managed identity)',
      !bot.tenantId && bot.appType !== 'UserAssignedMSI' && 'BOT_TENANT_ID (or MicrosoftAppTenantId)',
    ].filter(Boolean);
    if (missing.length) {
      throw new CodedError('CONFIG_INVALID', `${source}: graph.installAppForUsers needs ${missing.join(', ')}.`);
    }
  }
  // A half-configured AI planner stops start-up here, naming what is missing.
  plannerConnection(config.planner, source);
  // Relative paths in a config file are relative to that file, not to wherever the bot was started.
  const baseDir = found ? path.dirname(found.filepath) : searchFrom;
  // A single-tenant bot only serves its own tenant unless told otherwise.
  const allowedTenants = config.security.allowedTenants.length ? config.security.allowedTenants : bot.tenantId ? [bot.tenantId] : [];
  const resolved: Config = {
    ...config,
    bot,
    security: { ...config.security, allowedTenants },
    backups: { ...config.backups, dir: path.resolve(baseDir, config.backups.dir) },
    dataFile: path.resolve(baseDir, config.dataFile),
    programmeFile: config.programmeFile ? path.resolve(baseDir, config.programmeFile) : undefined,
  };
  return deepFreeze(resolved);
}

function mergeEnv(file: Record<string, unknown>, fromEnv: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...file };
  for (const [key, value] of Object.entries(fromEnv)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return out;
}
