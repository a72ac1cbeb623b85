import type { Server } from 'restify';
import type { CalendarLinks } from '../links/calendar-links';
import { calendarFile } from '../features/calendar-file';
import type { Language } from '../domain/programme/model';
import type { ProgrammeReader } from '../store/store';

export interface CalendarRouteDeps {
  store: ProgrammeReader;
  links: CalendarLinks;
  now: () => Date;
  defaultLanguage: Language;
}

/**
 * GET /calendar/<signed token>.ics: the calendar file behind "Add to my calendar". Opened in a
 * browser or Outlook, outside Teams, so access rests on the signed token alone.
 */
export function registerCalendarRoute(server: Server, { store, links, now, defaultLanguage }: CalendarRouteDeps): void {
  server.get('/calendar/:file', async (req, res) => {
    const token = String(req.params.file ?? '').replace(/\.ics$/, '');
    const scope = links.verify(token);
    if (!scope) {
      res.send(404, { error: { code: 'CALENDAR_NOT_FOUND', message: 'This calendar link is not valid (any more).' } });
      return;
    }
    const lang = String((req.query as Record<string, unknown> | undefined)?.lang ?? '');
    const language: Language = lang === 'da' || lang === 'en' ? lang : defaultLanguage;
    const file = await calendarFile(store, scope, language, now());
    if (!file) {
      res.send(404, { error: { code: 'CALENDAR_NOT_FOUND', message: 'Nothing to put in the calendar.' } });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    });
    res.end(file.body);
  });
}
