import type { CalendarScope } from '../links/link-token';
import { buildSessionCalendar } from '../links/session-calendar';
import { sessionsFor } from '../domain/programme/attendance';
import type { Language } from '../domain/programme/model';
import type { ProgrammeReader } from '../store/store';

export interface CalendarFile {
  filename: string;
  /** The iCalendar text. */
  body: string;
}

/**
 * The calendar file behind "Add to my calendar": one session, or every session of an active
 * participant. Undefined when there is nothing to put in it (a removed session, a leader who
 * left the programme).
 */
export async function calendarFile(store: ProgrammeReader, scope: CalendarScope, language: Language, now: Date): Promise<CalendarFile | undefined> {
  const programme = await store.getProgramme();
  const participant = scope.kind === 'participant' ? programme.participants.find((p) => p.id === scope.id && p.active) : undefined;
  const sessions = scope.kind === 'session' ? programme.sessions.filter((s) => s.id === scope.id) : participant ? sessionsFor(programme, participant) : [];
  if (sessions.length === 0) return undefined;
  return { filename: `${scope.kind === 'session' ? scope.id : 'programme'}.ics`, body: buildSessionCalendar(programme, sessions, language, now) };
}
