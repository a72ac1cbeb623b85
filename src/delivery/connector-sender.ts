/**
 * The one way the bot talks to the Bot Connector on its own: a message or a card update to a
 * stored conversation, the creation of a personal chat, and roster reads (a page of a team's
 * members, one member). Every call is exactly one HTTP attempt and ends in a typed outcome, never
 * a thrown HTTP error, so the callers decide about retries with the one retry policy
 * (retry-policy.ts) and pace with the one rate limiter (rate-limiter.ts).
 *
 * Why "exactly one attempt" needs work: botframework-connector 4.23 builds its ConnectorClient on
 * @azure/core-client, whose pipeline always contains core-rest-pipeline's `defaultRetryPolicy`
 * (up to 3 retries: 429 and 503 after their Retry-After however long it is, other 5xx, 408 and
 * network errors with exponential backoff). ConnectorClientOptions cannot switch it off: the
 * compat layer does not pass `noRetryPolicy` or `retryOptions` on, and the connector factory
 * replaces `requestPolicyFactories`. So, for the sender's own calls only, the connector clients
 * the adapter creates get that policy removed from their pipeline (see `withOneAttemptPerRequest`).
 * Replies inside a user's turn keep the SDK's behaviour.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { TeamsInfo } from 'botbuilder';
import type { Activity, ChannelAccount, CloudAdapter, ConversationAccount, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { INVALID_REFERENCE_CODE } from './retry-policy';

/** What one attempt to send ended in. Failures carry what the retry policy needs. */
export type SendOutcome = { ok: true; activityId: string } | SendFailure;

export interface SendFailure {
  ok: false;
  /** HTTP status; undefined when no answer came (timeout, refused connection, bad reference). */
  status?: number;
  /** The Bot Framework error body's `error.code` (e.g. "ConversationBlockedByUser"), or a network error code. */
  errorCode?: string;
  /** The Retry-After header as sent, if any. */
  retryAfter?: string;
  message: string;
}

export type CreateConversationOutcome = { ok: true; conversationId: string; reference: Partial<ConversationReference> } | SendFailure;

/** A member as Teams' roster reads return it: the opaque Teams id, the Entra object id and the UPN. */
export interface RosterAccount {
  id: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
}

export type MemberPageOutcome = { ok: true; members: RosterAccount[]; continuationToken?: string } | SendFailure;
export type MemberOutcome = { ok: true; member: RosterAccount } | SendFailure;
export type ChannelsOutcome = { ok: true; channels: { id: string; name?: string }[] } | SendFailure;

/** Teams serves roster pages of 50 to 500 members (smaller asks are read as 50, larger as 500). */
export const ROSTER_PAGE_SIZE = 500;

export interface PersonalConversationTarget {
  /** The tenant's Bot Connector endpoint, e.g. "https://smba.trafficmanager.net/emea/". */
  serviceUrl: string;
  tenantId: string;
  /** The user's Teams id ("29:..."). */
  userId: string;
  /** The bot's Teams id ("28:<app id>"). */
  botId: string;
}

export interface ConnectorSender {
  /** Sends an activity (e.g. an Adaptive Card message) as a new message in the conversation. */
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<SendOutcome>;
  /** Replaces an activity the bot sent earlier (a card update). */
  update(reference: Partial<ConversationReference>, activityId: string, activity: Partial<Activity>): Promise<SendOutcome>;
  /** Reads one page of a team's members (GET …/pagedmembers); the reference points at the team. */
  readMemberPage(reference: Partial<ConversationReference>, continuationToken?: string): Promise<MemberPageOutcome>;
  /** Lists a team's channels (GET /v3/teams/{id}/conversations). `timeoutMs` bounds the one attempt. */
  readTeamChannels(reference: Partial<ConversationReference>, teamId: string, options?: { timeoutMs?: number }): Promise<ChannelsOutcome>;
  /**
   * Looks one member up by Teams id, Entra object id or UPN (404 when not a member). `timeoutMs`
   * bounds this one attempt, for callers that must not wait long (a user's turn).
   */
  getMember(reference: Partial<ConversationReference>, memberId: string, options?: { timeoutMs?: number }): Promise<MemberOutcome>;
  /** Opens (or finds) the personal chat between the bot and a user, for users who never wrote to it. */
  createPersonalConversation(target: PersonalConversationTarget): Promise<CreateConversationOutcome>;
}

export interface ConnectorSenderOptions {
  /** The bot's CloudAdapter (the TeamsAdapter the app runs on), as constructed today. */
  adapter: CloudAdapter;
  /** The Microsoft app id; empty for the anonymous local set-up. */
  botAppId?: string;
  /**
   * How long one HTTP attempt may wait for an answer. Bot Connector calls answer in well under a
   * second; a hung connection must not hold an outbox slot for ever.
   */
  timeoutMs?: number;
  /** Whether the bot may connect to this Bot Connector URL (the service-URL allow-list); default: any. */
  allowsServiceUrl?: (serviceUrl: string) => boolean;
}

