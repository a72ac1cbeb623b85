import { readBotIdentity } from './bot-identity';

/**
 * The environment variables the bot reads, in one place (the bot's identity in bot-identity.ts). Secrets (SECRET_*) belong in the
 * git-ignored env/.env.<name>.user files or the hosting platform's secret store.
 */
import { calendarFromEnv } from './calendar-env';
import { databaseUrlFromEnv } from './database-env';
import { plannerFromEnv } from './planner-env';

export const ENV_KEYS = {
  PORT: 'port',
  DATA_FILE: 'dataFile',
  PROGRAMME_FILE: 'programmeFile',
  TIME_ZONE: 'timeZone',
  DEFAULT_LOCALE: 'defaultLocale',
  LOG_LEVEL: 'logLevel',
  PUBLIC_URL: 'publicUrl',
  SECRET_LINK_KEY: 'linkKey',
} as const;

/** Picks configuration values out of environment variables; unset or empty variables are ignored. */
export function configFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const get = (name: string) => (env[name] !== undefined && env[name] !== '' ? env[name] : undefined);
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = get(name);
    if (value === undefined) continue;
    out[key] = key === 'port' && /^\d+$/.test(value) ? Number(value) : value;
  }
  // The identity under all its names (see bot-identity.ts); loadConfig decides what it allows.
  const { placeholderAppId: _placeholder, ...identity } = readBotIdentity(env);
  const bot: Record<string, string> = { ...identity };
  for (const [name, key] of Object.entries({ BOT_OPENID_METADATA_URL: 'openIdMetadataUrl', BOT_TOKEN_ISSUER: 'tokenIssuer' })) {
    const value = get(name);
    if (value !== undefined) bot[key] = value;
  }
  if (Object.keys(bot).length > 0) out.bot = bot;
  const security: Record<string, unknown> = {};
  if (get('ALLOW_ANONYMOUS') !== undefined) security.allowAnonymous = get('ALLOW_ANONYMOUS') === 'true';
  if (get('ALLOWED_SERVICE_URLS') !== undefined) security.serviceUrls = get('ALLOWED_SERVICE_URLS')!.split(',').map((x) => x.trim()).filter(Boolean);
  if (get('ALLOWED_TENANTS') !== undefined) security.allowedTenants = get('ALLOWED_TENANTS')!.split(',').map((x) => x.trim()).filter(Boolean);
  if (Object.keys(security).length > 0) out.security = security;
  if (get('BACKUP_DIR') !== undefined) out.backups = { dir: get('BACKUP_DIR') };
  // A database URL (DATABASE_URL and its other names, see database-env.ts) chooses the PostgreSQL store.
  const databaseUrl = databaseUrlFromEnv(env);
  if (databaseUrl !== undefined) out.store = { url: databaseUrl };
  const graph: Record<string, unknown> = {};
  if (get('GRAPH_INSTALL_APP_FOR_USERS') !== undefined) graph.installAppForUsers = get('GRAPH_INSTALL_APP_FOR_USERS') === 'true';
  if (get('TEAMS_APP_CATALOG_ID') !== undefined) graph.teamsAppId = get('TEAMS_APP_CATALOG_ID');
  if (get('GRAPH_BASE_URL') !== undefined) graph.baseUrl = get('GRAPH_BASE_URL');
  if (get('GRAPH_AUTHORITY_HOST') !== undefined) graph.authorityHost = get('GRAPH_AUTHORITY_HOST');
  if (Object.keys(graph).length > 0) out.graph = graph;
  const planner = plannerFromEnv(env);
  if (planner) out.planner = planner;
  const calendar = calendarFromEnv(env);
  if (calendar) out.calendar = calendar;
  return out;
}
