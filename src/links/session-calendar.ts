import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { moduleOf } from '../domain/language/describe-session';
import type { Language, Programme, Session } from '../domain/programme/model';
import { t } from '../domain/language/texts';

/**
 * An iCalendar file for sessions, in the programme's time zone with its VTIMEZONE, so Outlook
 * shows 09:00 as 09:00 on both sides of a daylight-saving change. UIDs are stable per session, so
 * importing the file again updates the events instead of duplicating them.
 */
export function buildSessionCalendar(programme: Programme, sessions: Session[], language: Language, now: Date): string {
  const zone = programme.timeZone;
  const calendar = ical({
    name: programme.name[language],
    prodId: { company: 'programme-bot', product: 'programme-bot', language: language.toUpperCase() },
    timezone: { name: zone, generator: getVtimezoneComponent },
  });
  for (const session of sessions) {
    const module = moduleOf(programme, session);
    const description = [
      module.description[language],
      session.preparation ? `${t(language, 'label.preparation')}: ${session.preparation[language]}` : '',
      session.facilitator ? `${t(language, 'fact.facilitator')}: ${session.facilitator}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: sessionUid(programme, session),
      start: DateTime.fromISO(session.start).setZone(zone),
      end: DateTime.fromISO(session.end).setZone(zone),
      timezone: zone,
      stamp: DateTime.fromJSDate(now).setZone(zone),
      summary: `${t(language, 'label.module', { number: module.number })}: ${module.title[language]}`,
      location: [session.place.name, session.place.room, session.place.address].filter(Boolean).join(', '),
      description,
      url: session.place.onlineUrl,
    });
  }
  return calendar.toString();
}

/** The event's UID: the same session always gets the same UID. */
export function sessionUid(programme: Programme, session: Session): string {
  return `${session.id}@${programme.id}.programme-bot`;
}
