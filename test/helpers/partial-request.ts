/**
 * A POST that sends its headers and the first bytes of a body, then never finishes: the way to show
 * that the bot answers without waiting for (or reading) the body. Requests still open when a test
 * ends are destroyed by `destroyPartialRequests`, so a regression fails the test instead of hanging
 * the server's shutdown.
 */
import http from 'node:http';

const open = new Set<http.ClientRequest>();

/** Resolves with the status of the answer that arrives while the body is still incomplete. */
export function postPartially(url: string, headers: Record<string, string>, firstBytes: string): Promise<number> {
  const target = new URL(url);
  return new Promise<number>((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers });
    open.add(req);
    req.on('response', (res) => {
      resolve(res.statusCode!);
      req.destroy();
      open.delete(req);
    });
    req.on('error', reject);
    req.write(firstBytes);
  });
}

/** Destroys every partial request still open (call it in afterEach). */
export function destroyPartialRequests(): void {
  for (const req of open) req.destroy();
  open.clear();
}
