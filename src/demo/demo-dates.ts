/**
 * Picking the demo programme's days on the working calendar, so the demo could be a real
 * municipality's: no session on a weekend, a public holiday, one of the employer's days off (half
 * days included: a day session runs into the afternoon) or in a closed period. As a planner would,
 * it also keeps clear of the usual school holidays (vinterferie, sommerferie, efterårsferie,
 * juleferie) when the dates allow; those are a preference, the days off are a rule.
 */
import { CodedError } from '../domain/errors';
import { createWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';
import { dateKey, plusDays } from '../domain/calendar/calendar-dates';
import type { LocalDate } from '../domain/calendar/local-time';

/** The weeks a leadership programme would not plan sessions in: leaders and their staff are on holiday. */
const SCHOOL_HOLIDAYS = [
  { weeks: '7', name: { da: 'Vinterferie', en: 'Winter holiday' } },
  { weeks: '27-31', name: { da: 'Sommerferie', en: 'Summer holiday' } },
  { weeks: '42', name: { da: 'Efterårsferie', en: 'Autumn holiday' } },
  { from: '12-21', to: '01-03', name: { da: 'Juleferie', en: 'Christmas holiday' } },
];

/**
 * How far from its target day a session may be moved, at most, in either direction: enough to
 * get both days of an elective past five weeks of summer holiday.
 */
const MAX_SHIFT_DAYS = 42;

export interface DayBounds {
  earliest?: LocalDate;
  latest?: LocalDate;
  /** Days already taken ("2027-03-04"), e.g. by a gathering everyone attends. */
  avoid?: ReadonlySet<string>;
}

/** Which days will do: the preferred ones (outside school holidays) or any whole working day. */
export type DayRule = (date: LocalDate) => boolean;

export interface DayPicker {
  /** A whole working day outside the school holidays. */
  preferred: DayRule;
  /** A whole working day (a half day will not do: a day session runs into its afternoon). */
  allowed: DayRule;
  /** The days within `bounds` and at most six weeks from `target`, nearest first (later before earlier). */
  near(target: LocalDate, bounds?: DayBounds): LocalDate[];
  /** The nearest preferred day, else the nearest allowed one; throws DEMO_NO_WORKING_DAY when there is none. */
  pick(target: LocalDate, bounds?: DayBounds): LocalDate;
}

/** A day picker on `calendar` (the bot's configured calendar, or the default Danish municipal one). */
export function createDayPicker(calendar: WorkingCalendar): DayPicker {
  const holidays = createWorkingCalendar({ ...calendar.settings, closedPeriods: [...calendar.settings.closedPeriods, ...SCHOOL_HOLIDAYS] }, calendar.zone);
  const preferred: DayRule = (date) => holidays.dayOffOn(date) === undefined;
  const allowed: DayRule = (date) => calendar.dayOffOn(date) === undefined;
  const near = (target: LocalDate, { earliest, latest, avoid }: DayBounds = {}) => {
    const days: LocalDate[] = [];
    for (let shift = 0; shift <= MAX_SHIFT_DAYS; shift++) {
      for (const day of shift === 0 ? [target] : [plusDays(target, shift), plusDays(target, -shift)]) {
        const key = dateKey(day);
        if ((earliest && key < dateKey(earliest)) || (latest && key > dateKey(latest)) || avoid?.has(key)) continue;
        days.push(day);
      }
    }
    return days;
  };
  return {
    preferred,
    allowed,
    near,
    pick(target, bounds) {
      const days = near(target, bounds);
      const found = days.find(preferred) ?? days.find(allowed);
      if (!found) throw noDay(target);
      return found;
    },
  };
}

/** Why the demo could not be dated: the calendar leaves no working day near `target`. */
function noDay(target: LocalDate): CodedError {
  return new CodedError('DEMO_NO_WORKING_DAY', `The demo programme found no working day near ${dateKey(target)}: check calendar.closedPeriods.`);
}

/** The later of two dates (either may be missing). */
export function later(a: LocalDate | undefined, b: LocalDate | undefined): LocalDate | undefined {
  if (!a || !b) return a ?? b;
  return dateKey(a) >= dateKey(b) ? a : b;
}

export interface CycleDays {
  gathering: LocalDate;
  lead: LocalDate;
  runsA: LocalDate;
  runsB: LocalDate;
}

/**
 * One cycle's days, as a planner would choose them: the gathering near Thursday of `week`, the
 * module for levels 1+2 one to five weeks after it (aimed at Tuesday of week+3), the level-3 runs
 * on two later days within eight weeks (aimed at Tuesday and Thursday of week+5). The whole cycle
 * is kept out of the school holidays when some gathering day allows it; otherwise on working days.
 * The gathering's bounds are tried in the order given: a later set is the fallback when a closed
 * period leaves no working day within an earlier one.
 */
export function cycleDays(picker: DayPicker, aimAt: (week: number, weekday: number) => LocalDate, week: number, gatheringBounds: DayBounds[]): CycleDays {
  const first = (rule: DayRule, target: LocalDate, within: DayBounds) => picker.near(target, within).find(rule);
  for (const bounds of gatheringBounds) {
    for (const rule of [picker.preferred, picker.allowed]) {
      for (const gathering of picker.near(aimAt(week, 4), bounds).filter(rule)) {
        const lead = first(rule, aimAt(week + 3, 2), { earliest: plusDays(gathering, 7), latest: plusDays(gathering, 35) });
        const runsA = lead && first(rule, aimAt(week + 5, 2), { earliest: plusDays(lead, 1), latest: plusDays(gathering, 49) });
        const runsB = runsA && first(rule, aimAt(week + 5, 4), { earliest: plusDays(runsA, 1), latest: plusDays(gathering, 56) });
        if (lead && runsA && runsB) return { gathering, lead, runsA, runsB };
      }
    }
  }
  throw noDay(aimAt(week, 4));
}