/** Creates the sender. It needs no special adapter construction (see the file comment). */
export function createConnectorSender({ adapter, botAppId = '', timeoutMs = 20_000, allowsServiceUrl = () => true }: ConnectorSenderOptions): ConnectorSender {
  withOneAttemptPerRequest(adapter);
  const oneAttempt = <T>(work: () => Promise<T>, limitMs = timeoutMs): Promise<T> => oneAttemptScope.run({ timeoutMs: limitMs }, work);

  /** Runs `work` in a proactive turn; errors are caught inside so the app's onTurnError never sees them. */
  async function inConversation<T extends { ok: true }>(
    reference: Partial<ConversationReference>,
    work: (context: TurnContext) => Promise<T>,
    limitMs = timeoutMs,
  ): Promise<T | SendFailure> {
    if (!reference.serviceUrl || !reference.conversation?.id) {
      return { ok: false, errorCode: INVALID_REFERENCE_CODE, message: 'The stored conversation reference has no serviceUrl or conversation id.' };
    }
    if (!allowsServiceUrl(reference.serviceUrl)) return notAllowed();
    let outcome: T | SendFailure | undefined;
    try {
      await oneAttempt(
        () =>
          adapter.continueConversationAsync(botAppId, reference, async (context) => {
            try {
              outcome = await work(context);
            } catch (err) {
              outcome = failureFrom(err, limitMs);
            }
          }),
        limitMs,
      );
    } catch (err) {
      // Failures before the turn starts: credentials, token acquisition.
      return failureFrom(err, limitMs);
    }
    return outcome ?? { ok: false, message: 'The proactive turn ended without an answer.' };
  }

  return {
    send(reference, activity) {
      return inConversation(reference, async (context) => {
        // A proactive turn's reference carries a made-up activity id, which botbuilder would turn
        // into a replyToId (a "reply" to nothing). A new message is what is meant: dropping it
        // makes the request POST /v3/conversations/{id}/activities (sendToConversation).
        context.onSendActivities(async (_context, activities, next) => {
          for (const a of activities) delete a.replyToId;
          return next();
        });
        const response = await context.sendActivity({ type: 'message', ...activity });
        return { ok: true, activityId: response?.id ?? '' };
      });
    },

    update(reference, activityId, activity) {
      return inConversation(reference, async (context) => {
        // PUT /v3/conversations/{id}/activities/{activityId}: Teams replaces the card in place.
        const response = (await context.updateActivity({ type: 'message', ...activity, id: activityId })) as { id?: string } | undefined;
        return { ok: true, activityId: response?.id || activityId };
      });
    },

    readMemberPage(reference, continuationToken) {
      return inConversation(reference, async (context) => {
        // The reference's conversation is the team (its General channel id), which is what
        // GET /v3/conversations/{id}/pagedmembers reads for a team's whole roster.
        const page = await TeamsInfo.getPagedMembers(context, ROSTER_PAGE_SIZE, continuationToken);
        return { ok: true as const, members: page.members.map(accountOf), continuationToken: page.continuationToken || undefined };
      });
    },

    readTeamChannels(reference, teamId, options = {}) {
      return inConversation(
        reference,
        async (context) => ({
          ok: true as const,
          channels: (await TeamsInfo.getTeamChannels(context, teamId)).filter((c) => c.id).map((c) => ({ id: c.id!, name: c.name })),
        }),
        options.timeoutMs ?? timeoutMs,
      );
    },

    getMember(reference, memberId, options = {}) {
      return inConversation(
        reference,
        async (context) => ({ ok: true as const, member: accountOf(await TeamsInfo.getMember(context, memberId)) }),
        options.timeoutMs ?? timeoutMs,
      );
    },

    async createPersonalConversation({ serviceUrl, tenantId, userId, botId }) {
      if (!allowsServiceUrl(serviceUrl)) return notAllowed();
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: { id: botId } as ChannelAccount,
        members: [{ id: userId } as ChannelAccount],
        tenantId,
        // Teams refuses to create a conversation without the tenant in channelData.
        channelData: { tenant: { id: tenantId } },
      };
      let conversationId: string | undefined;
      try {
        await oneAttempt(() =>
          adapter.createConversationAsync(
            botAppId,
            'msteams',
            serviceUrl,
            // No audience: the connector factory then uses the configured channel scope
            // (an empty string would be taken literally and break token acquisition).
            undefined as unknown as string,
            parameters,
            async (context) => {
              conversationId = context.activity.conversation?.id;
            },
          ),
        );
      } catch (err) {
        return failureFrom(err, timeoutMs);
      }
      if (!conversationId) return { ok: false, message: 'Teams created a conversation but returned no id.' };
      return {
        ok: true,
        conversationId,
        reference: {
          channelId: 'msteams',
          serviceUrl,
          conversation: { id: conversationId, isGroup: false, conversationType: 'personal', tenantId } as ConversationAccount,
          bot: { id: botId } as ChannelAccount,
          user: { id: userId } as ChannelAccount,
        },
      };
    },
  };
}

