/**
 * Which Bot Connector endpoints (an activity's `serviceUrl`) the bot trusts: it replies there,
 * stores them as leaders' reply addresses and sends reminders there later. A serviceUrl is the
 * sender's word, so it is checked against an allow-list before anything else happens.
 */
import { CodedError } from '../errors';

/**
 * Where Teams' Bot Connector lives (public cloud with its regional paths, GCC, GCC High, DoD).
 * The default allow-list when the bot authenticates.
 */
export const TEAMS_SERVICE_URLS: readonly string[] = Object.freeze([
  'https://smba.trafficmanager.net/',
  'https://smba.infra.gcc.teams.microsoft.com/',
  'https://smba.infra.gov.teams.microsoft.us/',
  'https://smba.infra.dod.teams.microsoft.us/',
]);

export interface ServiceUrlPolicy {
  allows(serviceUrl: string): boolean;
  /** What is allowed, for log lines and error messages. */
  describe(): string;
}

const isLoopbackHost = (hostname: string) => hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

function parse(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const withSlash = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

/**
 * The policy for a bot: `configured` URL prefixes (scheme, host and port must match exactly, the
 * path must start with the entry's), else the Teams service hosts when authenticated, else
 * loopback on any port. Without authentication nothing proves an activity came through Teams,
 * so only loopback is ever allowed then: a configured entry that is not loopback is an error.
 * A URL with a user name or password is never allowed ("http://127.0.0.1@elsewhere/").
 */
export function createServiceUrlPolicy(configured: readonly string[], authenticated: boolean): ServiceUrlPolicy {
  const entries = configured.map((entry) => {
    const url = parse(entry);
    if (!url) throw new CodedError('CONFIG_INVALID', `security.serviceUrls: '${entry}' is not an http(s) URL.`);
    if (!authenticated && !isLoopbackHost(url.hostname)) {
      throw new CodedError(
        'CONFIG_INVALID',
        `security.serviceUrls lists ${url.origin}, but without Bot Framework credentials only loopback service URLs are accepted. Configure credentials to serve Teams.`,
      );
    }
    return url;
  });
  const prefixes = entries.length ? entries : authenticated ? TEAMS_SERVICE_URLS.map((u) => new URL(u)) : undefined;
  return {
    allows(serviceUrl) {
      const url = parse(serviceUrl);
      if (!url || url.username || url.password) return false;
      if (!prefixes) return isLoopbackHost(url.hostname);
      return prefixes.some((p) => p.protocol === url.protocol && p.hostname === url.hostname && p.port === url.port && withSlash(url.pathname).startsWith(withSlash(p.pathname)));
    },
    describe: () => (prefixes ? prefixes.map((p) => p.href).join(', ') : 'loopback (localhost, 127.0.0.0/8, [::1])'),
  };
}
