import type { TurnContext } from 'botbuilder';
import { answerNotEnrolled } from '../domain/answer-messages';
import { matchIntent, type IntentName, type MatchedIntent } from '../domain/match-intent';
import type { Language, Participant } from '../domain/model';
import { t } from '../domain/texts';
import type { AdaptiveCardJson } from '../cards/render-card';
import type { BotDeps } from './bot-deps';
import { identifyParticipant } from './identify-participant';
import { questionText } from './question-text';
import { languageOf, problemCard } from './turn-helpers';
import { rememberConversation } from './remember-conversation';
import { languageOfLocale } from './reply-language';
import { sendAnswer } from './send-card';

/** Each route's selector asks about the same activity; it is matched once per turn. */
const matchedIntents = new WeakMap<object, IntentName>();

/**
 * A route selector: the message (typed, or sent by a suggested-question button) is one of these
 * intents. The intent does not depend on the fallback language, so none is needed here.
 */
export function isIntent(context: TurnContext, ...intents: IntentName[]): boolean {
  if (context.activity.type !== 'message') return false;
  let intent = matchedIntents.get(context.activity);
  if (intent === undefined) {
    intent = matchIntent(questionText(context), 'da').intent;
    matchedIntents.set(context.activity, intent);
  }
  return intents.includes(intent);
}

export interface SelfServiceTurn {
  participant: Participant;
  intent: MatchedIntent;
  language: Language;
}

/**
 * Starts a self-service message turn the way the question route does: finds the leader, keeps
 * their conversation for reminders, lets the words decide the language (then the Teams locale,
 * then their preference). Someone outside the programme is told so, and undefined comes back.
 */
export async function startSelfService(context: TurnContext, deps: BotDeps): Promise<SelfServiceTurn | undefined> {
  const participant = await identifyParticipant(context, deps);
  await rememberConversation(context, deps, participant);
  const fallback = languageOfLocale(context.activity.locale, participant?.locale ?? deps.defaultLanguage);
  const intent = matchIntent(questionText(context), fallback);
  if (!participant) {
    const programme = await deps.store.getProgramme();
    await sendAnswer(context, answerNotEnrolled(intent.language, programme.name, deps.contact));
    return undefined;
  }
  return { participant, intent, language: intent.language };
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
