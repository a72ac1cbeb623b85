import type { Config } from './config-schema';
import { createWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';

/** The working calendar for a time zone (the programme's), built from the configuration. */
export type WorkingCalendars = (zone: string) => WorkingCalendar;

/**
 * One working calendar per time zone, built from `config.calendar` on first use and kept: a
 * calendar remembers the days it has answered for, and the planner asks about the same days every
 * minute. The zone is the programme's, which an import may change, so it is not fixed here.
 */
export function workingCalendarsFrom(config: Config): WorkingCalendars {
  const byZone = new Map<string, WorkingCalendar>();
  return (zone) => {
    let calendar = byZone.get(zone);
    if (!calendar) {
      calendar = createWorkingCalendar(config.calendar, zone);
      byZone.set(zone, calendar);
    }
    return calendar;
  };
}
