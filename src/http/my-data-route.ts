import type { Server } from 'restify';
import type { CalendarLinks } from '../links/calendar-links';
import { downloadMyData } from '../features/build-my-data';
import { FloodGuard } from '../domain/access/flood-guard';
import type { Store } from '../store/store';

export interface MyDataRouteDeps {
  store: Store;
  links: Pick<CalendarLinks, 'verifyMyData'>;
  now: () => Date;
  /** Downloads one leader's data may have per minute (like messages). */
  downloadsPerMinute: number;
}

/**
 * GET /my-data/<signed token>.json: the file behind a leader's "my data" card. It opens in a
 * browser, outside Teams' authentication, so access rests on the signed token alone, which
 * expires after minutes; an invalid and an expired link get the same 404, and the answer is never
 * cached.
 */
export function registerMyDataRoute(server: Server, { store, links, now, downloadsPerMinute }: MyDataRouteDeps): void {
  // Each download builds the whole file and writes an audit entry: a link opened in a loop must
  // cost neither, so downloads are limited per leader.
  const downloads = new FloodGuard(downloadsPerMinute);
  server.get('/my-data/:file', async (req, res) => {
    const token = String(req.params.file ?? '').replace(/\.json$/, '');
    const participantId = links.verifyMyData(token, now());
    if (participantId && downloads.hit(participantId, now().getTime()) !== 'ok') {
      res.header('retry-after', '60');
      res.send(429, { error: { code: 'TOO_MANY_DOWNLOADS', message: 'This link was opened too often in the last minute. Please wait a minute and try again.' } });
      return;
    }
    const data = participantId ? await downloadMyData(store, participantId, now()) : undefined;
    if (!participantId || !data) {
      res.send(404, { error: { code: 'MY_DATA_NOT_FOUND', message: 'This link is not valid (any more). Write "my data" to the bot for a new one.' } });
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="my-data.json"',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(data, null, 2));
  });
}
