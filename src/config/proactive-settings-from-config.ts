import type { Config } from './config-schema';
import type { ProactiveSettings } from '../domain/schedule/delivery';

/** The planner's settings, taken from the validated configuration. */
export function proactiveSettingsFrom(config: Config): ProactiveSettings {
  return {
    reminders: { offsets: [...config.reminders.offsets], sendAt: config.reminders.sendAt, perLevel: config.reminders.perLevel },
    reflection: { ...config.reflection },
    nudge: { ...config.nudge },
    lookback: config.dispatch.lookback,
  };
}
