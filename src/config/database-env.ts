/**
 * The PostgreSQL connection string from the environment, under the names hosting platforms and
 * tools give it: DATABASE_URL (Heroku-style platforms, Docker and most PostgreSQL tools),
 * SECRET_DATABASE_URL (Teams Toolkit's env/.env.<name>.user files, where secrets are named
 * SECRET_*), and the variables Azure's Service Connector sets for a Node.js (pg) app connected to
 * Azure Database for PostgreSQL with a password (AZURE_POSTGRESQL_HOST, _PORT, _DATABASE, _USER,
 * _PASSWORD, _SSL), composed into one URL. Two of them naming different databases is an error
 * naming both (never the values: they carry the password).
 */
import { CodedError } from '../domain/errors';

/** The Service Connector variables (Node.js client type, connection-string authentication). */
export const AZURE_POSTGRESQL = {
  host: 'AZURE_POSTGRESQL_HOST',
  port: 'AZURE_POSTGRESQL_PORT',
  database: 'AZURE_POSTGRESQL_DATABASE',
  user: 'AZURE_POSTGRESQL_USER',
  password: 'AZURE_POSTGRESQL_PASSWORD',
  ssl: 'AZURE_POSTGRESQL_SSL',
} as const;

/** The names read for the whole connection string, in the order they are checked. */
export const DATABASE_URL_VARIABLES = ['DATABASE_URL', 'SECRET_DATABASE_URL'] as const;

/**
 * The connection string the environment gives, or undefined when it gives none. Unset and empty
 * variables count as unset.
 */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const get = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const given: { name: string; url: string }[] = [];
  for (const name of DATABASE_URL_VARIABLES) {
    const url = get(name);
    if (url) given.push({ name, url });
  }
  const azure = azureUrl(get);
  if (azure) given.push(azure);
  const [first, ...others] = given;
  const clash = others.find((other) => other.url !== first.url);
  if (clash) {
    throw new CodedError(
      'CONFIG_CONFLICT',
      `${first.name} and ${clash.name} are both set and name different databases. They are two ways of giving the same setting: keep one of them.`,
    );
  }
  return first?.url;
}

/**
 * Composes Service Connector's variables into a URL. TLS with the server's certificate and host
 * name checked (`sslmode=verify-full`) unless AZURE_POSTGRESQL_SSL is `false`: Azure's servers
 * carry certificates from public authorities that Node.js trusts. A connection without a password
 * (Service Connector's managed-identity kinds) is refused with a clear message rather than tried.
 */
function azureUrl(get: (name: string) => string | undefined): { name: string; url: string } | undefined {
  const v = Object.fromEntries(Object.entries(AZURE_POSTGRESQL).map(([key, name]) => [key, get(name)])) as Record<keyof typeof AZURE_POSTGRESQL, string | undefined>;
  if (!Object.values(v).some(Boolean)) return undefined;
  const missing = (['host', 'database', 'user', 'password'] as const).filter((key) => !v[key]).map((key) => AZURE_POSTGRESQL[key]);
  if (missing.length) {
    throw new CodedError(
      'CONFIG_INVALID',
      `Azure PostgreSQL variables are set but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not. The bot connects with a password: ` +
        "create the Service Connector connection with 'Connection string' authentication and the Node.js client type, or set DATABASE_URL.",
    );
  }
  if (v.port && !/^\d{1,5}$/.test(v.port)) throw new CodedError('CONFIG_INVALID', `${AZURE_POSTGRESQL.port} must be a port number, got '${v.port}'.`);
  const ssl = (v.ssl ?? 'true').toLowerCase();
  if (ssl !== 'true' && ssl !== 'false') throw new CodedError('CONFIG_INVALID', `${AZURE_POSTGRESQL.ssl} must be true or false, got '${v.ssl}'.`);
  const credentials = `${encodeURIComponent(v.user!)}:${encodeURIComponent(v.password!)}`;
  const url = `postgres://${credentials}@${v.host}:${v.port ?? '5432'}/${encodeURIComponent(v.database!)}${ssl === 'true' ? '?sslmode=verify-full' : ''}`;
  return { name: `${AZURE_POSTGRESQL.host} (with ${AZURE_POSTGRESQL.user}, …)`, url };
}
