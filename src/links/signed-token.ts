import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one token format for links that open outside Teams: base64url(text) + "." + HMAC. Only
 * this module signs and checks; callers decide what the text means.
 */
export function sealToken(text: string, key: string): string {
  const body = Buffer.from(text, 'utf8').toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The text a token carries, or undefined when it was not signed with this key. */
export function openToken(token: string, key: string): string | undefined {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(body, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return Buffer.from(body, 'base64url').toString('utf8');
}

function mac(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url').slice(0, 32);
}
