import type { TurnContext } from 'botbuilder';
import { answerNotEnrolled } from '../cards/answers/answer-messages';
import { hasRole } from '../domain/access/roles';
import { matchIntent, type IntentName, type MatchedIntent } from '../domain/language/match-intent';
import type { Language, Participant } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { AdaptiveCardJson } from '../cards/render-card';
import type { BotDeps } from './bot-deps';
import { identifyParticipant } from './identify-participant';
import { questionText } from './question-text';
import { languageOf, problemCard } from './turn-helpers';
import { rememberConversation } from './remember-conversation';
import { sendCard } from './send-card';

/**
 * Each message is matched once per turn: every route's selector and the route that runs share the
 * match. The intent does not depend on the fallback language (tested), so the selectors, which
 * know no participant yet, match with any; the route that runs only settles the reply language.
 */
const matchedIntents = new WeakMap<object, MatchedIntent>();

function matchedIntentOf(context: TurnContext): MatchedIntent {
  let matched = matchedIntents.get(context.activity);
  if (matched === undefined) {
    matched = matchIntent(questionText(context), 'da');
    matchedIntents.set(context.activity, matched);
  }
  return matched;
}

/** A route selector: the message (typed, or sent by a suggested-question button) is one of these intents. */
export function isIntent(context: TurnContext, ...intents: IntentName[]): boolean {
  return context.activity.type === 'message' && intents.includes(matchedIntentOf(context).intent);
}

export interface SelfServiceTurn {
  participant: Participant;
  intent: MatchedIntent;
  language: Language;
}

/**
 * Starts every message turn that a leader's words decide (questions, self-service): finds the
 * leader, keeps their conversation for reminders, lets the words decide the language (then the
 * Teams locale, then their preference). Someone outside the programme is told so, and undefined comes back.
 */
export async function startSelfService(context: TurnContext, deps: BotDeps): Promise<SelfServiceTurn | undefined> {
  const participant = await identifyParticipant(context, deps);
  await rememberConversation(context, deps, participant);
  const intent: MatchedIntent = { ...matchedIntentOf(context), language: languageOf(context, participant?.locale, deps) };
  if (!participant) {
    deps.logger.info({ conversationId: context.activity.conversation?.id }, 'message from someone outside the programme');
    await tellNotEnrolled(context, deps, intent.language);
    return undefined;
  }
  return { participant, intent, language: intent.language };
}

/**
 * Tells a Teams user who is not a participant so, in one card: whom to contact, or, for an admin
 * or programme owner who is no participant, what they can do. Never the leaders' help first.
 */
export async function tellNotEnrolled(context: TurnContext, deps: BotDeps, language: Language): Promise<void> {
  const identities = [context.activity.from?.aadObjectId];
  const role = hasRole(identities, deps.admins) ? 'admin' : hasRole(identities, deps.owners) ? 'owner' : undefined;
  const programme = await deps.store.getProgramme();
  await sendCard(context, answerNotEnrolled(language, programme.name, deps.contact, role));
}

/**
 * Who may act on a self-service card: the Teams user behind the invoke, and only when the card was
 * made for them. Card data can be replayed or crafted, so `forParticipant` is never trusted to say
 * who acts, only checked against who does; a mismatch is refused, logged and audited.
 */
export async function cardActor(
  context: TurnContext,
  deps: BotDeps,
  forParticipant: unknown,
  action: string,
): Promise<{ participant: Participant; language: Language } | { refusal: AdaptiveCardJson }> {
  const participant = await identifyParticipant(context, deps);
  const language = languageOf(context, participant?.locale, deps);
  if (participant && typeof forParticipant === 'string' && participant.id === forParticipant) return { participant, language };
  const actor = context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';
  deps.logger.warn({ action, by: participant?.id ?? 'unknown' }, 'self-service action for another leader refused');
  await deps.refusals.record({
    at: deps.now().toISOString(),
    actor,
    action: 'selfService.refused',
    details: { attempted: action, byParticipant: participant?.id ?? null, cardFor: typeof forParticipant === 'string' ? forParticipant.slice(0, 100) : null },
  });
  return { refusal: problemCard(language, t(language, participant ? 'selfService.notYours' : 'notEnrolled.heading')) };
}
