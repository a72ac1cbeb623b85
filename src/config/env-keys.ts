/**
 * The environment variables the bot reads, in one place. Secrets (SECRET_*) belong in the
 * git-ignored env/.env.<name>.user files or the hosting platform's secret store.
 */
export const ENV_KEYS = {
  PORT: 'port',
  DATA_FILE: 'dataFile',
  PROGRAMME_FILE: 'programmeFile',
  TIME_ZONE: 'timeZone',
  DEFAULT_LOCALE: 'defaultLocale',
  LOG_LEVEL: 'logLevel',
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
  const bot: Record<string, string> = {};
  const botVars: Record<string, string> = {
    BOT_ID: 'appId',
    SECRET_BOT_PASSWORD: 'appPassword',
    BOT_TYPE: 'appType',
    BOT_TENANT_ID: 'tenantId',
  };
  for (const [name, key] of Object.entries(botVars)) {
    const value = get(name);
    if (value !== undefined) bot[key] = value;
  }
  if (Object.keys(bot).length > 0) out.bot = bot;
  return out;
}
