import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { BotDeps } from './bot-deps';
import { registerAbsences } from './register-absences';
import { registerAnnouncements } from './register-announcements';
import { registerCalendar } from './register-calendar';
import { registerChannels } from './register-channels';
import { registerCheckIns } from './register-check-ins';
import { registerDigests } from './register-digests';
import { registerElectives } from './register-electives';
import { registerFloodGuard } from './register-flood-guard';
import { registerInstallation } from './register-installation';
import { registerMyData } from './register-my-data';
import { registerPairing } from './register-pairing';
import { registerPlanner } from './register-planner';
import { registerProgress } from './register-progress';
import { registerQuestions } from './register-questions';
import { registerReminders } from './register-reminders';
import { registerUnknownInvokes } from './register-unknown-invokes';
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
  registerFloodGuard(app, deps); // before any route
  registerInstallation(app, deps);
  registerChannels(app, deps);
  registerCheckIns(app, deps);
  registerReminders(app, deps);
  registerDigests(app, deps);
  registerAnnouncements(app, deps);
  registerSessionChanges(app, deps);
  registerAbsences(app, deps);
  registerElectives(app, deps);
  registerPairing(app, deps);
  registerCalendar(app, deps);
  registerMyData(app, deps);
  registerProgress(app, deps);
  registerPlanner(app, deps); // only when configured: questions the matcher could not place
  registerQuestions(app, deps); // last: it takes every message the routes above did not
  registerUnknownInvokes(app);
  app.error(createTurnErrorHandler(deps));
  return app;
}
