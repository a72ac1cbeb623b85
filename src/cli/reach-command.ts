import { reachOfParticipants } from '../features/reach-report';
import { installedTeams } from '../delivery/sync-rosters';
import { formatDateTime } from '../domain/calendar/format-date';
import type { ReachState } from '../domain/schedule/reach';
import type { CliContext } from './cli-context';

const LABELS: Record<ReachState, string> = {
  chat: 'chat open',
  roster: 'in a team roster (chat opened with the first card)',
  closed: 'chat closed to the bot',
  unreachable: 'cannot be reached',
};

/**
 * `reach [--json]`: who the bot can write to now, and who it cannot (with what to do about it),
 * the teams whose rosters it reads, and the deliveries waiting for a leader to become reachable.
 * Reads only, so it works while the bot runs.
 */
export async function reachCommand(ctx: CliContext, options: { json?: boolean }, out: (line: string) => void): Promise<void> {
  const [programme, reach, teams, syncs, waiting, installs] = await Promise.all([
    ctx.store.getProgramme(),
    reachOfParticipants(ctx.store),
    installedTeams(ctx.store),
    ctx.store.listRosterSyncs(),
    ctx.store.listDeliveries({ statuses: ['waiting'] }),
    ctx.store.listAppInstallations(),
  ]);
  const counts = { chat: 0, roster: 0, closed: 0, unreachable: 0 } satisfies Record<ReachState, number>;
  for (const r of reach) counts[r.state]++;
  const teamRows = teams.map(({ teamId, conversation }) => ({ teamId, name: conversation.name, ...syncs.find((s) => s.teamId === teamId) }));
  if (options.json) {
    out(JSON.stringify({ counts, leaders: reach, teams: teamRows, waitingDeliveries: waiting.length, appInstallations: installs }, null, 2));
    return;
  }
  const when = (iso?: string) => (iso ? formatDateTime(iso, programme.timeZone, 'en', new Date()) : 'never');
  out(`Reach of ${reach.length} active leaders:`);
  for (const state of Object.keys(LABELS) as ReachState[]) out(`  ${String(counts[state]).padStart(6)}  ${LABELS[state]}`);
  out(`Teams with the app (${teams.length}):`);
  for (const t of teamRows) {
    const failed = t.lastError ? `; last read failed (${t.lastError}) ${when(t.lastErrorAt)}` : '';
    out(`  ${t.name ?? t.teamId}: roster read ${when(t.syncedAt)}, ${t.members ?? 0} members, ${t.matched ?? 0} of them leaders${failed}`);
  }
  const waitingFor = new Set(waiting.map((w) => w.participantId));
  out(`Deliveries waiting for a leader to become reachable: ${waiting.length} (${waitingFor.size} leaders)`);
  const installOf = new Map(installs.map((i) => [i.participantId, i]));
  const unreachable = reach.filter((r) => r.state === 'unreachable');
  if (unreachable.length) {
    out(
      ctx.config.graph.installAppForUsers
        ? 'Cannot be reached yet: in no team where the app is installed, and no chat. The bot installs the app for them through Microsoft Graph:'
        : 'Cannot be reached: in no team where the app is installed, and never opened the bot. Add them to the programme team, install the app for them (graph.installAppForUsers), or ask them to open it:',
    );
    for (const r of unreachable) {
      const install = installOf.get(r.participantId);
      const note = install ? `app ${install.status}${install.reason ? ` (${install.reason})` : ''} ${when(install.at)}` : '';
      out(`  ${r.name.padEnd(30)} ${r.email.padEnd(36)} ${note}`.trimEnd());
    }
  }
  const closed = reach.filter((r) => r.state === 'closed');
  if (closed.length) {
    out('Chat closed to the bot (blocked or removed; reopens when they write to it again):');
    for (const r of closed) out(`  ${r.name.padEnd(30)} ${r.email.padEnd(36)} ${r.reason ?? ''}`);
  }
}
