import type { TurnContext } from 'botbuilder';
import type { ReachListLink } from '../cards/reach-view';
import { hasRole } from '../domain/access/roles';
import type { Language, Participant } from '../domain/programme/model';
import { REACH_LIST_LINK_LIFETIME_MS, type ReachListScope } from '../links/reach-list-token';
import type { BotDeps } from './bot-deps';
import { scopeOf } from './conversation-record';

/**
 * The link to the list of an audience's leaders the bot cannot reach, for the admin behind this
 * turn. Only in the admin's personal chat (the list holds names, and a card in a group chat can
 * be seen by others); signed for the identity by which they are an admin, so the link stops
 * working if they stop being one.
 */
export function reachListLink(context: TurnContext, deps: BotDeps, list: Pick<ReachListScope, 'kind' | 'id'>, participant: Participant | undefined, language: Language): ReachListLink {
  if (scopeOf(context.activity) !== 'personal') return { privateOnly: true };
  const issuedTo = [context.activity.from?.aadObjectId, participant?.email].find((identity) => identity && hasRole([identity], deps.admins));
  if (!issuedTo) return { privateOnly: true };
  const expiresAt = new Date(deps.now().getTime() + REACH_LIST_LINK_LIFETIME_MS);
  return { url: deps.links.reachListUrl({ ...list, issuedTo }, expiresAt, language), minutes: REACH_LIST_LINK_LIFETIME_MS / 60_000 };
}
