import { ActivityTypes, type TurnContext } from 'botbuilder';
import { asCodedError } from '../domain/errors';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { languageOf, problemCard } from './turn-helpers';

/**
 * The one sink for errors in a turn: logged with their code, and the user gets a short answer in
 * their language, never a stack trace. A store that could not be written (a full disk) is said as
 * such: nothing was saved, try again. A card action gets the answer as the card it replaces;
 * without an invoke response botbuilder would answer an empty 501.
 */
export function createTurnErrorHandler({ logger, defaultLanguage }: Pick<BotDeps, 'logger' | 'defaultLanguage'>) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    const coded = asCodedError(error);
    const activity = context.activity;
    logger.error({ code: coded.code, err: coded.message, activityType: activity?.type }, 'turn failed');
    // No participant is looked up here (that may be what failed): words, card and locale decide.
    const language = activity ? languageOf(context, undefined, { defaultLanguage }) : defaultLanguage;
    const text = t(language, coded.code === 'STORE_WRITE_FAILED' ? 'error.notSaved' : 'error.turn');
    try {
      if (activity?.type === ActivityTypes.Message) {
        await context.sendActivity(text);
      } else if (activity?.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
        const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: problemCard(language, text) };
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
      } else if (activity?.type === ActivityTypes.Invoke) {
        const body = { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: coded.code, message: text } };
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500, body } });
      }
    } catch (sendError) {
      logger.error({ err: (sendError as Error).message }, 'could not tell the user about the failed turn');
    }
  };
}
