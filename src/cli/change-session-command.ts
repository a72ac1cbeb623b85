import os from 'node:os';
import { DateTime } from 'luxon';
import { changeSession, previewSessionChange } from '../features/change-session';
import { CodedError } from '../domain/errors';
import { formatSessionTime } from '../domain/calendar/format-date';
import { describeSessionAudience, sessionChoiceTitles } from '../domain/language/session-choice-title';
import { sessionChangeSchema } from '../domain/programme/session-change';
import { counted, t } from '../domain/language/texts';
import { workingCalendarsFrom } from '../config/working-calendars';
import type { CliContext } from './cli-context';

export interface ChangeSessionOptions {
  start?: string;
  end?: string;
  place?: string;
  room?: string;
  address?: string;
  dryRun?: boolean;
  /** Save and notify without being asked (for scripts); otherwise a terminal is asked, and anything else refused. */
  yes?: boolean;
  actor?: string;
}

export interface ChangeSessionIo {
  out: (line: string) => void;
  /** Asks a yes/no question on a terminal; absent when there is no terminal to ask (cron, a pipe). */
  confirm?: (question: string) => Promise<boolean>;
}

/**
 * `change-session <sessionId> [--start …] [--end …] [--place … --room … --address …] [--dry-run] [--yes]`:
 * shows what would change, who would be told and who of them the bot can reach now (as the
 * preview in Teams does), then saves only after confirmation: a yes on the terminal, or --yes.
 * With --dry-run it only shows. Everyone affected gets a "changed" card at the next dispatch.
 */
export async function changeSessionCommand(ctx: CliContext, sessionId: string, options: ChangeSessionOptions, io: ChangeSessionIo): Promise<void> {
  const { out } = io;
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
  const calendars = workingCalendarsFrom(ctx.config);
  const preview = await previewSessionChange(ctx.store, sessionId, parsed.data, calendars);
  const session = programme.sessions.find((s) => s.id === sessionId)!;
  const when = (s: typeof preview.before) => `${formatSessionTime(s.start, s.end, programme.timeZone, 'en')}, ${[s.place.name, s.place.room].filter(Boolean).join(', ')}`;
  const told = preview.affected.length;
  out(`${options.dryRun ? '[dry run] ' : ''}Session ${sessionId}: ${sessionChoiceTitles(programme, [session], 'en', new Date())[0]}`);
  out(`  now:       ${when(preview.before)}`);
  out(`  becomes:   ${when(preview.after)}`);
  out(`  told:      ${counted('en', 'participants', told)} (${describeSessionAudience(programme, session, 'en')})`);
  out(`  reach now: ${preview.reach.reachable} of ${preview.reach.total}; cannot be reached now: ${preview.reach.unreachable.length}`);
  for (const r of preview.reach.byReason) out(`    ${String(r.count).padStart(5)} ${t('en', `reach.reason.${r.reason}`)}`);
  for (const e of preview.reach.unreachable) out(`    ${e.name.padEnd(30)} ${e.email.padEnd(36)} ${t('en', `reach.reason.${e.why}`)}`);
  for (const warning of preview.warnings) out(`  warning:   ${warning.message[ctx.config.defaultLocale]}`);
  if (preview.timeChanged) out(`  ${t('en', 'change.preview.replan')}`);
  if (!preview.timeChanged && !preview.placeChanged) throw new CodedError('CLI_USAGE', 'Nothing would change: give a new --start, --end or --place.');
  if (options.dryRun) return out('Nothing was saved (dry run).');

  if (!options.yes) {
    if (!io.confirm) {
      throw new CodedError('CONFIRMATION_NEEDED', `Nothing was saved. Add --yes to save and tell ${told} participants, or --dry-run to only look.`);
    }
    if (!(await io.confirm(`Save and tell ${told} participants? [y/N] `))) return out('Nothing was saved.');
  }
  const actor = options.actor ?? `cli:${os.userInfo().username}`;
  // Saved only if the session is still as shown above.
  const report = await changeSession(ctx.store, sessionId, parsed.data, actor, new Date(), { expectedBefore: preview.before, calendars });
  out(`Saved. ${report.notified} participants will be told at the next dispatch; ${report.replanned} pending reminders/prompts re-planned for the new time.`);
}
