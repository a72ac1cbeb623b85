/**
 * A fake Bot Connector on loopback. The bot sends its replies and proactive messages here (the
 * activity's serviceUrl), and the Teams roster is read from here. Tests assert on what it received.
 *
 * It can also behave like Teams under load: an app-wide rate limit answered with 429 and
 * Retry-After, and scripted failures per conversation in the Bot Framework error body shape
 * `{ error: { code, message } }`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  /** The status the fake answered with; undefined while pending or when it hung up. */
  status?: number;
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

/** One request to a conversation's activities (send, reply or update), accepted or not. */
export interface ActivityAttempt {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The reply-to id of a POST, or the updated activity's id of a PUT. */
  activityId?: string;
  status?: number;
  activity: any;
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: any;
}

export interface CreatedConversation {
  id: string;
  parameters: any;
}

/** How the fake answers one request instead of accepting it. */
export type Fault =
  | {
      status: number;
      /** The Bot Framework error code in the body, e.g. "ConversationBlockedByUser". */
      code?: string;
      message?: string;
      /** Sent as the Retry-After header. */
      retryAfter?: string;
      /** Waits this long before answering (to trip a client timeout). */
      delayMs?: number;
    }
  /** Closes the connection without an answer (a network error for the client). */
  | { hangUp: true };

export interface FakeConnectorOptions {
  /** Teams' app-wide limit is 50 requests per second; over it the fake answers 429 with Retry-After. */
  globalLimitPerSecond?: number;
}

const CREATE_CONVERSATION_KEY = '\u0000create';

