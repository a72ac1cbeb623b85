import type { Participant } from '../domain/model';
import type { Store } from '../store/store';
import type { ConversationRecord } from '../store/store-schema';
import type { ConnectorSender } from './connector-sender';

/**
 * Opens the 1:1 chat with a leader who never wrote to the bot but is a member of a team where it
 * is installed: find them in that team's roster (by Entra object id, else e-mail/UPN), create the
 * personal conversation with the tenant id Teams requires, and store it for later deliveries.
 */
export async function openPersonalConversation(
  participant: Participant,
  { store, sender, now }: { store: Store; sender: ConnectorSender; now: Date },
): Promise<ConversationRecord | undefined> {
  const teams = (await store.listConversations({ scope: 'channel', active: true })).filter((c) => c.teamId);
  const seen = new Set<string>();
  for (const team of teams) {
    if (seen.has(team.teamId!)) continue;
    seen.add(team.teamId!);
    const reference = team.reference as { serviceUrl?: string; bot?: { id?: string } };
    const member = await sender.findMember(team.reference, participant.aadObjectId ?? participant.email);
    if (!member || !reference.serviceUrl || !team.tenantId) continue;
    const created = await sender.createPersonalConversation({
      serviceUrl: reference.serviceUrl,
      tenantId: team.tenantId,
      userId: member.id,
      botId: reference.bot?.id ?? '',
    });
    if (!created.ok) continue;
    const record: ConversationRecord = {
      id: created.conversationId,
      scope: 'personal',
      participantId: participant.id,
      userId: member.id,
      aadObjectId: member.aadObjectId ?? participant.aadObjectId,
      tenantId: team.tenantId,
      reference: JSON.parse(JSON.stringify(created.reference)) as Record<string, unknown>,
      active: true,
      updatedAt: now.toISOString(),
    };
    await store.saveConversation(record);
    return record;
  }
  return undefined;
}
