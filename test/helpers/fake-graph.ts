/**
 * A fake Microsoft identity platform and Microsoft Graph on loopback, over HTTPS with a
 * certificate made for the test (token libraries refuse plain-HTTP authorities, as they should).
 * It issues app-only tokens for the client-credentials grant and answers Graph's "install app for
 * user" as Graph does: 201 the first time, 409 Conflict when the app is installed already, 401
 * without a valid token, and scripted faults (429 with Retry-After, 5xx, 403, 404) per user.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeLoopbackCertificate, type LoopbackCertificate } from './loopback-certificate';

export interface GraphFault {
  status: number;
  code?: string;
  retryAfter?: string;
}

export interface InstallRequest {
  user: string;
  body: any;
  status: number;
}

const TOKEN = 'graph-app-token';

export class FakeGraph {
  readonly tokenRequests: Record<string, string>[] = [];
  readonly installRequests: InstallRequest[] = [];
  /** Users the app is installed for. */
  readonly installedFor = new Set<string>();
  private readonly faults = new Map<string, GraphFault[]>();

  private constructor(
    private readonly server: https.Server,
    private readonly certificate: LoopbackCertificate,
  ) {}

  /** The PEM file of the test's certificate, for NODE_EXTRA_CA_CERTS of the bot's process. */
  get certFile(): string {
    return this.certificate.certFile;
  }

  static async start(): Promise<FakeGraph> {
    const certificate = await makeLoopbackCertificate();
    const server = https.createServer({ key: certificate.key, cert: certificate.cert });
    const graph = new FakeGraph(server, certificate);
    server.on('request', (req, res) => graph.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return graph;
  }

  /** https://127.0.0.1:<port>: the authority host; Graph is under /v1.0. */
  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  failNextInstall(user: string, faults: GraphFault[]): void {
    this.faults.set(user.toLowerCase(), [...(this.faults.get(user.toLowerCase()) ?? []), ...faults]);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    this.certificate.remove();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', this.url);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      if (req.method === 'GET' && metadata) {
        const tenant = metadata[1];
        return json(200, {
          issuer: `${this.url}/${tenant}/v2.0`,
          authorization_endpoint: `${this.url}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${this.url}/${tenant}/oauth2/v2.0/token`,
          end_session_endpoint: `${this.url}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${this.url}/${tenant}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'token'],
        });
      }
      if (req.method === 'POST' && /^\/[^/]+\/oauth2\/v2\.0\/token$/.test(url.pathname)) {
        const form = Object.fromEntries(new URLSearchParams(text));
        this.tokenRequests.push(form);
        if (form.grant_type !== 'client_credentials' || !form.client_secret) return json(400, { error: 'invalid_request' });
        return json(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: TOKEN });
      }
      const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(url.pathname);
      if (req.method === 'POST' && install) {
        const user = decodeURIComponent(install[1]).toLowerCase();
        const body = text ? JSON.parse(text) : undefined;
        const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
          this.installRequests.push({ user, body, status });
          json(status, payload, headers);
        };
        if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' } });
        const fault = this.faults.get(user)?.shift();
        if (fault) {
          return answer(fault.status, { error: { code: fault.code ?? 'Error', message: `scripted ${fault.status}` } }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
        }
        if (this.installedFor.has(user)) return answer(409, { error: { code: 'Conflict', message: 'App is already installed.' } });
        this.installedFor.add(user);
        return answer(201, {});
      }
      json(404, { error: { code: 'NotFound', message: `fake Graph has no ${req.method} ${url.pathname}` } });
    });
  }
}
