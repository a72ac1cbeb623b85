/**
 * A fake Bot Connector on loopback. The bot sends its replies and proactive messages here (the
 * activity's serviceUrl), and the Teams roster is read from here. Tests assert on what it received.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
}

export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: any;
}

export class FakeConnector {
  readonly requests: RecordedRequest[] = [];
  private readonly members = new Map<string, TeamsMember>();
  private nextId = 1;

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeConnector> {
    const server = http.createServer();
    const connector = new FakeConnector(server);
    server.on('request', (req, res) => connector.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return connector;
  }

  /** The serviceUrl to put on activities (with a trailing slash, as Teams sends it). */
  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Makes a user known to the roster (TeamsInfo.getMember). */
  addMember(member: TeamsMember): void {
    this.members.set(member.id, member);
  }

  /** Messages the bot sent, in order, optionally for one conversation. */
  sent(conversationId?: string): SentActivity[] {
    return this.requests
      .map((r): SentActivity | undefined => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(r.path);
        return r.method === 'POST' && m
          ? { conversationId: decodeURIComponent(m[1]), replyToId: m[2] ? decodeURIComponent(m[2]) : undefined, activity: r.body }
          : undefined;
      })
      .filter((s): s is SentActivity => s !== undefined && (!conversationId || s.conversationId === conversationId));
  }

  /** The Adaptive Cards the bot sent, in order. */
  cards(conversationId?: string): any[] {
    return this.sent(conversationId).flatMap((s) =>
      (s.activity.attachments ?? [])
        .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a: any) => a.content),
    );
  }

  reset(): void {
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '').split('?')[0];
      this.requests.push({ method: req.method ?? '', path, body: text ? JSON.parse(text) : undefined });
      const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && member) {
        const found = this.members.get(decodeURIComponent(member[1]));
        return this.json(res, found ? 200 : 404, found ?? { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      }
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(path)) {
        return this.json(res, 201, { id: `activity-${this.nextId++}` });
      }
      this.json(res, 404, { error: { code: 'NotFound', message: `fake connector has no ${req.method} ${path}` } });
    });
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
