import type { TurnContext } from 'botbuilder';
import { cardActivity } from '../cards/card-activity';
import type { Card } from '../cards/card-types';

/** Replies with the Adaptive Card. The card's heading doubles as the notification text. */
export async function sendCard(context: TurnContext, card: Card): Promise<void> {
  await context.sendActivity(cardActivity(card));
}
