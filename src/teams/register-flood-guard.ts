import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { FloodGuard } from '../domain/access/flood-guard';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { languageOfLocale } from './reply-language';
import { problemCard } from './turn-helpers';

/**
 * Before any route: one budget per user for messages and card actions together
 * (`security.messagesPerMinutePerUser`). The first one over the limit gets a polite "slow down";
 * the rest are dropped without being processed: messages silently, card actions with a 429 (an
 * invoke must be answered, or botbuilder answers 501).
 */
export function registerFloodGuard(app: Application, deps: BotDeps): void {
  const flood = new FloodGuard(deps.messagesPerMinutePerUser);
  app.turn('beforeTurn', async (context: TurnContext) => {
    const { type, name } = context.activity;
    if (type !== ActivityTypes.Message && type !== ActivityTypes.Invoke) return true;
    const user = context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';
    const verdict = flood.hit(user, deps.now().getTime());
    if (verdict === 'ok') return true;
    const language = languageOfLocale(context.activity.locale, deps.defaultLanguage);
    if (verdict === 'warn') deps.logger.warn({ user, activityType: type }, 'flood: slowing the user down');
    if (type === ActivityTypes.Message) {
      if (verdict === 'warn') await context.sendActivity(t(language, 'flood.slowDown'));
    } else if (verdict === 'warn' && name === 'adaptiveCard/action') {
      const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: problemCard(language, t(language, 'flood.slowDownActions')) };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
    } else {
      const body = { statusCode: 429, type: 'application/vnd.microsoft.error', value: { code: 'TooManyRequests', message: t(language, 'flood.slowDownActions') } };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 429, body } });
    }
    return false;
  });
}
