import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationRecord } from '../store/store-schema';

/** Teams' conversationType on the activity, as our scope word. */
export function scopeOf(activity: Partial<Activity>): ConversationRecord['scope'] {
  const type = activity.conversation?.conversationType;
  return type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
}

/** The record kept for proactive messages to this conversation. */
export function conversationRecordFrom(activity: Partial<Activity>, at: Date, participantId?: string): ConversationRecord {
  const scope = scopeOf(activity);
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; tenant?: { id?: string } };
  const reference = TurnContext.getConversationReference(activity);
  return {
    id: activity.conversation!.id,
    scope,
    participantId: scope === 'personal' ? participantId : undefined,
    userId: scope === 'personal' ? activity.from?.id : undefined,
    aadObjectId: scope === 'personal' ? activity.from?.aadObjectId : undefined,
    teamId: channelData.team?.id,
    tenantId: channelData.tenant?.id ?? activity.conversation?.tenantId,
    // A plain JSON copy: the reference is stored, not the live activity objects.
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    active: true,
    updatedAt: at.toISOString(),
  };
}