function accountOf(member: { id: string; aadObjectId?: string; userPrincipalName?: string; email?: string }): RosterAccount {
  return { id: member.id, aadObjectId: member.aadObjectId, userPrincipalName: member.userPrincipalName, email: member.email };
}

/** A reference naming a Bot Connector the allow-list does not have: never connected to, never retried. */
function notAllowed(): SendFailure {
  return { ok: false, errorCode: INVALID_REFERENCE_CODE, message: 'The stored conversation reference names a service URL that is not on the allow-list.' };
}

/** The shape botframework-connector's errors have: an @azure/core-rest-pipeline RestError. */
interface ConnectorErrorShape {
  name?: string;
  message?: string;
  statusCode?: number;
  code?: string;
  response?: { headers?: { get(name: string): string | undefined } };
}

/**
 * Reads an error thrown by the connector client. A RestError carries `statusCode`, `code` (the
 * body's `error.code` when the body is the Bot Framework shape `{ error: { code, message } }`, or
 * a network code such as ECONNREFUSED when no answer came) and `response.headers`. A timeout ends
 * in an AbortError with neither.
 */
function failureFrom(err: unknown, timeoutMs: number): SendFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ConnectorErrorShape;
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const retryAfter = e.response?.headers?.get('retry-after') ?? undefined;
  if (e.name === 'AbortError') {
    return { ok: false, errorCode: 'Timeout', message: `The Bot Connector did not answer within ${timeoutMs} ms.` };
  }
  const text = e.message || String(err);
  const failure: SendFailure = { ok: false, message: status === undefined ? text : `The Bot Connector answered ${status}: ${text}` };
  if (status !== undefined) failure.status = status;
  if (typeof e.code === 'string' && e.code) failure.errorCode = e.code;
  if (retryAfter) failure.retryAfter = retryAfter;
  return failure;
}

// ---- One attempt per request -------------------------------------------------------------

/** Set while the sender runs: connector clients created inside get no retry policy. */
const oneAttemptScope = new AsyncLocalStorage<{ timeoutMs: number }>();
const preparedAuthentications = new WeakSet<object>();

/** The name core-rest-pipeline gives the retry policy it puts in every client pipeline. */
const SDK_RETRY_POLICY_NAME = 'defaultRetryPolicy';

interface PipelineShape {
  removePolicy(options: { name: string }): unknown[];
  addPolicy(policy: { name: string; sendRequest(request: { abortSignal?: AbortSignal }, next: (request: unknown) => Promise<unknown>): Promise<unknown> }): void;
}
interface ConnectorFactoryShape {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}
interface AuthenticationShape {
  createConnectorFactory(claimsIdentity: unknown): ConnectorFactoryShape;
}

/**
 * Wraps the adapter's connector factory once, so that connector clients created inside the
 * sender's calls send each request once, with a timeout. It reaches two members TypeScript calls
 * protected/private (CloudAdapterBase.botFrameworkAuthentication, the compat client's `client`):
 * the unit test test/unit/connector-sender.test.ts proves the effect and will fail if an upgrade
 * moves them.
 */
function withOneAttemptPerRequest(adapter: CloudAdapter): void {
  const authentication = (adapter as unknown as { botFrameworkAuthentication?: AuthenticationShape }).botFrameworkAuthentication;
  if (!authentication || preparedAuthentications.has(authentication)) return;
  preparedAuthentications.add(authentication);
  const createConnectorFactory = authentication.createConnectorFactory.bind(authentication);
  authentication.createConnectorFactory = (claimsIdentity) => {
    const factory = createConnectorFactory(claimsIdentity);
    const scope = oneAttemptScope.getStore();
    if (!scope) return factory;
    return {
      async create(serviceUrl, audience) {
        const connectorClient = await factory.create(serviceUrl, audience);
        const pipeline = (connectorClient as { client?: { pipeline?: PipelineShape } }).client?.pipeline;
        if (pipeline) {
          pipeline.removePolicy({ name: SDK_RETRY_POLICY_NAME });
          pipeline.addPolicy({
            name: 'oneAttemptTimeout',
            // An abort signal rather than `request.timeout`: the SDK's HTTP client leaves its own
            // timeout timer running when the connection fails, which keeps the process busy.
            async sendRequest(request, next) {
              const timeout = new AbortController();
              const timer = setTimeout(() => timeout.abort(), scope.timeoutMs);
              request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, timeout.signal]) : timeout.signal;
              try {
                return await next(request);
              } finally {
                clearTimeout(timer);
              }
            },
          });
        }
        return connectorClient;
      },
    };
  };
}
