/**
 * A fake Bot Connector on loopback. The bot sends its replies and proactive messages here (the
 * activity's serviceUrl), creates personal chats here and reads Teams rosters from here. Tests
 * assert on what it received.
 *
 * It is at least as strict as Teams (learn.microsoft.com, "Rate limiting for agents", "Fetch the
 * roster", the Bot Connector's status codes), because a double kinder than Teams hides exactly
 * the defects that only show at scale:
 * - Per bot per thread, every documented window: sending (POST/PUT to a conversation's
 *   activities) and creating a conversation 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour;
 *   reading members (one member, the deprecated whole roster, paged members) and listing
 *   conversations 14 per 1 s, 16 per 2 s, 120 per 30 s, 3,600 per hour. A created 1:1 chat is
 *   the thread of its create request.
 * - 50 requests per second per app across all operations; the deprecated non-paged roster read
 *   is throttled to 5 a minute on its own.
 * - Over a limit: 429 `Throttled` with Retry-After (whole seconds until a slot frees).
 * - Teams user ids (`29:…`) are opaque and unrelated to the Entra object id; one member can be
 *   fetched by Teams id, Entra object id or UPN, and only from a conversation they belong to.
 * - Paged members: page sizes below 50 are treated as 50, above 500 as 500, default 200; the
 *   continuation token is opaque and each page is one read against the thread's limits.
 * - Creating a 1:1 chat needs exactly one member, by Teams id, and the tenant id; it works only
 *   for users in a team where the app is installed, or who installed it personally (else 403
 *   `ForbiddenOperationException`), and returns the same chat for the same user.
 * - Errors carry the Bot Framework body `{ error: { code, message } }`.
 *
 * Faults can be scripted per conversation (`failNext`), or drawn at random (`chaos`: a share of
 * 5xx answers and of slow answers, from a seeded generator so a run can be repeated).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string's parameters (pagedmembers' pageSize and continuationToken). */
  query: Record<string, string>;
  body: any;
  /** The status the fake answered with; undefined while pending or when it hung up. */
  status?: number;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface TeamsMember {
  /** The opaque Teams user id ("29:…"); made up by the fake when not given. */
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

/** The operations Teams limits separately. */
export type Operation = 'send' | 'create' | 'read';

export interface ChaosOptions {
  /** Share of requests answered with a 5xx (500, 502, 503 or 504), in [0, 1]. */
  serverErrorRate?: number;
  /** Share of requests answered slowly (but correctly), in [0, 1]. */
  slowRate?: number;
  /** How slow a slow answer is. */
  slowMs?: number;
  /** Seed of the generator that draws the faults. */
  seed?: number;
  /** Which operations the faults hit (default: all). */
  operations?: Operation[];
}

export interface FakeConnectorOptions {
  /** Teams allows 50 requests per second per app; a test may set a lower limit, never a higher one. */
  globalLimitPerSecond?: number;
  chaos?: ChaosOptions;
  /**
   * Only for benchmarks that measure the bot's own answer time, not Teams': switches the rate
   * limits off. Tests never do.
   */
  enforceLimits?: boolean;
  /** Keep request bodies (default true; the 10,000-leader benchmark keeps only what it counts). */
  keepBodies?: boolean;
}

interface Window {
  limit: number;
  ms: number;
}

const HOUR = 3_600_000;
/** Per bot per thread, from "Rate limiting for agents". */
const THREAD_WINDOWS: Record<Operation, readonly Window[]> = {
  send: [
    { limit: 7, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
    { limit: 1_800, ms: HOUR },
  ],
  create: [
    { limit: 7, ms: 1_000 },
    { limit: 8, ms: 2_000 },
    { limit: 60, ms: 30_000 },
    { limit: 1_800, ms: HOUR },
  ],
  read: [
    { limit: 14, ms: 1_000 },
    { limit: 16, ms: 2_000 },
    { limit: 120, ms: 30_000 },
    { limit: 3_600, ms: HOUR },
  ],
};
const TEAMS_GLOBAL_PER_SECOND = 50;
/** The deprecated whole-roster read: five a minute, at most 10,000 members. */
const NON_PAGED_ROSTER_WINDOW: Window = { limit: 5, ms: 60_000 };
const NON_PAGED_ROSTER_MAX = 10_000;

const PAGE_SIZE = { min: 50, max: 500, default: 200 };

interface Team {
  installed: boolean;
  members: string[];
  /** Changes when the membership changes, so an old continuation token is refused. */
  version: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same faults. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FakeConnector {
  readonly requests: RecordedRequest[] = [];
  /** Users Teams knows in the tenant, by Teams id. */
  private readonly users = new Map<string, TeamsMember>();
  private readonly teams = new Map<string, Team>();
  /** Users who installed the app personally. */
  private readonly personalInstalls = new Set<string>();
  /** Personal chats this fake created: conversation id → user id, and back. */
  private readonly chatsByUser = new Map<string, string>();
  private readonly chatUsers = new Map<string, string>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Arrival times that counted against each window log, oldest first. */
  private readonly logs = new Map<string, number[]>();
  private readonly createdConversations: CreatedConversation[] = [];
  private readonly random: () => number;
  private nextId = 1;
  private tooManyRequests = 0;
  private serverErrors = 0;

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeConnectorOptions,
  ) {
    this.random = seeded(options.chaos?.seed ?? 1);
  }

  static async start(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
    if (options.globalLimitPerSecond !== undefined && options.globalLimitPerSecond > TEAMS_GLOBAL_PER_SECOND) {
      throw new Error(`The fake connector is never kinder than Teams: globalLimitPerSecond ${options.globalLimitPerSecond} > ${TEAMS_GLOBAL_PER_SECOND}`);
    }
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

  /** How many 429 answers the fake sent, from the limits and from scripted faults. */
  get throttledCount(): number {
    return this.tooManyRequests;
  }

  /** How many 5xx answers the fake sent (scripted or drawn by chaos). */
  get serverErrorCount(): number {
    return this.serverErrors;
  }

  /** The channels a team has (TeamsInfo.getTeamChannels). */
  private readonly channels = new Map<string, { id: string; name?: string }[]>();

  setTeamChannels(teamId: string, channels: { id: string; name?: string }[]): void {
    this.channels.set(teamId, channels);
  }

  /**
   * Makes a user known to Teams (findable in their personal chats by Teams id, Entra object id or
   * UPN). The UPN defaults to the e-mail, as in most tenants. Returns the member with its Teams id.
   */
  addMember(member: Omit<TeamsMember, 'id'> & { id?: string }): TeamsMember {
    const id = member.id ?? `29:1${opaque(24)}`;
    const known: TeamsMember = { ...member, id, userPrincipalName: member.userPrincipalName ?? member.email };
    this.users.set(id, known);
    return known;
  }

  /** A team (its id is its General channel's conversation id), with the app installed unless said otherwise. */
  addTeam(teamId: string, { members = [], installed = true }: { members?: (Omit<TeamsMember, 'id'> & { id?: string })[]; installed?: boolean } = {}): TeamsMember[] {
    const team: Team = this.teams.get(teamId) ?? { installed, members: [], version: 0 };
    team.installed = installed;
    this.teams.set(teamId, team);
    return this.addTeamMembers(teamId, members);
  }

  /** Adds users to a team (as Teams does when members join); returns them with their Teams ids. */
  addTeamMembers(teamId: string, members: (Omit<TeamsMember, 'id'> & { id?: string })[]): TeamsMember[] {
    const team = this.teams.get(teamId);
    if (!team) throw new Error(`unknown team ${teamId}`);
    const added = members.map((m) => this.addMember(m));
    for (const m of added) if (!team.members.includes(m.id)) team.members.push(m.id);
    team.version++;
    return added;
  }

  removeTeamMember(teamId: string, userId: string): void {
    const team = this.teams.get(teamId);
    if (!team) return;
    team.members = team.members.filter((id) => id !== userId);
    team.version++;
  }

  /** The user installed the app personally (or an admin or Graph did it for them). */
  installPersonally(userId: string): void {
    this.personalInstalls.add(userId);
  }

  /** The next requests to this conversation's activities (POST or PUT) fail as scripted, in order. */
  failNext(conversationId: string, faults: Fault[]): void {
    this.faults.set(conversationId, [...(this.faults.get(conversationId) ?? []), ...faults]);
  }

  /** The next POST /v3/conversations requests fail as scripted, in order. */
  failNextCreate(faults: Fault[]): void {
    this.failNext(CREATE_KEY, faults);
  }

  /** The next roster reads (member, members, pagedmembers) of this conversation fail as scripted. */
  failNextRead(conversationId: string, faults: Fault[]): void {
    this.failNext(`${READ_PREFIX}${conversationId}`, faults);
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
        const m = ACTIVITIES.exec(r.path);
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

  /** Roster reads (one member, whole roster, paged members) of a conversation, in order. */
  reads(conversationId?: string): RecordedRequest[] {
    return this.requests.filter((r) => {
      const m = MEMBERS.exec(r.path) ?? PAGED.exec(r.path);
      return r.method === 'GET' && m && (!conversationId || decodeURIComponent(m[1]) === conversationId);
    });
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

  /** The personal chat the fake made for a user, if any. */
  chatOf(userId: string): string | undefined {
    return this.chatsByUser.get(userId);
  }

  /** The Adaptive Cards the bot sent, in order. */
  cards(conversationId?: string): any[] {
    return this.sent(conversationId).flatMap((s) =>
      (s.activity.attachments ?? [])
        .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a: any) => a.content),
    );
  }

  /**
   * Forgets the recorded traffic and scripted faults. The rate-limit windows are kept: Teams does
   * not forget what a test did a moment ago.
   */
  reset(): void {
    this.requests.length = 0;
    this.faults.clear();
    this.createdConversations.length = 0;
    this.tooManyRequests = 0;
    this.serverErrors = 0;
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
      const url = new URL(req.url ?? '/', 'http://fake');
      const method = req.method ?? '';
      let body: any;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const request: RecordedRequest = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: this.options.keepBodies === false ? undefined : body,
        at: performance.now(),
      };
      this.requests.push(request);
      this.route(request, body, res);
    });
  }

  private route(request: RecordedRequest, body: any, res: http.ServerResponse): void {
    const { method, path } = request;
    const activities = ACTIVITIES.exec(path);
    const members = MEMBERS.exec(path);
    const paged = PAGED.exec(path);
    const teamChannels = TEAM_CONVERSATIONS.exec(path);
    const isCreate = method === 'POST' && path === '/v3/conversations';

    // What the request is, for the limits: its operation and its thread.
    let operation: Operation | undefined;
    let thread: string | undefined;
    if (activities && (method === 'POST' || method === 'PUT' || method === 'DELETE')) {
      operation = 'send';
      thread = decodeURIComponent(activities[1]);
    } else if (isCreate) {
      operation = 'create';
      thread = `create:${body?.members?.[0]?.id ?? ''}`;
    } else if (method === 'GET' && (members || paged)) {
      operation = 'read';
      thread = decodeURIComponent((members ?? paged)![1]);
    } else if (method === 'GET' && teamChannels) {
      operation = 'read';
      thread = decodeURIComponent(teamChannels[1]);
    }

    if (this.options.enforceLimits !== false) {
      const extra = method === 'GET' && members && !members[2] ? [{ key: `roster:${thread}`, window: NON_PAGED_ROSTER_WINDOW }] : [];
      const waitMs = this.admit(operation, thread, extra);
      if (waitMs !== undefined) {
        return this.answer(request, res, 429, { error: { code: 'Throttled', message: 'Too many requests.' } }, { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) });
      }
    }

    const faultKey = isCreate ? CREATE_KEY : operation === 'send' ? thread : operation === 'read' && (members || paged) ? `${READ_PREFIX}${thread}` : undefined;
    const fault = faultKey === undefined ? undefined : this.faults.get(faultKey)?.shift();
    if (fault) return this.fail(request, res, fault);

    const chaos = this.options.chaos;
    if (chaos && operation && (!chaos.operations || chaos.operations.includes(operation))) {
      if (this.random() < (chaos.serverErrorRate ?? 0)) {
        const status = [500, 502, 503, 504][Math.floor(this.random() * 4)];
        return this.fail(request, res, { status, code: 'ServiceError', message: 'injected server error' });
      }
      if (this.random() < (chaos.slowRate ?? 0)) {
        // Teams finishes a slow request even when the client has given up or died meanwhile:
        // the message is delivered although nobody heard the answer.
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.serve(request, body, res);
        }, chaos.slowMs ?? 2_000);
        this.timers.add(timer);
        return;
      }
    }
    this.serve(request, body, res);
  }

  /** Answers a request that got past the limits and the faults. */
  private serve(request: RecordedRequest, body: any, res: http.ServerResponse): void {
    const { method, path } = request;
    const activities = ACTIVITIES.exec(path);
    const members = MEMBERS.exec(path);
    const paged = PAGED.exec(path);
    const teamChannels = TEAM_CONVERSATIONS.exec(path);

    if (method === 'GET' && teamChannels) {
      const teamId = decodeURIComponent(teamChannels[1]);
      return this.answer(request, res, 200, { conversations: this.channels.get(teamId) ?? [] });
    }
    if (method === 'GET' && (members || paged)) return this.serveRoster(request, res, decodeURIComponent((members ?? paged)![1]), members?.[2], Boolean(paged));
    if (method === 'POST' && path === '/v3/conversations') return this.serveCreate(request, body, res);
    if (method === 'POST' && activities) {
      const conversationId = decodeURIComponent(activities[1]);
      if (this.teamOfThread(conversationId)?.installed === false) {
        return this.answer(request, res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
      }
      return this.answer(request, res, 201, { id: `activity-${this.nextId++}` });
    }
    if (method === 'PUT' && activities?.[2]) {
      return this.answer(request, res, 200, { id: decodeURIComponent(activities[2]) });
    }
    this.answer(request, res, 404, { error: { code: 'NotFound', message: `fake connector has no ${method} ${path}` } });
  }

  private serveRoster(request: RecordedRequest, res: http.ServerResponse, conversationId: string, memberId: string | undefined, isPaged: boolean): void {
    const roster = this.rosterOf(conversationId);
    if (roster === 'not-installed') {
      return this.answer(request, res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    }
    if (memberId !== undefined) {
      // One member, by Teams id, Entra object id or UPN.
      const wanted = decodeURIComponent(memberId).toLowerCase();
      const found = roster.find((m) => [m.id, m.aadObjectId, m.userPrincipalName].some((v) => v?.toLowerCase() === wanted));
      return found
        ? this.answer(request, res, 200, accountOf(found))
        : this.notFound(request, res, 'MemberNotFoundInConversation', 'The member was not found in the conversation.');
    }
    if (!isPaged) return this.answer(request, res, 200, roster.slice(0, NON_PAGED_ROSTER_MAX).map(accountOf));
    const asked = Number(request.query.pageSize);
    const size = Number.isFinite(asked) && asked > 0 ? Math.min(PAGE_SIZE.max, Math.max(PAGE_SIZE.min, Math.floor(asked))) : PAGE_SIZE.default;
    const version = this.teams.get(conversationId)?.version ?? 0;
    let offset = 0;
    if (request.query.continuationToken) {
      const decoded = readToken(request.query.continuationToken);
      if (!decoded || decoded.conversationId !== conversationId || decoded.version !== version) {
        return this.answer(request, res, 400, { error: { code: 'BadArgument', message: 'Invalid continuation token.' } });
      }
      offset = decoded.offset;
    }
    const page = roster.slice(offset, offset + size);
    const next = offset + size < roster.length ? makeToken({ conversationId, version, offset: offset + size }) : undefined;
    this.answer(request, res, 200, next ? { members: page.map(accountOf), continuationToken: next } : { members: page.map(accountOf) });
  }

  private serveCreate(request: RecordedRequest, body: any, res: http.ServerResponse): void {
    const members = Array.isArray(body?.members) ? body.members : [];
    const tenantId = body?.tenantId ?? body?.channelData?.tenant?.id;
    // Teams creates 1:1 chats only: one member, not a group, with the tenant.
    if (body?.isGroup === true || members.length !== 1 || !tenantId) {
      return this.answer(request, res, 400, { error: { code: 'BadSyntax', message: 'Incorrect conversation creation parameters' } });
    }
    const userId = String(members[0]?.id ?? '');
    if (!this.users.has(userId)) {
      return this.answer(request, res, 400, { error: { code: 'BadArgument', message: 'Invalid user identity in provided tenant.' } });
    }
    const inInstalledTeam = [...this.teams.values()].some((t) => t.installed && t.members.includes(userId));
    if (!inInstalledTeam && !this.personalInstalls.has(userId)) {
      return this.answer(request, res, 403, { error: { code: 'ForbiddenOperationException', message: "Bot is not installed in user's personal scope" } });
    }
    // The same user always gets the same chat.
    let id = this.chatsByUser.get(userId);
    if (!id) {
      id = `a:${opaque(32)}`;
      this.chatsByUser.set(userId, id);
      this.chatUsers.set(id, userId);
    }
    this.createdConversations.push({ id, parameters: body });
    this.answer(request, res, 201, { id });
  }

  /** The members a roster read of this conversation sees, or why it sees none. */
  private rosterOf(conversationId: string): TeamsMember[] | 'not-installed' {
    const team = this.teams.get(conversationId);
    if (team) return team.installed ? team.members.map((id) => this.users.get(id)!).filter(Boolean) : 'not-installed';
    const chatUser = this.chatUsers.get(conversationId);
    if (chatUser) return [this.users.get(chatUser)!];
    // A personal chat that came from Teams (the activities a test posts): its user is whoever
    // Teams knows; the fake cannot see which user a made-up conversation belongs to.
    return [...this.users.values()];
  }

  /** The team a channel thread belongs to (a team's id is its General channel's id). */
  private teamOfThread(conversationId: string): Team | undefined {
    const direct = this.teams.get(conversationId);
    if (direct) return direct;
    for (const [teamId, channels] of this.channels) if (channels.some((c) => c.id === conversationId)) return this.teams.get(teamId);
    return undefined;
  }

  /**
   * Checks the request against the global limit, its thread's windows and any extra windows;
   * returns the milliseconds until it would fit, or undefined and counts it.
   */
  private admit(operation: Operation | undefined, thread: string | undefined, extra: { key: string; window: Window }[]): number | undefined {
    const now = performance.now();
    const global = Math.min(TEAMS_GLOBAL_PER_SECOND, this.options.globalLimitPerSecond ?? TEAMS_GLOBAL_PER_SECOND);
    const checks: { key: string; window: Window }[] = [{ key: 'global', window: { limit: global, ms: 1_000 } }, ...extra];
    if (operation && thread !== undefined) {
      for (const window of THREAD_WINDOWS[operation]) checks.push({ key: `${operation}|${thread}|${window.ms}`, window });
    }
    let wait: number | undefined;
    for (const { key, window } of checks) {
      const log = this.logs.get(key) ?? [];
      while (log.length > 0 && log[0] <= now - window.ms) log.shift();
      if (log.length >= window.limit) {
        const frees = log[log.length - window.limit] + window.ms - now;
        wait = Math.max(wait ?? 0, frees);
      }
      this.logs.set(key, log);
    }
    if (wait !== undefined) return wait;
    for (const { key } of checks) this.logs.get(key)!.push(now);
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

  private notFound(request: RecordedRequest, res: http.ServerResponse, code: string, message: string): void {
    this.answer(request, res, 404, { error: { code, message } });
  }

  private answer(request: RecordedRequest, res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    request.status = status;
    if (status === 429) this.tooManyRequests++;
    if (status >= 500) this.serverErrors++;
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const MEMBERS = /^\/v3\/conversations\/([^/]+)\/members(?:\/([^/]+))?$/;
const PAGED = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/;
const TEAM_CONVERSATIONS = /^\/v3\/teams\/([^/]+)\/conversations$/;
const CREATE_KEY = '\u0000create';
const READ_PREFIX = '\u0000read:';

function accountOf(member: TeamsMember): Record<string, unknown> {
  return {
    id: member.id,
    name: member.name,
    aadObjectId: member.aadObjectId,
    email: member.email,
    userPrincipalName: member.userPrincipalName,
    userRole: 'user',
  };
}

function opaque(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}

function makeToken(state: { conversationId: string; version: number; offset: number }): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function readToken(token: string): { conversationId: string; version: number; offset: number } | undefined {
  try {
    const state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof state?.offset === 'number' ? state : undefined;
  } catch {
    return undefined;
  }
}
