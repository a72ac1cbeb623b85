import { openToken, sealToken } from './signed-token';

/**
 * Signed, short-lived tokens for "my data" links. The file holds a leader's personal data and
 * is opened in a browser, outside Teams' authentication, so the link carries an HMAC of whose data
 * it grants and until when. The body starts with "my-data:", so a calendar token can never pass
 * as a data token, nor the other way round.
 */
const PREFIX = 'my-data:';

/** A token granting `participantId`'s data until `expiresAt`. */
export function signMyDataToken(participantId: string, expiresAt: Date, key: string): string {
  return sealToken(`${PREFIX}${participantId}:${Math.floor(expiresAt.getTime() / 1000)}`, key);
}

/** The participant id a token grants, or undefined when it was not signed with this key or has expired. */
export function verifyMyDataToken(token: string, key: string, now: Date): string | undefined {
  const decoded = openToken(token, key);
  if (decoded === undefined || !decoded.startsWith(PREFIX)) return undefined;
  // Participant ids may contain ":", so the expiry is what follows the last one.
  const rest = decoded.slice(PREFIX.length);
  const separator = rest.lastIndexOf(':');
  const participantId = rest.slice(0, separator);
  const expiresAt = Number(rest.slice(separator + 1)) * 1000;
  if (separator <= 0 || !Number.isFinite(expiresAt) || now.getTime() >= expiresAt) return undefined;
  return participantId;
}

