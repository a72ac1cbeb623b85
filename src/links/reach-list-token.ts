import { openToken, sealToken } from './signed-token';

/**
 * Signed, short-lived tokens for the list of leaders an announcement or a session change cannot
 * reach. The list holds names and e-mail addresses and opens in a browser, outside Teams'
 * authentication, so the link carries an HMAC of which list it grants, to whom it was given and
 * until when. The body starts with "reach-list:", so no other token can pass as one.
 */
const PREFIX = 'reach-list:';

/** As long as a "my data" link: long enough to click, short enough not to linger in a chat. */
export const REACH_LIST_LINK_LIFETIME_MS = 15 * 60_000;

/** Which list a token grants: the audience of an announcement draft or of a session, and the admin it was given to. */
export interface ReachListScope {
  kind: 'announcement' | 'session';
  id: string;
  /** The admin's Entra object id or e-mail, checked against the admins again when the link is opened. */
  issuedTo: string;
}

export function signReachListToken(scope: ReachListScope, expiresAt: Date, key: string): string {
  return sealToken(`${PREFIX}${JSON.stringify([scope.kind, scope.id, scope.issuedTo, Math.floor(expiresAt.getTime() / 1000)])}`, key);
}

/** The list a token grants, or undefined when it was not signed with this key, has expired or promises a longer life than a link is ever given. */
export function verifyReachListToken(token: string, key: string, now: Date): ReachListScope | undefined {
  const decoded = openToken(token, key);
  if (decoded === undefined || !decoded.startsWith(PREFIX)) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(decoded.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parts) || parts.length !== 4) return undefined;
  const [kind, id, issuedTo, seconds] = parts as unknown[];
  if ((kind !== 'announcement' && kind !== 'session') || typeof id !== 'string' || typeof issuedTo !== 'string' || typeof seconds !== 'number') return undefined;
  const expiresAt = seconds * 1000;
  if (now.getTime() >= expiresAt || expiresAt - now.getTime() > REACH_LIST_LINK_LIFETIME_MS) return undefined;
  return { kind, id, issuedTo };
}
