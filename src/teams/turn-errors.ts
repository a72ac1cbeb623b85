import type { TurnContext } from 'botbuilder';
import { asCodedError } from '../domain/errors';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { languageOfLocale } from './reply-language';

/** The one sink for errors in a turn: logged with their code, the user gets a short apology, never a stack trace. */
export function createTurnErrorHandler({ logger, defaultLanguage }: Pick<BotDeps, 'logger' | 'defaultLanguage'>) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    const coded = asCodedError(error);
    logger.error({ code: coded.code, err: coded.message, activityType: context.activity?.type }, 'turn failed');
    if (context.activity?.type !== 'message') return;
    try {
      await context.sendActivity(t(languageOfLocale(context.activity.locale, defaultLanguage), 'error.turn'));
    } catch (sendError) {
      logger.error({ err: (sendError as Error).message }, 'could not tell the user about the failed turn');
    }
  };
}
