import { DateTime } from 'luxon';
import { CodedError } from '../domain/errors';

/** A date ("2027-03-01", local midnight in the zone) or an ISO instant from the command line. */
export function parseInstant(value: string, zone: string, option: string): Date {
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) throw new CodedError('CLI_USAGE', `${option}: '${value}' is not an ISO date or date-time (e.g. 2027-03-01 or 2027-03-01T09:00:00+01:00)`);
  return parsed.toJSDate();
}
