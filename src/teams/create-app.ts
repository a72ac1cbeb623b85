import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { BotDeps } from './bot-deps';
import { registerInstallation } from './register-installation';
import { registerQuestions } from './register-questions';
import { createTurnErrorHandler } from './turn-errors';

/**
 * Builds the teams-ai Application with every feature registered. Order matters: teams-ai runs the
 * first matching route, so the catch-all question route comes last.
 */
export function createApplication(adapter: TeamsAdapter, deps: BotDeps): Application {
  const app = new Application({
    adapter,
    // Answers take milliseconds; a typing indicator would only add a message per turn.
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  registerInstallation(app, deps);
  registerQuestions(app, deps);
  app.error(createTurnErrorHandler(deps));
  return app;
}
