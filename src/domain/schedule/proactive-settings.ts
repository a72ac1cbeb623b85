/**
 * The proactive engine's settings: the defaults, and their parsed form the planner works with.
 * Parsing happens once per planning call, so a bad value fails with a message naming the setting
 * instead of producing "Invalid DateTime" in a card.
 */
import type { Duration } from 'luxon';
import type { ProactiveSettings } from './delivery';
import { CodedError } from '../errors';
import { maxDaysOf, parseCalendarDuration, parseLocalTime, type LocalTime } from '../calendar/local-time';
import { LEVELS, type Level } from '../programme/model';

/**
 * Reminders a week and a day before at 09:00; a reflection prompt the next working day at 14:00,
 * worth sending for a week; one nudge three days later at 14:00; a tick looks two weeks back, so a
 * bot that was down over a weekend still sends what is still meaningful.
 */
export const DEFAULT_PROACTIVE_SETTINGS: ProactiveSettings = Object.freeze({
  reminders: Object.freeze({ offsets: Object.freeze(['P7D', 'P1D']) as string[], sendAt: '09:00' }),
  reflection: Object.freeze({ afterWorkingDays: 1, sendAt: '14:00', expiresAfter: 'P7D' }),
  nudge: Object.freeze({ afterDays: 3, sendAt: '14:00' }),
  lookback: 'P14D',
});

/** How long a nudge stays worth sending after it was due. */
const NUDGE_EXPIRES_AFTER = 'P7D';

/** One reminder offset: as written (it is part of the key) and parsed. */
export interface ReminderOffset {
  text: string;
  duration: Duration;
}

/** The reminder settings that apply to a set of levels (levels with equal settings share one rule). */
export interface ReminderRule {
  levels: readonly Level[];
  offsets: readonly ReminderOffset[];
  sendAt: LocalTime;
}

export interface ResolvedSettings {
  reminderRules: readonly ReminderRule[];
  /** The largest reminder offset of any level, in calendar days (for coarse bounds). */
  maxReminderDays: number;
  reflection: { afterWorkingDays: number; sendAt: LocalTime; expiresAfter: Duration };
  nudge: { afterDays: number; sendAt: LocalTime; expiresAfter: Duration };
  lookback: Duration;
}

function wholeDays(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new CodedError('INVALID_SETTINGS', `${what}: must be a whole number of days, 0 or more, got '${n}'`);
  }
  return n;
}

/**
 * Parses and checks the settings, and works out the reminder rule of each level: a level's
 * `perLevel` offsets replace the default offsets (they are not added to them), and its `sendAt`
 * replaces the default time. Duplicate offsets in one list count once.
 */
export function resolveSettings(settings: ProactiveSettings): ResolvedSettings {
  const { reminders, reflection, nudge } = settings;
  const byConfig = new Map<string, ReminderRule & { levels: Level[] }>();
  let maxReminderDays = 0;
  for (const level of LEVELS) {
    const override = reminders.perLevel?.[String(level) as '1' | '2' | '3'];
    const where = override ? `reminders.perLevel.${level}` : 'reminders';
    const texts = [...new Set(override?.offsets ?? reminders.offsets)];
    const sendAtText = override?.sendAt ?? reminders.sendAt;
    const signature = `${texts.join(',')}@${sendAtText}`;
    const existing = byConfig.get(signature);
    if (existing) {
      existing.levels.push(level);
      continue;
    }
    const offsets = texts.map((text) => ({ text, duration: parseCalendarDuration(text, `${where}.offsets`) }));
    offsets.forEach((o) => (maxReminderDays = Math.max(maxReminderDays, maxDaysOf(o.duration))));
    const sendAt = parseLocalTime(sendAtText, override?.sendAt ? `${where}.sendAt` : 'reminders.sendAt');
    byConfig.set(signature, { levels: [level], offsets, sendAt });
  }
  return {
    reminderRules: [...byConfig.values()],
    maxReminderDays,
    reflection: {
      afterWorkingDays: wholeDays(reflection.afterWorkingDays, 'reflection.afterWorkingDays'),
      sendAt: parseLocalTime(reflection.sendAt, 'reflection.sendAt'),
      expiresAfter: parseCalendarDuration(reflection.expiresAfter, 'reflection.expiresAfter'),
    },
    nudge: {
      afterDays: wholeDays(nudge.afterDays, 'nudge.afterDays'),
      sendAt: parseLocalTime(nudge.sendAt, 'nudge.sendAt'),
      expiresAfter: parseCalendarDuration(NUDGE_EXPIRES_AFTER, 'nudge expiry'),
    },
    lookback: parseCalendarDuration(settings.lookback, 'lookback'),
  };
}
