import type { Server } from 'restify';
import type { CalendarLinks } from '../links/calendar-links';
import { reachListCsv } from '../features/reach-list';
import { FloodGuard } from '../domain/access/flood-guard';
import { hasRole } from '../domain/access/roles';
import type { Language } from '../domain/programme/model';
import type { Store } from '../store/store';

export interface ReachListRouteDeps {
  store: Store;
  links: Pick<CalendarLinks, 'verifyReachList'>;
  now: () => Date;
  /** HR admins (config `admins`): a link works only while the admin it was given to is still one. */
  admins: readonly string[];
  defaultLanguage: Language;
  downloadsPerMinute: number;
}

/**
 * GET /reach-list/<signed token>.csv: the leaders an announcement or a session change cannot reach
 * now, with why, for the admin who asked in their personal chat. Names and e-mails open in a
 * browser outside Teams' authentication, so access rests on the signed token, which expires
 * after minutes, and on the admin still being one; a bad, expired or withdrawn link gets the
 * same 404, every download is audited, and the answer is never cached.
 */
export function registerReachListRoute(server: Server, { store, links, now, admins, defaultLanguage, downloadsPerMinute }: ReachListRouteDeps): void {
  const downloads = new FloodGuard(downloadsPerMinute);
  // A wildcard, not a ":file" parameter: the router refuses parameters over 100 characters, and a
  // token naming an announcement and an admin by their GUIDs is longer.
  server.get('/reach-list/*', async (req, res) => {
    const token = String(req.params['*'] ?? '').replace(/\.csv$/, '');
    const scope = links.verifyReachList(token, now());
    const allowed = scope !== undefined && hasRole([scope.issuedTo], admins);
    if (allowed && downloads.hit(scope.issuedTo, now().getTime()) !== 'ok') {
      res.header('retry-after', '60');
      res.send(429, { error: { code: 'TOO_MANY_DOWNLOADS', message: 'This link was opened too often in the last minute. Please wait a minute and try again.' } });
      return;
    }
    // Read from the URL itself: the server parses no query strings.
    const lang = new URL(req.url ?? '', 'http://localhost').searchParams.get('lang');
    const language: Language = lang === 'en' || lang === 'da' ? lang : defaultLanguage;
    const list = allowed ? await reachListCsv(store, scope, language) : undefined;
    if (!allowed || !list) {
      res.send(404, { error: { code: 'REACH_LIST_NOT_FOUND', message: 'This link is not valid (any more). Preview the announcement or the session change again for a new one.' } });
      return;
    }
    await store.appendAudit({ at: now().toISOString(), actor: scope.issuedTo, action: 'reach.listDownloaded', details: { kind: scope.kind, id: scope.id, count: list.count } });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="not-reached-${scope.kind}.csv"`,
      'cache-control': 'no-store',
    });
    res.end(list.csv);
  });
}
