/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, so tests exercise
 * botbuilder's real token validation against tokens they sign themselves.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKEN_ISSUER = 'https://api.botframework.com';

export interface TokenIssuer {
  /** The OpenID metadata URL (config `bot.openIdMetadataUrl`). */
  url: string;
  /** A signed JWT with these claims (by default with the published key). */
  sign(claims: Record<string, unknown>, key?: KeyObject, keyId?: string): string;
  close(): Promise<void>;
}

/** Starts the issuer on loopback. Its key is endorsed for msteams, as Teams' keys are. */
export async function startTokenIssuer(): Promise<TokenIssuer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-key';
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/.well-known/openidconfiguration') return res.end(JSON.stringify({ issuer: TOKEN_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const sign = (claims: Record<string, unknown>, key: KeyObject = privateKey, keyId = kid) => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${b64({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${b64(claims)}`;
    return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`, sign, close: () => new Promise<void>((r) => server.close(() => r())) };
}

