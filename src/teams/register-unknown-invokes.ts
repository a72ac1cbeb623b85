import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';

/**
 * Invokes no feature handles (an unknown card verb, a tampered payload): answered with a 400
 * invoke response. Without this, botbuilder answers 501, which a client's mistake should not
 * cause. Register last; teams-ai tries its invoke routes (card actions) before this.
 */
export function registerUnknownInvokes(app: Application): void {
  app.activity(ActivityTypes.Invoke, async (context: TurnContext) => {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'This action is not known.' } } },
    });
  });
}
