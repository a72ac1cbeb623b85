/**
 * The working calendar's environment variables. Only the single values: the lists (custom days
 * off, closed periods) are structured data that belongs in the config file.
 */
export const CALENDAR_ENV_KEYS = {
  CALENDAR_COUNTRY: 'country',
  CALENDAR_EMPLOYER_DAYS_OFF: 'employerDaysOff',
  CALENDAR_WORKING_WINDOW: 'workingWindow',
  CALENDAR_STRICT: 'strict',
} as const;

/** The `calendar` values set in `env`, or undefined when none is (unset or empty variables are ignored). */
export function calendarFromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(CALENDAR_ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    // Anything but true/false stays a string, so validation names CALENDAR_STRICT's bad value instead of guessing.
    out[key] = key === 'strict' && (value === 'true' || value === 'false') ? value === 'true' : value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
