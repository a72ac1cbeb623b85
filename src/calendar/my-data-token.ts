import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, short-lived tokens for "my data" links. The file holds a leader's personal data and
 * is opened in a browser, outside Teams' authentication, so the link carries an HMAC of whose data
 * it grants and until when. The body starts with "my-data:", so a calendar token can never pass
 * as a data token, nor the other way round.
 */
const PREFIX = 'my-data:';

/** A token granting `participantId`'s data until `expiresAt`. */
export function signMyDataToken(participantId: string, expiresAt: Date, key: string): string {
  const body = Buffer.from(`${PREFIX}${participantId}:${Math.floor(expiresAt.getTime() / 1000)}`, 'utf8').toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The participant id a token grants, or undefined when it was not signed with this key or has expired. */
export function verifyMyDataToken(token: string, key: string, now: Date): string | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const decoded = Buffer.from(body, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) return undefined;
  // Participant ids may contain ":", so the expiry is what follows the last one.
  const rest = decoded.slice(PREFIX.length);
  const separator = rest.lastIndexOf(':');
  const participantId = rest.slice(0, separator);
  const expiresAt = Number(rest.slice(separator + 1)) * 1000;
  if (separator <= 0 || !Number.isFinite(expiresAt) || now.getTime() >= expiresAt) return undefined;
  return participantId;
}

function mac(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
