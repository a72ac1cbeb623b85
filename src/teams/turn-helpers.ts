import type { TurnContext } from 'botbuilder';
import { renderCard, type AdaptiveCardJson } from '../cards/render-card';
import type { Card } from '../cards/card-types';
import { matchCommand, type CommandName } from '../domain/language/match-command';
import type { Language } from '../domain/programme/model';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { languageOfLocale } from './reply-language';

/** A short card saying why nothing happened; it replaces the card the user acted on. */
export function problemCard(language: Language, text: string): AdaptiveCardJson {
  const card: Card = { template: 'message', data: { heading: t(language, 'card.problemHeading'), text, actions: [] } };
  return renderCard(card);
}

/** Whether the message is exactly this command (see match-command.ts). */
export function matchesCommand(context: TurnContext, command: CommandName): boolean {
  return context.activity.type === 'message' && matchCommand(context.activity.text ?? '') === command;
}

/** Reply language for commands: their words are too short to tell, so locale and preference decide. */
export function languageOf(context: TurnContext, preferred: Language | undefined, deps: Pick<BotDeps, 'defaultLanguage'>): Language {
  return preferred ?? languageOfLocale(context.activity.locale, deps.defaultLanguage);
}
