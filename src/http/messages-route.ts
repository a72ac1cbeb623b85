import type { Activity } from 'botbuilder';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { ServiceUrlPolicy } from '../domain/access/service-url-policy';
import type { AuthVerdict, RequestAuthenticator } from '../teams/create-adapter';
import { readActivityBody } from './read-activity-body';
import { ReplayGuard, type RecordedAnswer } from './replay-guard';
import { activityProblem } from './validate-activity';

export interface MessagesRouteOptions {
  adapter: TeamsAdapter;
  app: Application;
  logger: Logger;
  /** Largest request body, also after decompression. */
  maxBodyBytes: number;
  /** Entra tenants whose activities are processed; empty = any (local development). */
  allowedTenants: readonly string[];
  serviceUrls: ServiceUrlPolicy;
  /** None when the bot runs anonymously. */
  authenticate?: RequestAuthenticator;
  /** False while shutting down. */
  isAccepting: () => boolean;
  replays: ReplayGuard;
}

/**
 * POST /api/messages, where Teams delivers activities. Every check that can refuse a request runs
 * before the bot acts on it, cheapest and least trusting first: the token (before the body is
 * read), the body's size, the activity's shape, the token against the activity, the tenant, the
 * service URL, and whether this activity was processed already. Only then does the adapter run.
 */
export function registerMessagesRoute(server: Server, options: MessagesRouteOptions): void {
  const { logger, maxBodyBytes, allowedTenants, serviceUrls, authenticate, isAccepting, replays } = options;

  server.post('/api/messages', async (req, res) => {
    if (!isAccepting()) {
      res.send(503, { error: { code: 'SHUTTING_DOWN', message: 'The bot is restarting; please retry.' } });
      return;
    }
    const authHeader = req.header('authorization') ?? '';
    const refuse = (status: number, code: string, message: string) => {
      // The body may not have been read: close the connection instead of reading the rest.
      res.header('connection', 'close');
      res.send(status, { error: { code, message } });
    };
    const unauthenticated = (verdict: AuthVerdict) => {
      logger.warn({ reqId: req.id(), verdict }, 'request not authenticated');
      refuse(verdict === 'unauthorized' ? 401 : 503, verdict === 'unauthorized' ? 'UNAUTHORIZED' : 'AUTH_UNAVAILABLE', 'Request is not authorized.');
    };
    // With credentials, the token is checked before a byte of the body is read.
    const tokenVerdict = authenticate ? await authenticate.checkToken(authHeader) : 'ok';
    if (tokenVerdict !== 'ok') return unauthenticated(tokenVerdict);
    const read = await readActivityBody(req, maxBodyBytes);
    if (!read.ok) {
      logger.warn({ reqId: req.id(), code: read.code }, 'request body refused');
      return refuse(read.status, read.code, read.message);
    }
    req.body = read.body;
    const problem = activityProblem(req.body);
    if (problem) {
      logger.warn({ reqId: req.id(), problem }, 'rejected a malformed activity');
      res.send(400, { error: { code: 'INVALID_ACTIVITY', message: problem } });
      return;
    }
    const activity = req.body as Partial<Activity> & { serviceUrl: string };
    const activityVerdict = authenticate ? await authenticate.checkActivity(activity, authHeader) : 'ok';
    if (activityVerdict !== 'ok') return unauthenticated(activityVerdict);
    const tenant = tenantOf(activity);
    if (allowedTenants.length > 0 && (!tenant || !allowedTenants.includes(tenant))) {
      // Another organisation's Teams: no reply, no processing, just a log line.
      logger.warn({ reqId: req.id(), tenant: tenant ?? 'none' }, 'activity from a tenant that is not allowed');
      res.send(403, { error: { code: 'TENANT_NOT_ALLOWED', message: 'This bot serves another organisation.' } });
      return;
    }
    if (!serviceUrls.allows(activity.serviceUrl)) {
      // The serviceUrl is where the bot would reply, and which it would keep as the leader's
      // reminder address: an activity naming any other host is not acted on at all.
      logger.warn({ reqId: req.id(), serviceHost: hostOf(activity.serviceUrl) }, 'activity with a service URL that is not allowed');
      res.send(403, { error: { code: 'SERVICE_URL_NOT_ALLOWED', message: `The bot only answers through ${serviceUrls.describe()}.` } });
      return;
    }
    const run = () => processActivity(req, res, options);
    const key = ReplayGuard.keyOf(activity);
    const earlier = key ? await replays.once(key, run) : void (await run());
    if (earlier) {
      logger.info({ reqId: req.id(), activityType: activity.type }, 'replayed activity answered without processing');
      if (earlier.body === undefined) res.send(earlier.status);
      else res.send(earlier.status, earlier.body);
    }
  });
}

/** Runs the adapter and app on the request, and records what was answered (for replays). */
async function processActivity(req: Request, res: Response, { adapter, app, logger }: MessagesRouteOptions): Promise<RecordedAnswer> {
  const answer: RecordedAnswer = { status: 200 };
  // The adapter writes its answer through this: status, and the invoke response's body.
  const recording = {
    socket: res.socket,
    header: (name: string, value: unknown) => res.header(name, value),
    status: (code: number) => {
      answer.status = code;
      res.status(code);
    },
    send: (body?: unknown) => {
      answer.body = body;
      res.send(body);
    },
    end: () => res.end(),
  };
  try {
    await adapter.process(req, recording as unknown as Response, async (context) => {
      await app.run(context);
    });
  } catch (err) {
    logger.error({ reqId: req.id(), err: (err as Error).message }, 'request failed');
    if (!res.headersSent) res.send(500, { error: { code: 'INTERNAL', message: 'Something went wrong; it has been logged.' } });
    return { status: 500 };
  }
  return answer;
}

/** The Entra tenant an activity comes from (Teams puts it in channelData and on the conversation). */
function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenant = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof tenant === 'string' ? tenant : undefined;
}

/** The host of a URL for a log line (never the path, which might carry a token). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}
