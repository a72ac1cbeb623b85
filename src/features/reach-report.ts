import { reachOf, type ReachEntry } from '../domain/schedule/reach';
import type { Store } from '../store/store';
import { installedTeams } from '../delivery/sync-rosters';

/** Reads what reach is computed from and computes it (see domain/reach.ts). */
export async function reachOfParticipants(store: Store): Promise<ReachEntry[]> {
  const [programme, chats, rosterMembers, teams] = await Promise.all([
    store.getProgramme(),
    store.listConversations({ scope: 'personal' }),
    store.listRosterMembers(),
    installedTeams(store),
  ]);
  return reachOf({ participants: programme.participants, chats, rosterMembers, installedTeamIds: new Set(teams.map((t) => t.teamId)) });
}