export class FakeConnector {
  readonly requests: RecordedRequest[] = [];
  private readonly members = new Map<string, TeamsMember>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Arrival times of requests that counted against the global limit, last second only. */
  private readonly window: number[] = [];
  private readonly createdConversations: CreatedConversation[] = [];
  private nextId = 1;
  private nextConversation = 1;
  private tooManyRequests = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeConnectorOptions,
  ) {}

  static async start(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
    const server = http.createServer();
    const connector = new FakeConnector(server, options);
    server.on('request', (req, res) => connector.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return connector;
  }

  /** The serviceUrl to put on activities (with a trailing slash, as Teams sends it). */
  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** How many 429 answers the fake sent, from the global limit and from scripted faults. */
  get throttledCount(): number {
    return this.tooManyRequests;
  }

  /** The channels a team has (TeamsInfo.getTeamChannels). */
  private readonly channels = new Map<string, { id: string; name?: string }[]>();

  setTeamChannels(teamId: string, channels: { id: string; name?: string }[]): void {
    this.channels.set(teamId, channels);
  }

  /** Makes a user known to the roster (TeamsInfo.getMember). */
  addMember(member: TeamsMember): void {
    this.members.set(member.id, member);
  }

  /** The next requests to this conversation's activities (POST or PUT) fail as scripted, in order. */
  failNext(conversationId: string, faults: Fault[]): void {
    this.faults.set(conversationId, [...(this.faults.get(conversationId) ?? []), ...faults]);
  }

  /** The next POST /v3/conversations requests fail as scripted, in order. */
  failNextCreate(faults: Fault[]): void {
    this.failNext(CREATE_CONVERSATION_KEY, faults);
  }

  /** Messages the bot sent and the fake accepted, in order, optionally for one conversation. */
  sent(conversationId?: string): SentActivity[] {
    return this.attempts(conversationId)
      .filter((a) => a.method === 'POST' && a.status !== undefined && a.status < 300)
      .map((a) => ({ conversationId: a.conversationId, replyToId: a.activityId, activity: a.activity }));
  }

  /** Every request to conversations' activities, accepted or failed, in order of arrival. */
  attempts(conversationId?: string): ActivityAttempt[] {
    return this.requests
      .map((r): ActivityAttempt | undefined => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(r.path);
        if (!m || (r.method !== 'POST' && r.method !== 'PUT')) return undefined;
        return {
          method: r.method,
          conversationId: decodeURIComponent(m[1]),
          activityId: m[2] ? decodeURIComponent(m[2]) : undefined,
          status: r.status,
          activity: r.body,
        };
      })
      .filter((a): a is ActivityAttempt => a !== undefined && (!conversationId || a.conversationId === conversationId));
  }

  /** Activities the bot replaced (card updates) and the fake accepted. */
  updates(conversationId?: string): UpdatedActivity[] {
    return this.attempts(conversationId)
      .filter((a) => a.method === 'PUT' && a.status !== undefined && a.status < 300)
      .map((a) => ({ conversationId: a.conversationId, activityId: a.activityId!, activity: a.activity }));
  }

  /** Conversations the bot created (POST /v3/conversations) and the fake accepted. */
  created(): CreatedConversation[] {
    return [...this.createdConversations];
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
    this.faults.clear();
    this.createdConversations.length = 0;
    this.window.length = 0;
    this.tooManyRequests = 0;
  }

  close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '').split('?')[0];
      const method = req.method ?? '';
      const request: RecordedRequest = { method, path, body: text ? JSON.parse(text) : undefined };
      this.requests.push(request);

      const throttledFor = this.overGlobalLimit();
      if (throttledFor !== undefined) {
        return this.answer(request, res, 429, { error: { code: 'TooManyRequests', message: 'global rate limit' } }, { 'retry-after': String(throttledFor) });
      }

      const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const isCreate = method === 'POST' && path === '/v3/conversations';
      const faultKey = isCreate ? CREATE_CONVERSATION_KEY : activities && (method === 'POST' || method === 'PUT') ? decodeURIComponent(activities[1]) : undefined;
      const fault = faultKey === undefined ? undefined : this.faults.get(faultKey)?.shift();
      if (fault) return this.fail(request, res, fault);

      const teamChannels = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(path);
      if (method === 'GET' && teamChannels) {
        return this.answer(request, res, 200, { conversations: this.channels.get(decodeURIComponent(teamChannels[1])) ?? [] });
      }
      const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(path);
      if (method === 'GET' && member) {
        // Teams finds a member by Teams id, Entra object id or UPN.
        const wanted = decodeURIComponent(member[1]).toLowerCase();
        const found = [...this.members.values()].find((m) =>
          [m.id, m.aadObjectId, m.email, m.userPrincipalName].some((v) => v?.toLowerCase() === wanted),
        );
        return this.answer(request, res, found ? 200 : 404, found ?? { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      }
      if (isCreate) {
        const id = `a:new-${this.nextConversation++}`;
        this.createdConversations.push({ id, parameters: request.body });
        return this.answer(request, res, 201, { id });
      }
      if (method === 'POST' && activities) {
        return this.answer(request, res, 201, { id: `activity-${this.nextId++}` });
      }
      if (method === 'PUT' && activities?.[2]) {
        return this.answer(request, res, 200, { id: decodeURIComponent(activities[2]) });
      }
      this.answer(request, res, 404, { error: { code: 'NotFound', message: `fake connector has no ${method} ${path}` } });
    });
  }

  /** Seconds until a slot frees, when this request is over the global limit; undefined otherwise. */
  private overGlobalLimit(): number | undefined {
    const limit = this.options.globalLimitPerSecond;
    if (!limit) return undefined;
    const now = performance.now();
    while (this.window.length > 0 && this.window[0] <= now - 1000) this.window.shift();
    if (this.window.length >= limit) return Math.max(1, Math.ceil((this.window[0] + 1000 - now) / 1000));
    this.window.push(now);
    return undefined;
  }

  private fail(request: RecordedRequest, res: http.ServerResponse, fault: Fault): void {
    if ('hangUp' in fault) {
      res.socket?.destroy();
      return;
    }
    const respond = () =>
      this.answer(
        request,
        res,
        fault.status,
        { error: { code: fault.code ?? 'ServiceError', message: fault.message ?? `scripted ${fault.status}` } },
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
      );
    if (!fault.delayMs) return respond();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) respond();
    }, fault.delayMs);
    this.timers.add(timer);
  }

  private answer(request: RecordedRequest, res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    request.status = status;
    if (status === 429) this.tooManyRequests++;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}
