/**
 * The working calendar's check of an imported programme: which of its sessions still to come fall
 * on a day off, a weekend or in a closed period. HR is warned; the import goes through, unless
 * the calendar is strict (`calendar.strict`), when it is refused with a message saying why and
 * what to do. Sessions already over are history and not checked.
 */
import { programmeWarnings } from '../calendar/programme-warnings';
import type { SessionWarning } from '../calendar/session-warnings';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { t } from '../language/texts';
import type { Language, Programme } from '../programme/model';

export interface ImportCalendarCheck {
  warnings: SessionWarning[];
  /** How many sessions have a warning (a two-day session on two days off counts once). */
  sessions: number;
  /** True when the calendar is strict and there are warnings: nothing may be saved. */
  refused: boolean;
}

/** Checks the sessions of `programme` that end after `now` against `calendar`. */
export function checkImportCalendar(calendar: WorkingCalendar, programme: Programme, now: Date): ImportCalendarCheck {
  const coming = programme.sessions.filter((s) => Date.parse(s.end) > now.getTime());
  const warnings = programmeWarnings(calendar, programme, coming);
  const sessions = new Set(warnings.map((w) => w.sessionId)).size;
  return { warnings, sessions, refused: calendar.settings.strict && sessions > 0 };
}

/** Why a strict import was refused, or (dry run) will be: in the reader's language. */
export function importRefusal(check: ImportCalendarCheck, fileName: string, language: Language, dryRun = false): string {
  return t(language, dryRun ? 'calendar.import.wouldRefuse' : 'calendar.import.refused', { file: fileName, count: check.sessions });
}
