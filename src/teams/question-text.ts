import type { TurnContext } from 'botbuilder';

/**
 * The typed text, or the question a suggested-question button submitted (bounded, strings only).
 * Every route that reads leaders' words reads them through here, so a button and typing agree.
 */
export function questionText(context: TurnContext): string {
  if (context.activity.text) return context.activity.text;
  const question = (context.activity.value as { question?: unknown } | undefined)?.question;
  return typeof question === 'string' ? question.slice(0, 500) : '';
}
