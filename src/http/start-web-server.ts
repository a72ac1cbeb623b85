import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from 'pino';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { CodedError } from '../domain/errors';
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
}

export interface RunningWebServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The HTTP edge: /api/messages for the Bot Framework and /healthz for the platform. Transport only. */
export async function startWebServer({ port, host, adapter, app, logger, maxBodyBytes = 256 * 1024, routes }: WebServerOptions): Promise<RunningWebServer> {
  const server = restify.createServer({ name: 'programme-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      logger.warn({ problem }, 'rejected a malformed activity');
      res.send(400, { error: { code: 'INVALID_ACTIVITY', message: problem } });
      return;
    }
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });

  routes?.(server);

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
