import { planWindow } from '../domain/schedule/plan-deliveries';
import { formatDateTime } from '../domain/calendar/format-date';
import { proactiveSettingsFrom } from '../config/proactive-settings-from-config';
import type { CliContext } from './cli-context';
import { parseInstant } from './parse-instant';

/**
 * `plan --from <date> --to <date>`: what the bot would send in a window (who, what, when), for a
 * programme owner to review before it happens. Reads only.
 */
export async function planCommand(ctx: CliContext, options: { from: string; to: string; json?: boolean }, out: (line: string) => void): Promise<void> {
  const programme = await ctx.store.getProgramme();
  const from = parseInstant(options.from, programme.timeZone, '--from');
  const to = parseInstant(options.to, programme.timeZone, '--to');
  const [paused, answered] = await Promise.all([ctx.store.pausedParticipants(), ctx.store.answeredPromptKeys()]);
  const known = new Set((await ctx.store.listDeliveries({ kinds: ['reflection'] })).map((d) => d.key));
  const planned = planWindow({ programme, settings: proactiveSettingsFrom(ctx.config), known, paused, answered }, from, to);
  if (options.json) {
    out(JSON.stringify(planned, null, 2));
    return;
  }
  const names = new Map(programme.participants.map((p) => [p.id, p.name]));
  const modules = new Map(programme.modules.map((m) => [m.id, m]));
  const sessions = new Map(programme.sessions.map((s) => [s.id, s]));
  for (const d of planned) {
    const session = d.sessionId ? sessions.get(d.sessionId) : undefined;
    const module = session ? modules.get(session.moduleId) : undefined;
    const when = formatDateTime(d.dueAt, programme.timeZone, 'en', from);
    const what = `${d.kind}${d.offset ? ` ${d.offset}` : ''}`;
    out(`${when.padEnd(34)} ${what.padEnd(14)} ${(names.get(d.participantId) ?? d.participantId).padEnd(28)} ${module ? `module ${module.number}: ${module.title.en}` : ''}`);
  }
  const byKind = planned.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] ?? 0) + 1 }), {});
  out(`${planned.length} deliveries between ${from.toISOString()} and ${to.toISOString()}: ${JSON.stringify(byKind)}`);
}
