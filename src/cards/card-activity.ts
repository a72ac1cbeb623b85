import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { cardSummary, type Card } from './card-types';
import { renderCard } from './render-card';

/**
 * The message activity that carries a card, with its heading as the notification text: the one
 * way a card is sent, in a reply or from the outbox.
 */
export function cardActivity(card: Card): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderCard(card)));
  activity.summary = cardSummary(card);
  return activity;
}
