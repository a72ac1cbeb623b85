import { openToken, sealToken } from './signed-token';

/**
 * Signed, short-lived tokens for "my data" links. The file holds a leader's personal data and
 * is opened in a browser, outside Teams' authentication, so the link carries an HMAC of whose data
 * it grants and until when. The body starts with "my-data:", so a calendar token can never pass
 * as a data token, nor the other way round.
 */
const PREFIX = 'my-data:';

/**
 * How long a "my data" link works: long enough to click, short enough not to linger in a chat.
 * A token claiming to live longer was not made by this bot (or by a bug): it is refused.
 */
export const MY_DATA_LINK_LIFETIME_MS = 15 * 60_000;

/** A token granting `participantId`'s data until `expiresAt`. */
export function signMyDataToken(participantId: string, expiresAt: Date, key: string): string {
  return sealToken(`${PREFIX}${participantId}:${Math.floor(expiresAt.getTime() / 1000)}`, key);
}

/**
 * The participant id a token grants, or undefined when it was not signed with this key, has
 * expired, or expires further ahead than a link is ever given for.
 */
export function verifyMyDataToken(token: string, key: string, now: Date): string | undefined {
  const decoded = openToken(token, key);
  if (decoded === undefined || !decoded.startsWith(PREFIX)) return undefined;
  // Participant ids may contain ":", so the expiry is what follows the last one.
  const rest = decoded.slice(PREFIX.length);
  const separator = rest.lastIndexOf(':');
  const participantId = rest.slice(0, separator);
  const expiresAt = Number(rest.slice(separator + 1)) * 1000;
  if (separator <= 0 || !Number.isFinite(expiresAt) || now.getTime() >= expiresAt) return undefined;
  if (expiresAt - now.getTime() > MY_DATA_LINK_LIFETIME_MS) return undefined;
  return participantId;
}

