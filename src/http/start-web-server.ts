import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from 'pino';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { CodedError } from '../domain/errors';
import type { AuthVerdict, RequestAuthenticator } from '../teams/create-adapter';
import { readActivityBody } from './read-activity-body';
import { activityProblem } from './validate-activity';

export interface WebServerOptions {
  port: number;
  /** Loopback by default in tests; all interfaces when deployed. */
  host?: string;
  adapter: TeamsAdapter;
  app: Application;
  logger: Logger;
  /** Largest request body accepted on /api/messages. Teams activities are a few kB. */
  maxBodyBytes?: number;
  /** Further routes (calendar files). */
  routes?: (server: restify.Server) => void;
  /** Entra tenants whose activities are processed; empty = any (local development). */
  allowedTenants?: readonly string[];
  /** For /readyz: the store is loaded and the scheduler runs. */
  isReady?: () => boolean;
  /** Validates the Bot Framework token before the body is read and before the adapter runs; none when anonymous (see create-adapter.ts). */
  authenticate?: RequestAuthenticator;
}

export interface RunningWebServer {
  url: string;
  port: number;
  /** Refuses new activities (503) while in-flight ones finish: the first step of a graceful shutdown. */
  stopAccepting(): void;
  close(): Promise<void>;
}

/** The HTTP edge: /api/messages for the Bot Framework and /healthz for the platform. Transport only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { port, host, adapter, app, logger, maxBodyBytes = 256 * 1024, routes, allowedTenants = [], isReady = () => true, authenticate } = options;
  const server = restify.createServer({ name: 'programme-bot', handleUncaughtExceptions: false });
  // No body parser for the whole server: /api/messages reads its body itself, after the token
  // check and with a limit that also holds for compressed bodies (read-activity-body.ts).
  let accepting = true;

  // One access-log line per request, with restify's request id (also sent back as a header).
  // Ids and status only: no bodies, names or e-mails in the logs.
  server.on('after', (req: restify.Request, res: restify.Response) => {
    logger.info({ reqId: req.id(), method: req.method, path: req.path(), status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });

  server.post('/api/messages', async (req, res) => {
    if (!accepting) {
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
    const activityVerdict = authenticate ? await authenticate.checkActivity(req.body, authHeader) : 'ok';
    if (activityVerdict !== 'ok') return unauthenticated(activityVerdict);
    const tenant = tenantOf(req.body);
    if (allowedTenants.length > 0 && (!tenant || !allowedTenants.includes(tenant))) {
      // Another organisation's Teams: no reply, no processing, just a log line.
      logger.warn({ reqId: req.id(), tenant: tenant ?? 'none' }, 'activity from a tenant that is not allowed');
      res.send(403, { error: { code: 'TENANT_NOT_ALLOWED', message: 'This bot serves another organisation.' } });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (err) {
      logger.error({ reqId: req.id(), err: (err as Error).message }, 'request failed');
      if (!res.headersSent) res.send(500, { error: { code: 'INTERNAL', message: 'Something went wrong; it has been logged.' } });
    }
  });

  routes?.(server);

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', (_req, res, next) => {
    const ready = accepting && isReady();
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    next();
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) =>
      reject(
        new CodedError(
          'PORT_UNAVAILABLE',
          err.code === 'EADDRINUSE' ? `Port ${port} is already in use. Stop the other process or set PORT.` : err.message,
          { cause: err },
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${actualPort}`;
  logger.info({ url }, 'HTTP server listening');
  return {
    url,
    port: actualPort,
    stopAccepting: () => {
      accepting = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Entra tenant an activity comes from (Teams puts it in channelData and on the conversation). */
function tenantOf(body: unknown): string | undefined {
  const activity = body as { channelData?: { tenant?: { id?: unknown } }; conversation?: { tenantId?: unknown } };
  const tenant = activity.channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof tenant === 'string' ? tenant : undefined;
}
