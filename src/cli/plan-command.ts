import { formatDateTime } from '../domain/calendar/format-date';
import type { PlannedDelivery } from '../domain/schedule/delivery';
import { proactiveSettingsFrom } from '../config/proactive-settings-from-config';
import { workingCalendarsFrom } from '../config/working-calendars';
import { previewPlan } from '../features/preview-plan';
import type { CliContext } from './cli-context';
import { parseInstant } from './parse-instant';

/**
 * `plan --from <date> --to <date> [--json]`: what the bot would send in a window (who, what, when),
 * for a programme owner to review before it happens: what the working calendar moved and why,
 * the reminders it dropped, the counts, and warnings about sessions on days off. Reads only.
 */
export async function planCommand(ctx: CliContext, options: { from: string; to: string; json?: boolean }, out: (line: string) => void): Promise<void> {
  const zone = (await ctx.store.getProgramme()).timeZone;
  const from = parseInstant(options.from, zone, '--from');
  const to = parseInstant(options.to, zone, '--to');
  const preview = await previewPlan(ctx.store, proactiveSettingsFrom(ctx.config), workingCalendarsFrom(ctx.config), from, to);
  const { programme, deliveries, summary, warnings } = preview;
  if (options.json) {
    out(JSON.stringify({ from: from.toISOString(), to: to.toISOString(), summary, warnings, deliveries }, null, 2));
    return;
  }
  const language = ctx.config.defaultLocale;
  for (const w of warnings) out(`warning: ${w.message[language]}`);
  const names = new Map(programme.participants.map((p) => [p.id, p.name]));
  const modules = new Map(programme.modules.map((m) => [m.id, m]));
  const sessions = new Map(programme.sessions.map((s) => [s.id, s]));
  const when = (iso: string) => formatDateTime(iso, programme.timeZone, 'en', from);
  for (const d of deliveries) {
    const session = d.sessionId ? sessions.get(d.sessionId) : undefined;
    const module = session ? modules.get(session.moduleId) : undefined;
    const what = `${d.kind}${d.offset ? ` ${d.offset}` : ''}`;
    const line = `${when(d.dueAt).padEnd(34)} ${what.padEnd(14)} ${(names.get(d.participantId) ?? d.participantId).padEnd(28)} ${module ? `module ${module.number}: ${module.title.en}` : ''}`;
    out(`${line}${placementNote(d, when)}`);
  }
  const counts =
    `working calendar: ${summary.onTime} on time, ${summary.movedLater} moved later, ${summary.movedEarlier} moved earlier, ` +
    `${summary.dropped} reminders dropped, ${summary.outsideWorkingTime} outside working time`;
  out(`${summary.deliveries} deliveries between ${from.toISOString()} and ${to.toISOString()}: ${JSON.stringify(summary.byKind)}; ${counts}`);
}

/** "  [moved later from Friday 25 December at 14:00: public-holiday]", or "" when on time. */
function placementNote(d: PlannedDelivery, when: (iso: string) => string): string {
  const p = d.placement;
  if (!p) return '';
  const why = p.reason ? `: ${p.reason}` : '';
  if (p.outcome === 'dropped') return `  [DROPPED, not sent: ${p.drop ?? 'no working time'}${p.reason ? `, ${p.reason}` : ''}]`;
  return `  [${p.outcome.replace('-', ' ')} from ${when(p.originalDueAt)}${why}]`;
}
