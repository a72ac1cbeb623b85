import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { BotDeps } from './bot-deps';
import { registerAnnouncements } from './register-announcements';
import { registerChannels } from './register-channels';
import { registerCheckIns } from './register-check-ins';
import { registerDigests } from './register-digests';
import { registerInstallation } from './register-installation';
import { registerQuestions } from './register-questions';
import { registerReminders } from './register-reminders';
import { registerSessionChanges } from './register-session-changes';
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
  registerChannels(app, deps);
  registerCheckIns(app, deps);
  registerReminders(app, deps);
  registerDigests(app, deps);
  registerAnnouncements(app, deps);
  registerSessionChanges(app, deps);
  registerQuestions(app, deps); // last: it takes every message the routes above did not
  app.error(createTurnErrorHandler(deps));
  return app;
}
