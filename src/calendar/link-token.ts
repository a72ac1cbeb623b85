import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed tokens for calendar links in cards. A link opens in the browser, outside Teams'
 * authentication, so it carries an HMAC of what it grants instead of a guessable id.
 */
export interface CalendarScope {
  kind: 'session' | 'participant';
  id: string;
}

export function signCalendarToken(scope: CalendarScope, key: string): string {
  const body = Buffer.from(`${scope.kind}:${scope.id}`, 'utf8').toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The scope a token grants, or undefined when it was not signed with this key. */
export function verifyCalendarToken(token: string, key: string): CalendarScope | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const decoded = Buffer.from(body, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const kind = decoded.slice(0, separator);
  if (kind !== 'session' && kind !== 'participant') return undefined;
  return { kind, id: decoded.slice(separator + 1) };
}

function mac(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url').slice(0, 32);
}
