import type { ConversationReference } from 'botbuilder';
import type { Participant } from '../domain/programme/model';
import type { Store } from '../store/store';
import type { ConversationRecord } from '../store/store-schema';
import type { PersonalConversationTarget } from './connector-sender';

/** How to open the 1:1 chat with a leader who never wrote to the bot. */
export interface OpenChat {
  participantId: string;
  /** The team whose roster has the leader (Teams allows the chat because the app is installed there). */
  teamId: string;
  aadObjectId?: string;
  target: PersonalConversationTarget;
}

/**
 * Plans the 1:1 chat with a leader who never wrote to the bot, from the synced rosters: a team
 * where the app is installed (its conversation is active) and whose roster has the leader gives
 * their opaque Teams user id, the tenant and the Bot Connector endpoint. Undefined when the leader
 * is in no known roster. No request is made here: the worker creates the chat under the rate
 * limiter and the retry policy.
 */
export async function planPersonalChat(participant: Participant, store: Store): Promise<OpenChat | undefined> {
  const memberships = await store.listRosterMembers({ participantId: participant.id });
  if (memberships.length === 0) return undefined;
  const teams = (await store.listConversations({ scope: 'channel', active: true })).filter((c) => c.teamId);
  for (const membership of memberships) {
    // The team's own conversation (its id is the team id) carries the reference; any channel will do.
    const team = teams.find((c) => c.id === membership.teamId) ?? teams.find((c) => c.teamId === membership.teamId);
    const reference = team?.reference as { serviceUrl?: string; bot?: { id?: string } } | undefined;
    if (!team?.tenantId || !reference?.serviceUrl) continue;
    return {
      participantId: participant.id,
      teamId: membership.teamId,
      aadObjectId: membership.aadObjectId ?? participant.aadObjectId,
      target: { serviceUrl: reference.serviceUrl, tenantId: team.tenantId, userId: membership.userId, botId: reference.bot?.id ?? '' },
    };
  }
  return undefined;
}

/** The conversation record of a personal chat Teams created (for a planned chat, or for a leader who asked in a group). */
export function personalConversationRecord(open: Pick<OpenChat, 'aadObjectId' | 'target'> & { participantId?: string }, conversationId: string, reference: Partial<ConversationReference>, now: Date): ConversationRecord {
  return {
    id: conversationId,
    scope: 'personal',
    participantId: open.participantId,
    userId: open.target.userId,
    aadObjectId: open.aadObjectId,
    tenantId: open.target.tenantId,
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    active: true,
    updatedAt: now.toISOString(),
  };
}
