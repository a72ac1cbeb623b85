import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { buildProgressCard } from '../features/progress';
import type { BotDeps } from './bot-deps';
import { isIntent, startSelfService } from './self-service-turn';
import { sendPersonalAnswer } from './personal-answer';

/**
 * "Mit forløb" / "my progress": how far the leader has come in the programme (attended, absent,
 * to come, electives). Registered before the questions, since it reads more than the programme.
 */
export function registerProgress(app: Application, deps: BotDeps): void {
  app.message(
    async (context) => isIntent(context, 'progress'),
    async (context: TurnContext) => {
      const turn = await startSelfService(context, deps);
      if (!turn) return;
      const card = await buildProgressCard(deps.store, turn.participant, turn.language, deps.now());
      await sendPersonalAnswer(context, deps, card, turn.language, turn.participant);
    },
  );
}
