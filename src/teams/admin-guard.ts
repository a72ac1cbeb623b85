import type { TurnContext } from 'botbuilder';
import type { Participant } from '../domain/programme/model';
import { hasRole } from '../domain/access/roles';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { languageOf } from './turn-helpers';

/**
 * Whether the Teams user behind this turn is an admin, by Entra object id or the e-mail of the
 * participant they are. A refused attempt is logged and audited; nothing else happens.
 */
export async function isAdmin(context: TurnContext, participant: Participant | undefined, deps: BotDeps, action: string): Promise<boolean> {
  const identities = [context.activity.from?.aadObjectId, participant?.email];
  if (hasRole(identities, deps.admins)) return true;
  const actor = context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';
  deps.logger.warn({ actor, action }, 'admin action refused');
  await deps.refusals.record({ at: deps.now().toISOString(), actor, action: 'admin.refused', details: { attempted: action } });
  return false;
}

/** The polite refusal, in the user's language. */
export function refusalText(context: TurnContext, participant: Participant | undefined, deps: BotDeps): string {
  const language = languageOf(context, participant?.locale, deps);
  return t(language, 'admin.refused', { contactName: deps.contact.name, contactEmail: deps.contact.email });
}
