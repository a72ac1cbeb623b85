import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { renderAnswer } from '../cards/render-card';
import { answerSummary, type Answer } from '../domain/card-data';

/** Replies with the Adaptive Card for an answer. The card's heading doubles as the notification text. */
export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  const card = renderAnswer(answer);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = answerSummary(answer);
  await context.sendActivity(activity);
}
