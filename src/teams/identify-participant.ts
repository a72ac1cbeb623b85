import { TurnContext } from 'botbuilder';
import type { Participant } from '../domain/programme/model';
import type { BotDeps } from './bot-deps';

/**
 * How long a user's turn may wait for the one roster look-up of a first contact. The Bot
 * Framework SDK on its own retries such a read up to three times with back-off (a turn against an
 * unreachable connector took 12 s); here it is one attempt, bounded.
 */
export const FIRST_CONTACT_LOOKUP_MS = 2_000;

/**
 * Finds the programme participant behind a Teams user. First by Entra object id (on every Teams
 * activity); then in the synced team rosters by Teams user id or object id (no request); failing
 * that by the e-mail/UPN from one bounded roster look-up, which Teams does not put on activities.
 * The object id is then stored so the look-up happens once per leader.
 */
export async function identifyParticipant(context: TurnContext, deps: BotDeps): Promise<Participant | undefined> {
  const { store, logger, now } = deps;
  const from = context.activity.from;
  const aadObjectId = from?.aadObjectId;
  if (aadObjectId) {
    const known = await store.findParticipantByAadObjectId(aadObjectId);
    if (known) return known.active ? known : undefined;
  }
  if (!from?.id) return undefined;
  let participant = await fromRoster(from.id, aadObjectId, deps);
  if (!participant) {
    const email = await lookUpEmailOnce(context, deps);
    participant = email ? await store.findParticipantByEmail(email) : undefined;
  }
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

/** The participant a synced team roster found under this Teams user id or Entra object id. */
async function fromRoster(userId: string, aadObjectId: string | undefined, { store }: BotDeps): Promise<Participant | undefined> {
  const [member] = await store.listRosterMembers({ userId });
  const found = member ?? (aadObjectId ? (await store.listRosterMembers({ aadObjectId }))[0] : undefined);
  if (!found) return undefined;
  return (await store.getProgramme()).participants.find((p) => p.id === found.participantId);
}

/**
 * One look-up of the user in this conversation's roster, for their e-mail/UPN: one HTTP attempt
 * within FIRST_CONTACT_LOOKUP_MS, paced by the rate limiter; on any failure the user is simply
 * not recognised this time (the next message tries again).
 */
async function lookUpEmailOnce(context: TurnContext, { connector, logger }: BotDeps): Promise<string | undefined> {
  const activity = context.activity;
  const wait = await connector.limiter.reserve(activity.conversation.id, 'read');
  if (wait > FIRST_CONTACT_LOOKUP_MS) {
    logger.warn({ conversationId: activity.conversation.id, waitMs: wait }, 'roster look-up skipped: the conversation is at its read limit');
    return undefined;
  }
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const outcome = await connector.sender.getMember(TurnContext.getConversationReference(activity), activity.from.id, { timeoutMs: FIRST_CONTACT_LOOKUP_MS });
  if (!outcome.ok) {
    logger.warn({ conversationId: activity.conversation.id, status: outcome.status, code: outcome.errorCode }, 'could not read the Teams roster');
    return undefined;
  }
  return outcome.member.email ?? outcome.member.userPrincipalName;
}
