import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { checkInThanksCard, reflectionPromptCard } from '../cards/proactive-cards';
import { checkInPrivacy } from '../features/check-in-privacy';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { t } from '../domain/language/texts';
import { renderCard } from '../cards/render-card';
import type { Card } from '../cards/card-types';
import type { Language } from '../domain/programme/model';
import type { BotDeps } from './bot-deps';
import { tellNotEnrolled } from './self-service-turn';
import { checkInSubmissionSchema, submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { sendPersonalAnswer } from './personal-answer';

/**
 * Check-ins: the reflection prompt's form (Action.Execute "checkIn") and the "check in" /
 * "tjek ind" command that brings back the latest prompt. Answering again replaces the answer.
 */
export function registerCheckIns(app: Application, deps: BotDeps): void {
  const { store, logger, now } = deps;

  app.adaptiveCards.actionExecute('checkIn', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    const parsed = checkInSubmissionSchema.safeParse(data);
    if (!parsed.success) {
      const notice = t(language, 'checkIn.invalid', { problem: submissionProblem(parsed.error, language) });
      // The leader's own prompt comes back as they filled it in, saying what is missing: nothing they wrote is lost.
      return (await promptAgain(context, data, notice, language)) ?? problemCard(language, notice);
    }
    const submission = parsed.data;
    const prompt = await store.findDelivery(submission.promptKey);
    if (!prompt || prompt.kind !== 'reflection' || !prompt.sessionId || !prompt.participantId) {
      logger.warn({ promptKey: submission.promptKey.slice(0, 100) }, 'check-in for an unknown prompt refused');
      return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    }
    if (!participant || participant.id !== prompt.participantId) {
      logger.warn({ promptKey: prompt.key, by: participant?.id ?? 'unknown' }, 'check-in for another leader refused');
      await deps.refusals.record({ at: now().toISOString(), actor: context.activity.from?.aadObjectId ?? 'unknown', action: 'checkIn.refused', details: { promptKey: prompt.key } });
      return problemCard(language, t(language, 'checkIn.notYours'));
    }
    const programme = await store.getProgramme();
    const session = programme.sessions.find((s) => s.id === prompt.sessionId);
    if (!session) return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    const at = now().toISOString();
    const { created } = await store.saveCheckIn({
      promptKey: prompt.key,
      participantId: participant.id,
      sessionId: session.id,
      rating: submission.rating,
      text: submission.reflection.trim(),
      mayShare: submission.mayShare,
      shareRatingWithManager: submission.shareRatingWithManager,
      submittedAt: at,
      updatedAt: at,
    });
    logger.info({ participantId: participant.id, promptKey: prompt.key, created }, 'check-in stored');
    const saved = { rating: submission.rating, text: submission.reflection.trim(), mayShare: submission.mayShare, shareRatingWithManager: submission.shareRatingWithManager };
    return renderCard(checkInThanksCard(programme, session, participant, language, saved, !created, checkInPrivacy(deps.digest)));
  });

  /** The prompt the submission came from, filled in as sent, with the notice; undefined unless it is the leader's own. */
  async function promptAgain(context: TurnContext, data: Record<string, unknown>, notice: string, language: Language) {
    const promptKey = typeof data?.promptKey === 'string' ? data.promptKey : undefined;
    const prompt = promptKey ? await store.findDelivery(promptKey) : undefined;
    const participant = await identifyParticipant(context, deps);
    if (!prompt || prompt.kind !== 'reflection' || !participant || prompt.participantId !== participant.id) return undefined;
    const programme = await store.getProgramme();
    const session = programme.sessions.find((s) => s.id === prompt.sessionId);
    if (!session) return undefined;
    const previous = {
      text: typeof data.reflection === 'string' ? data.reflection.slice(0, 1000) : '',
      mayShare: data.mayShare === true || data.mayShare === 'true',
      shareRatingWithManager: data.shareRatingWithManager === true || data.shareRatingWithManager === 'true',
    };
    return renderCard(reflectionPromptCard({ programme, session, participant, language, promptKey: prompt.key, previous, notice, privacy: checkInPrivacy(deps.digest) }));
  }

  app.message(
    async (context) => matchesCommand(context, 'checkIn'),
    async (context: TurnContext) => {
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      if (!participant) return tellNotEnrolled(context, deps, language);
      const prompts = (await store.listDeliveries({ kinds: ['reflection'], statuses: ['sent'], participantId: participant.id })).sort((a, b) =>
        b.dueAt.localeCompare(a.dueAt),
      );
      const latest = prompts[0];
      const programme = await store.getProgramme();
      const session = latest && programme.sessions.find((s) => s.id === latest.sessionId);
      if (!latest || !session) {
        const none: Card = { template: 'message', data: { heading: t(language, 'checkIn.heading'), text: t(language, 'checkIn.noneOpen'), actions: [] } };
        await sendPersonalAnswer(context, deps, none, language, participant);
        return;
      }
      const previous = await store.findCheckIn(latest.key);
      await sendPersonalAnswer(context, deps, reflectionPromptCard({ programme, session, participant, language, promptKey: latest.key, previous, privacy: checkInPrivacy(deps.digest) }), language, participant);
    },
  );
}
