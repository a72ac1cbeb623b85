/**
 * HR's warnings for the sessions of a programme, each named as HR knows it: the module's title
 * and the session's id (a level-3 module has several runs with the same title; the id is what
 * `change-session` takes).
 */
import type { Programme, Session } from '../programme/model';
import { sessionWarnings, type SessionWarning } from './session-warnings';
import type { WorkingCalendar } from './working-calendar';

/** Warnings for `sessions` (default: all of the programme's), in the programme's order. */
export function programmeWarnings(calendar: WorkingCalendar, programme: Programme, sessions: readonly Session[] = programme.sessions): SessionWarning[] {
  const titles = new Map(programme.modules.map((m) => [m.id, m.title]));
  return sessionWarnings(
    calendar,
    sessions.map((s) => {
      const title = titles.get(s.moduleId);
      return { id: s.id, start: s.start, end: s.end, label: title ? { da: `${title.da} (${s.id})`, en: `${title.en} (${s.id})` } : undefined };
    }),
  );
}
