import { CodedError } from '../domain/errors';
import { inZone } from '../domain/calendar/format-date';
import type { CliContext } from './cli-context';

/**
 * `audit [--limit N]`: the latest entries of the audit log, oldest first, one per line: local time
 * in the programme's zone, who, what, and the details as JSON (so they can be grepped or piped on).
 */
export async function auditCommand(ctx: CliContext, options: { limit?: string }, out: (line: string) => void): Promise<void> {
  const limit = options.limit === undefined ? 100 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new CodedError('CLI_USAGE', `--limit must be a whole number of at least 1, got '${options.limit}'`);
  const [programme, entries] = await Promise.all([ctx.store.getProgramme(), ctx.store.listAudit({ limit })]);
  if (entries.length === 0) return out('The audit log is empty.');
  for (const entry of entries) {
    const at = inZone(entry.at, programme.timeZone).toFormat('yyyy-MM-dd HH:mm');
    out(`${at}  ${entry.actor}  ${entry.action}  ${JSON.stringify(entry.details)}`);
  }
}
