import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Participant } from '../domain/model';
import type { BotDeps } from './bot-deps';

/**
 * Finds the programme participant behind a Teams user. First by Entra object id (on every Teams
 * activity); failing that by the e-mail/UPN from the Teams roster, which Teams does not put on
 * activities, and then the object id is stored so the roster is asked only once per leader.
 */
export async function identifyParticipant(context: TurnContext, { store, logger, now }: BotDeps): Promise<Participant | undefined> {
  const from = context.activity.from;
  const aadObjectId = from?.aadObjectId;
  if (aadObjectId) {
    const known = await store.findParticipantByAadObjectId(aadObjectId);
    if (known) return known.active ? known : undefined;
  }
  if (!from?.id) return undefined;
  let email: string | undefined;
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    email = member.email ?? member.userPrincipalName;
  } catch (err) {
    logger.warn({ err: (err as Error).message, conversationId: context.activity.conversation?.id }, 'could not read the Teams roster');
    return undefined;
  }
  if (!email) return undefined;
  const participant = await store.findParticipantByEmail(email);
  if (!participant || !participant.active) return undefined;
  if (!aadObjectId) return participant;
  if (participant.aadObjectId && participant.aadObjectId.toLowerCase() !== aadObjectId.toLowerCase()) {
    // Same e-mail, different Entra account: do not hand one leader's programme to another.
    logger.warn({ participantId: participant.id }, 'e-mail matches a participant linked to another Entra account');
    return undefined;
  }
  const linked = await store.linkParticipant(participant.id, aadObjectId);
  await store.appendAudit({ at: now().toISOString(), actor: aadObjectId, action: 'participant.linked', details: { participantId: participant.id } });
  logger.info({ participantId: participant.id }, 'participant linked to Teams user');
  return linked;
}
