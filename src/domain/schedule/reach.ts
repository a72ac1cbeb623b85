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

/** Why a leader cannot be reached now, in the words HR needs to act on it. */
export type UnreachableReason = 'never-opened' | 'blocked' | 'removed-app' | 'disabled-by-admin' | 'chat-gone';

/** The order reasons are listed in: the most common, and the one HR can most easily fix, first. */
export const UNREACHABLE_REASONS: readonly UnreachableReason[] = ['never-opened', 'blocked', 'removed-app', 'disabled-by-admin', 'chat-gone'];

/** The reason for one leader who cannot be reached now, from their reach state and the code Teams gave when the chat closed. */
export function unreachableReason(entry: ReachEntry): UnreachableReason | undefined {
  if (entry.state === 'chat' || entry.state === 'roster') return undefined;
  if (entry.state === 'unreachable') return 'never-opened';
  if (entry.reason === 'ConversationBlockedByUser') return 'blocked';
  if (entry.reason === 'uninstalled') return 'removed-app';
  if (entry.reason === 'BotDisabledByAdmin') return 'disabled-by-admin';
  // ConversationNotFound, BotNotInConversationRoster, ForbiddenOperationException, or no code.
  return 'chat-gone';
}

/** Who of an audience the bot can write to now, and who it cannot and why. */
export interface AudienceReach {
  total: number;
  reachable: number;
  unreachable: (ReachEntry & { why: UnreachableReason })[];
  /** Per reason, in UNREACHABLE_REASONS order, only reasons that occur. */
  byReason: { reason: UnreachableReason; count: number }[];
}

/**
 * The reach of the active participants among `participantIds` (an announcement's or a session's
 * audience), from every active participant's reach. Those in a team roster count as reachable:
 * the bot opens their chat with the first card.
 */
export function audienceReach(entries: readonly ReachEntry[], participantIds: readonly string[]): AudienceReach {
  const wanted = new Set(participantIds);
  const inAudience = entries.filter((e) => wanted.has(e.participantId));
  const unreachable = inAudience
    .map((e) => ({ ...e, why: unreachableReason(e) }))
    .filter((e): e is ReachEntry & { why: UnreachableReason } => e.why !== undefined)
    .sort((a, b) => UNREACHABLE_REASONS.indexOf(a.why) - UNREACHABLE_REASONS.indexOf(b.why) || a.name.localeCompare(b.name, 'da'));
  const byReason = UNREACHABLE_REASONS.map((reason) => ({ reason, count: unreachable.filter((e) => e.why === reason).length })).filter((r) => r.count > 0);
  return { total: inAudience.length, reachable: inAudience.length - unreachable.length, unreachable, byReason };
}
