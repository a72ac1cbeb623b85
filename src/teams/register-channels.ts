import { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { ConversationRecord } from '../store/store-schema';
import type { BotDeps } from './bot-deps';

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  tenant?: { id?: string };
}

/** A channel's record: the team's reference, pointed at that channel. */
function channelRecord(context: TurnContext, channel: { id: string; name?: string }, at: Date): ConversationRecord {
  const data = (context.activity.channelData ?? {}) as TeamsChannelData;
  const reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity))) as Record<string, unknown>;
  const tenantId = data.tenant?.id ?? context.activity.conversation?.tenantId;
  return {
    id: channel.id,
    scope: 'channel',
    teamId: data.team?.id,
    // Teams gives the General channel no name of its own.
    name: channel.name ?? (data.team?.name ? `${data.team.name} – General` : undefined),
    tenantId,
    reference: { ...reference, conversation: { id: channel.id, isGroup: true, conversationType: 'channel', tenantId } },
    active: true,
    updatedAt: at.toISOString(),
  };
}

/**
 * Learns a team's channels when the bot is installed there (called from the installation
 * handler: teams-ai runs only the first membersAdded route). One bounded attempt, paced by the rate
 * limiter: the install turn does not wait on the SDK's own retries. Channels created later arrive
 * as events of their own.
 */
export async function learnTeamChannels(context: TurnContext, { store, logger, now, connector }: Pick<BotDeps, 'store' | 'logger' | 'now' | 'connector'>): Promise<void> {
  const data = (context.activity.channelData ?? {}) as TeamsChannelData;
  if (!data.team?.id) return;
  const wait = await connector.limiter.reserve(data.team.id, 'read');
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const outcome = await connector.sender.readTeamChannels(TurnContext.getConversationReference(context.activity), data.team.id, { timeoutMs: 2_000 });
  if (!outcome.ok) {
    logger.warn({ status: outcome.status, code: outcome.errorCode }, "could not read the team's channels");
    return;
  }
  for (const channel of outcome.channels) await store.saveConversation(channelRecord(context, channel, now()));
  logger.info({ teamId: data.team.id, channels: outcome.channels.length }, 'team channels learned');
}

/** The programme's Teams channels, for announcements: follows channels being created, renamed and deleted. */
export function registerChannels(app: Application, deps: BotDeps): void {
  const { store, now } = deps;
  const upsert = async (context: TurnContext) => {
    const channel = ((context.activity.channelData ?? {}) as TeamsChannelData).channel;
    if (channel?.id) await store.saveConversation(channelRecord(context, { id: channel.id, name: channel.name }, now()));
  };
  app.conversationUpdate('channelCreated', upsert);
  app.conversationUpdate('channelRenamed', upsert);
  app.conversationUpdate('channelRestored', upsert);
  app.conversationUpdate('channelDeleted', async (context: TurnContext) => {
    const channel = ((context.activity.channelData ?? {}) as TeamsChannelData).channel;
    if (channel?.id) await store.deactivateConversation(channel.id, 'channel-deleted', now());
  });
}
