import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { renderAnswer } from '../cards/render-card';
import { answerSummary, type Answer } from '../domain/card-data';

/** The message that carries an answer's Adaptive Card. The card's heading doubles as the notification text. */
export function answerActivity(answer: Answer): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderAnswer(answer)));
  activity.summary = answerSummary(answer);
  return activity;
}

/** Replies with the Adaptive Card for an answer, in the conversation the message came from. */
export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  await context.sendActivity(answerActivity(answer));
}
