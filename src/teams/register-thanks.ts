import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { answerThanks } from '../cards/answers/answer-messages';
import type { BotDeps } from './bot-deps';
import { identifyParticipant } from './identify-participant';
import { tellNotEnrolled } from './self-service-turn';
import { languageOf, matchesCommand } from './turn-helpers';
import { sendCard } from './send-card';

/**
 * "Tak!" / "Thanks!": leaders often thank the bot after an answer; they get "Selv tak" in the
 * language they thanked in, not "I did not get that". Someone outside the programme is told so.
 */
export function registerThanks(app: Application, deps: BotDeps): void {
  app.message(
    async (context) => matchesCommand(context, 'thanks'),
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      if (!participant) return tellNotEnrolled(context, deps, language);
      await sendCard(context, answerThanks(language));
    },
  );
}
