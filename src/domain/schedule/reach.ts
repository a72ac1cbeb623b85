/**
 * Reach: who the bot can write to now. Pure: the store's chats, rosters and installed teams are
 * passed in.
 */
import type { Participant } from '../programme/model';

/**
 * `chat`: an active 1:1 chat. `roster`: no chat yet, but in the roster of a team where the app is
 * installed, so the chat is opened with the first card. `closed`: the chat is closed to the bot
 * (blocked, app removed). `unreachable`: no chat and in no known roster: the app must be installed
 * for them (or they open it themselves), until then their cards wait.
 */
export type ReachState = 'chat' | 'roster' | 'closed' | 'unreachable';

export interface ReachEntry {
  participantId: string;
  name: string;
  email: string;
  aadObjectId?: string;
  state: ReachState;
  /** Why the chat is closed (e.g. ConversationBlockedByUser). */
  reason?: string;
}

export interface ReachFacts {
  participants: readonly Participant[];
  chats: readonly { participantId?: string; active: boolean; inactiveReason?: string; updatedAt: string }[];
  rosterMembers: readonly { participantId: string; teamId: string }[];
  installedTeamIds: ReadonlySet<string>;
}

/** The reach of every active participant. */
export function reachOf({ participants, chats, rosterMembers, installedTeamIds }: ReachFacts): ReachEntry[] {
  const latestChat = new Map<string, ReachFacts['chats'][number]>();
  for (const c of chats) {
    if (!c.participantId) continue;
    const seen = latestChat.get(c.participantId);
    if (!seen || seen.updatedAt < c.updatedAt) latestChat.set(c.participantId, c);
  }
  const inRoster = new Set(rosterMembers.filter((m) => installedTeamIds.has(m.teamId)).map((m) => m.participantId));
  return participants
    .filter((p) => p.active)
    .map((p) => {
      const chat = latestChat.get(p.id);
      const base = { participantId: p.id, name: p.name, email: p.email, aadObjectId: p.aadObjectId };
      if (chat?.active) return { ...base, state: 'chat' as const };
      if (chat) return { ...base, state: 'closed' as const, reason: chat.inactiveReason };
      return { ...base, state: inRoster.has(p.id) ? ('roster' as const) : ('unreachable' as const) };
    });
}
