import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { answerQuestion } from '../cards/answers/answer-question';
import type { BotDeps } from './bot-deps';
import { sendPersonalAnswer } from './personal-answer';
import { startSelfService } from './self-service-turn';
import { sendCard } from './send-card';
import type { IntentName } from '../domain/language/match-intent';

const PUBLIC_ANSWERS: ReadonlySet<IntentName> = new Set<IntentName>(['help', 'unknown', 'greeting', 'thanks', 'aboutBot']);

/**
 * Answers leaders' schedule and module questions. Register it after every other message route:
 * teams-ai runs the first route that matches, and this one matches every message. The turn starts
 * as every self-service turn does (startSelfService): someone outside the programme is told so.
 */
export function registerQuestions(app: Application, deps: BotDeps): void {
  app.activity(ActivityTypes.Message, async (context: TurnContext) => {
    const turn = await startSelfService(context, deps);
    if (!turn) return;
    const { participant, intent, language } = turn;
    deps.logger.debug({ participantId: participant.id, intent: intent.intent, score: intent.score }, 'question answered');
    const absentFrom = new Set((await deps.store.listAbsences({ participantId: participant.id })).map((a) => a.sessionId));
    const calendarUrl = (sessionId: string) => deps.links.sessionUrl(sessionId, language);
    const answer = answerQuestion(intent, { programme: await deps.store.getProgramme(), participant, language, now: deps.now(), calendarUrl, absentFrom }, deps.contact);
    // Help, small talk and the fallback are the same for everyone; every other answer is built from
    // the leader's own sessions, level, group and electives, so it belongs in their personal chat.
    if (PUBLIC_ANSWERS.has(intent.intent)) await sendCard(context, answer);
    else await sendPersonalAnswer(context, deps, answer, language, participant);
  });
}
