import type { Config } from '../config/config-schema';
import { CodedError } from '../domain/errors';
import { signCalendarToken, verifyCalendarToken, type CalendarScope } from './link-token';
import { signMyDataToken, verifyMyDataToken } from './my-data-token';

export interface CalendarLinks {
  /** Browser link to one session's .ics file. */
  sessionUrl(sessionId: string, language: string): string;
  /** Browser link to all of a participant's sessions. */
  participantUrl(participantId: string, language: string): string;
  verify(token: string): CalendarScope | undefined;
  /** Browser link to a leader's own data (a JSON file), valid until `expiresAt`. */
  myDataUrl(participantId: string, expiresAt: Date): string;
  /** Whose data a "my data" token grants at `now`, or undefined (forged or expired). */
  verifyMyData(token: string, now: Date): string | undefined;
}

/**
 * Signed links: calendar files, and the short-lived "my data" file. The key is SECRET_LINK_KEY or
 * the one kept beside the store (see link-key-file.ts); without a key nothing can be signed.
 */
export function createCalendarLinks(config: Pick<Config, 'linkKey' | 'publicUrl' | 'port'>): CalendarLinks {
  const key = config.linkKey;
  if (!key) throw new CodedError('LINK_KEY_MISSING', 'No key to sign calendar and "my data" links with: set SECRET_LINK_KEY, or start the bot through withLinkKey().');
  const base = (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/$/, '');
  const url = (scope: CalendarScope, language: string) => `${base}/calendar/${signCalendarToken(scope, key)}.ics?lang=${language}`;
  return {
    sessionUrl: (id, language) => url({ kind: 'session', id }, language),
    participantUrl: (id, language) => url({ kind: 'participant', id }, language),
    verify: (token) => verifyCalendarToken(token, key),
    myDataUrl: (id, expiresAt) => `${base}/my-data/${signMyDataToken(id, expiresAt, key)}.json`,
    verifyMyData: (token, now) => verifyMyDataToken(token, key, now),
  };
}
