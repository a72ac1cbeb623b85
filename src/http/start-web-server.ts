import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from 'pino';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { CodedError } from '../domain/errors';
import type { ServiceUrlPolicy } from '../domain/access/service-url-policy';
import type { RequestAuthenticator } from '../teams/create-adapter';
import { registerMessagesRoute } from './messages-route';
import { ReplayGuard } from './replay-guard';

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
  /** For /readyz: the scheduler runs and the store can be written. */
  isReady?: () => boolean | Promise<boolean>;
  /** Validates the Bot Framework token before the body is read and before the adapter runs; none when anonymous (see create-adapter.ts). */
  authenticate?: RequestAuthenticator;
  /** The Bot Connector URLs activities may name (service-url-policy.ts). */
  serviceUrls: ServiceUrlPolicy;
}

export interface RunningWebServer {
  url: string;
  port: number;
  /** Refuses new activities (503) while in-flight ones finish: the first step of a graceful shutdown. */
  stopAccepting(): void;
  close(): Promise<void>;
}

/** The HTTP edge: /api/messages for the Bot Framework (messages-route.ts), /healthz and /readyz for the platform. Transport only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { port, host, adapter, app, logger, maxBodyBytes = 256 * 1024, routes, allowedTenants = [], isReady = () => true, authenticate, serviceUrls } = options;
  const server = restify.createServer({ name: 'programme-bot', handleUncaughtExceptions: false });
  // No body parser for the whole server: /api/messages reads its body itself, after the token
  // check and with a limit that also holds for compressed bodies (read-activity-body.ts).
  let accepting = true;

  // One access-log line per request, with restify's request id (also sent back as a header).
  // Ids and status only: no bodies, names or e-mails in the logs.
  server.on('after', (req: restify.Request, res: restify.Response) => {
    logger.info({ reqId: req.id(), method: req.method, path: req.path(), status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });

  registerMessagesRoute(server, {
    adapter,
    app,
    logger,
    maxBodyBytes,
    allowedTenants,
    serviceUrls,
    authenticate,
    isAccepting: () => accepting,
    replays: new ReplayGuard(),
  });

  routes?.(server);

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req, res) => {
    const ready = accepting && (await isReady());
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
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
