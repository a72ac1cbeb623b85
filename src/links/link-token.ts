import { openToken, sealToken } from './signed-token';

/**
 * Signed tokens for calendar links in cards. A link opens in the browser, outside Teams'
 * authentication, so it carries an HMAC of what it grants instead of a guessable id.
 */
export interface CalendarScope {
  kind: 'session' | 'participant';
  id: string;
}

export function signCalendarToken(scope: CalendarScope, key: string): string {
  return sealToken(`${scope.kind}:${scope.id}`, key);
}

/** The scope a token grants, or undefined when it was not signed with this key. */
export function verifyCalendarToken(token: string, key: string): CalendarScope | undefined {
  const decoded = openToken(token, key);
  if (decoded === undefined) return undefined;
  const separator = decoded.indexOf(':');
  const kind = decoded.slice(0, separator);
  if (kind !== 'session' && kind !== 'participant') return undefined;
  return { kind, id: decoded.slice(separator + 1) };
}
