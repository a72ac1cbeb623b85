import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { answerNotEnrolled } from '../domain/answer-messages';
import { answerQuestion } from '../domain/answer-question';
import { matchIntent } from '../domain/match-intent';
import type { BotDeps } from './bot-deps';
import { identifyParticipant } from './identify-participant';
import { questionText } from './question-text';
import { rememberConversation } from './remember-conversation';
import { languageOfLocale } from './reply-language';
import { sendPersonalAnswer } from './personal-answer';
import { sendAnswer } from './send-card';

/**
 * Answers leaders' schedule and module questions. Register it after every other message route:
 * teams-ai runs the first route that matches, and this one matches every message.
 */
export function registerQuestions(app: Application, deps: BotDeps): void {
  app.activity(ActivityTypes.Message, async (context: TurnContext) => {
    const participant = await identifyParticipant(context, deps);
    await rememberConversation(context, deps, participant);
    // The words decide the language; the Teams locale, then the leader's own preference, break ties.
    const fallback = languageOfLocale(context.activity.locale, participant?.locale ?? deps.defaultLanguage);
    const intent = matchIntent(questionText(context), fallback);
    const programme = await deps.store.getProgramme();
    if (!participant) {
      deps.logger.info({ conversationId: context.activity.conversation?.id }, 'message from someone outside the programme');
      await sendAnswer(context, answerNotEnrolled(intent.language, programme.name, deps.contact));
      return;
    }
    deps.logger.debug({ participantId: participant.id, intent: intent.intent, score: intent.score }, 'question answered');
    const answer = answerQuestion(intent, { programme, participant, language: intent.language, now: deps.now() });
    // Help and the fallback are the same for everyone; every other answer is built from the
    // leader's own sessions, level, group and electives, so it belongs in their personal chat.
    if (intent.intent === 'help' || intent.intent === 'unknown') await sendAnswer(context, answer);
    else await sendPersonalAnswer(context, deps, answer, intent.language, participant);
  });
}
