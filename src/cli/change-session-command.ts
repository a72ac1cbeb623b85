import os from 'node:os';
import { DateTime } from 'luxon';
import { changeSession } from '../features/change-session';
import { CodedError } from '../domain/errors';
import { formatSessionTime } from '../domain/calendar/format-date';
import { sessionChangeSchema } from '../domain/programme/session-change';
import type { CliContext } from './cli-context';

export interface ChangeSessionOptions {
  start?: string;
  end?: string;
  place?: string;
  room?: string;
  address?: string;
  dryRun?: boolean;
  actor?: string;
}

/**
 * `change-session <sessionId> [--start …] [--end …] [--place … --room … --address …] [--dry-run]`:
 * moves a session; everyone affected gets a "changed" card at the next dispatch.
 */
export async function changeSessionCommand(ctx: CliContext, sessionId: string, options: ChangeSessionOptions, out: (line: string) => void): Promise<void> {
  const programme = await ctx.store.getProgramme();
  const local = (value: string | undefined, option: string) => {
    if (!value) return undefined;
    const parsed = DateTime.fromISO(value, { zone: programme.timeZone });
    if (!parsed.isValid) throw new CodedError('CLI_USAGE', `${option}: '${value}' is not an ISO date-time, e.g. 2027-03-04T09:00`);
    return parsed.toISO({ suppressMilliseconds: true })!;
  };
  const parsed = sessionChangeSchema.safeParse({
    start: local(options.start, '--start'),
    end: local(options.end, '--end'),
    place: options.place ? { name: options.place, room: options.room, address: options.address } : undefined,
  });
  if (!parsed.success) throw new CodedError('CLI_USAGE', parsed.error.issues.map((i) => i.message).join('; '));
  const actor = options.actor ?? `cli:${os.userInfo().username}`;
  const report = await changeSession(ctx.store, sessionId, parsed.data, actor, new Date(), { dryRun: options.dryRun });
  const when = (s: typeof report.before) => `${formatSessionTime(s.start, s.end, programme.timeZone, 'en')}, ${s.place.name}`;
  out(`${options.dryRun ? '[dry run] ' : ''}Session ${sessionId}`);
  out(`  before: ${when(report.before)}`);
  out(`  after:  ${when(report.after)}`);
  out(`  ${report.notified} participants ${options.dryRun ? 'would be' : 'will be'} told; ${report.replanned} pending reminders/prompts re-planned for the new time`);
}
