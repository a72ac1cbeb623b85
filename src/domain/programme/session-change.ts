/**
 * Moving a session (new time or place): a pure change of the programme that says what changed,
 * so everyone affected can be told old and new side by side, and warns HR when the session then
 * falls on a day off, a weekend or in a closed period (the change is made all the same: HR chose
 * the date, and may mean it).
 */
import { z } from 'zod';
import { CodedError } from '../errors';
import { programmeWarnings } from '../calendar/programme-warnings';
import type { SessionWarning } from '../calendar/session-warnings';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { programmeSchema, type Place, type Programme, type Session } from './model';

export const sessionChangeSchema = z
  .object({
    start: z.string().datetime({ offset: true }).optional(),
    end: z.string().datetime({ offset: true }).optional(),
    place: z.object({ name: z.string().min(1).max(200), address: z.string().max(300).optional(), room: z.string().max(100).optional() }).optional(),
  })
  .strict()
  .refine((c) => c.start || c.end || c.place, { message: 'nothing to change: give a new start, end or place' });
export type SessionChange = z.infer<typeof sessionChangeSchema>;

export interface SessionChangeResult {
  next: Programme;
  before: Pick<Session, 'start' | 'end' | 'place'>;
  after: Pick<Session, 'start' | 'end' | 'place'>;
  timeChanged: boolean;
  placeChanged: boolean;
  /** The session as changed, on the working calendar: empty when it is on working days. */
  warnings: SessionWarning[];
}

/**
 * Applies a change to one session. A new start keeps the session's length unless a new end is
 * given. `calendar` (in the programme's zone) gives the warnings.
 */
export function applySessionChange(programme: Programme, sessionId: string, change: SessionChange, calendar: WorkingCalendar): SessionChangeResult {
  const session = programme.sessions.find((s) => s.id === sessionId);
  if (!session) throw new CodedError('SESSION_NOT_FOUND', `There is no session '${sessionId}'.`);
  const length = Date.parse(session.end) - Date.parse(session.start);
  const start = change.start ?? session.start;
  const end = change.end ?? (change.start ? shiftKeepingOffset(change.start, length) : session.end);
  // A new place keeps the online link; its map link belonged to the old place.
  const place: Place = change.place ? { ...change.place, onlineUrl: session.place.onlineUrl } : session.place;
  if (Date.parse(end) <= Date.parse(start)) throw new CodedError('SESSION_CHANGE_INVALID', 'The new end must be after the new start.');
  const updated: Session = { ...session, start, end, place };
  const next = programmeSchema.parse({ ...programme, sessions: programme.sessions.map((s) => (s.id === sessionId ? updated : s)) });
  return {
    next,
    before: { start: session.start, end: session.end, place: session.place },
    after: { start, end, place },
    timeChanged: Date.parse(start) !== Date.parse(session.start) || Date.parse(end) !== Date.parse(session.end),
    placeChanged: JSON.stringify(place) !== JSON.stringify(session.place),
    warnings: programmeWarnings(calendar, next, [updated]),
  };
}

/** start + ms, written with the same offset as start (a session does not cross a DST change in a day). */
function shiftKeepingOffset(start: string, ms: number): string {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(start)?.[1] ?? 'Z';
  const shifted = new Date(Date.parse(start) + ms);
  if (offset === 'Z') return shifted.toISOString();
  const sign = offset[0] === '-' ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const local = new Date(shifted.getTime() + sign * (h * 60 + m) * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}
