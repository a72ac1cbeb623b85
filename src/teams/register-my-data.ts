import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { eraseCheckInsCard, myDataLinkCard, noticeCard } from '../cards/self-service-cards';
import { t } from '../domain/language/texts';
import { renderCard } from '../cards/render-card';
import { MY_DATA_LINK_LIFETIME_MS } from '../links/my-data-token';
import type { BotDeps } from './bot-deps';
import { eraseCheckInsSubmissionSchema, submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { cardActor, tellNotEnrolled } from './self-service-turn';
import { sendPersonalAnswer } from './personal-answer';

/** A "my data" link works this long (the token check refuses any longer life). */
export const MY_DATA_LINK_MINUTES = MY_DATA_LINK_LIFETIME_MS / 60_000;

/**
 * A leader's own data: "my data" / "mine data" gives a short-lived signed link to everything the
 * bot stores about them (served by src/http/my-data-route.ts); "delete my check-ins" / "slet mine
 * refleksioner" asks for confirmation (Action.Execute "eraseCheckIns"), then erases the texts of
 * their check-ins and keeps the ratings.
 */
export function registerMyData(app: Application, deps: BotDeps): void {
  const { store, logger, now, links } = deps;

  app.message(
    async (context) => matchesCommand(context, 'myData'),
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      if (!participant) return tellNotEnrolled(context, deps, language);
      const url = links.myDataUrl(participant.id, new Date(now().getTime() + MY_DATA_LINK_MINUTES * 60_000));
      logger.info({ participantId: participant.id }, 'my-data link handed out');
      await sendPersonalAnswer(context, deps, myDataLinkCard(language, MY_DATA_LINK_MINUTES, url), language, participant);
    },
  );

  app.message(
    async (context) => matchesCommand(context, 'deleteCheckIns'),
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      if (!participant) return tellNotEnrolled(context, deps, language);
      const withText = (await store.listCheckIns({ participantId: participant.id })).filter((c) => c.text !== '').length;
      const answer = withText ? eraseCheckInsCard(language, withText, participant.id) : noticeCard(t(language, 'erase.heading'), t(language, 'erase.nothing'));
      await sendPersonalAnswer(context, deps, answer, language, participant);
    },
  );

  app.adaptiveCards.actionExecute('eraseCheckIns', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    // Only the leader the card was made for may confirm: a forwarded or crafted card erases nothing.
    const actor = await cardActor(context, deps, data?.forParticipant, 'eraseCheckIns');
    if ('refusal' in actor) return actor.refusal;
    const { participant, language } = actor;
    const parsed = eraseCheckInsSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'selfService.invalid', { problem: submissionProblem(parsed.error, language) }));
    if (!parsed.data.confirm) return renderCard(noticeCard(t(language, 'erase.heading'), t(language, 'erase.kept')));
    const erased = await store.eraseCheckInTexts({ participantId: participant.id }, now());
    await store.appendAudit({
      at: now().toISOString(),
      actor: participant.aadObjectId ?? participant.email,
      action: 'checkIns.erased',
      details: { participantId: participant.id, count: erased },
    });
    logger.info({ participantId: participant.id, erased }, 'check-in texts erased by the leader');
    return renderCard(noticeCard(t(language, 'myData.heading'), t(language, 'erase.done', { count: erased })));
  });
}
