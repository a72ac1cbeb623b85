import type { TurnContext } from 'botbuilder';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card';
import type { Card } from '../cards/card-types';
import { commandLanguage, matchCommand, type CommandName } from '../domain/language/match-command';
import { detectLanguage } from '../domain/language/detect-language';
import type { Language } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { cardLanguageOf, languageOfLocale } from './reply-language';
import { questionText } from './question-text';

/** A short card saying why nothing happened; it replaces the card the user acted on. */
export function problemCard(language: Language, text: string): AdaptiveCardJson {
  const card: Card = { template: 'message', data: { heading: t(language, 'card.problemHeading'), text, actions: [] } };
  return renderCard(card);
}

/** Whether the message is exactly this command (see match-command.ts). */
export function matchesCommand(context: TurnContext, command: CommandName): boolean {
  return context.activity.type === 'message' && matchCommand(context.activity.text ?? '') === command;
}

/**
 * The language of a reply, by the one rule the README states ("Language"): what the person wrote
 * or pressed decides: a command by its phrase ("my data" is English), other words by
 * detectLanguage, a button by the language of its card. When that does not tell, the Teams locale,
 * then the participant's own preference (`preferred`), then `defaultLocale`.
 */
export function languageOf(context: TurnContext, preferred: Language | undefined, deps: Pick<BotDeps, 'defaultLanguage'>): Language {
  const { activity } = context;
  const fallback = languageOfLocale(activity.locale, preferred ?? deps.defaultLanguage);
  if (activity.type !== 'message') return cardLanguageOf(activity) ?? fallback;
  const text = questionText(context);
  return commandLanguage(text) ?? detectLanguage(text, cardLanguageOf(activity) ?? fallback);
}
