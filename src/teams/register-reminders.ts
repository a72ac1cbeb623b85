import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCard } from '../cards/render-card';
import { reminderCard } from '../cards/proactive-cards';
import { registerAbsence } from '../features/absences';
import { t } from '../domain/language/texts';
import type { Card } from '../cards/card-types';
import type { BotDeps } from './bot-deps';
import { tellNotEnrolled } from './self-service-turn';
import { absenceSubmissionSchema, submissionProblem } from './card-submissions';
import { identifyParticipant } from './identify-participant';
import { languageOf, matchesCommand, problemCard } from './turn-helpers';
import { sendPersonalAnswer } from './personal-answer';

/**
 * What leaders do with reminders: "I can't come" on a reminder card (Action.Execute "absence"),
 * which updates the card in place, and pausing or resuming reminders by command.
 */
export function registerReminders(app: Application, deps: BotDeps): void {
  const { store, logger, now, links } = deps;

  app.adaptiveCards.actionExecute('absence', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const participant = await identifyParticipant(context, deps);
    const language = languageOf(context, participant?.locale, deps);
    const parsed = absenceSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'selfService.invalid', { problem: submissionProblem(parsed.error, language) }));
    const reminder = await store.findDelivery(parsed.data.deliveryKey);
    if (!reminder || reminder.kind !== 'reminder' || !reminder.sessionId) return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    if (!participant || participant.id !== reminder.participantId) {
      logger.warn({ key: reminder.key, by: participant?.id ?? 'unknown' }, 'absence for another leader refused');
      await deps.refusals.record({
        at: now().toISOString(),
        actor: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown',
        action: 'absence.refused',
        details: { deliveryKey: reminder.key, byParticipant: participant?.id ?? null },
      });
      return problemCard(language, t(language, 'checkIn.notYours'));
    }
    const programme = await store.getProgramme();
    const session = programme.sessions.find((s) => s.id === reminder.sessionId);
    if (!session) return problemCard(language, t(language, 'checkIn.unknownPrompt'));
    const { created, reason } = await registerAbsence(deps, participant, session.id, parsed.data.reason.trim() || undefined, now());
    logger.info({ participantId: participant.id, sessionId: session.id, created }, 'absence registered');
    if (created) deps.kick();
    return renderCard(
      reminderCard({
        programme,
        session,
        language,
        now: now(),
        deliveryKey: reminder.key,
        calendarUrl: links.sessionUrl(session.id, language),
        absence: { reason },
      }),
    );
  });

  for (const [command, paused] of [
    ['pauseReminders', true],
    ['resumeReminders', false],
  ] as const) {
    app.message(
      async (context) => matchesCommand(context, command),
      async (context: TurnContext) => {
        const participant = await identifyParticipant(context, deps);
        const language = languageOf(context, participant?.locale, deps);
        if (!participant) return tellNotEnrolled(context, deps, language);
        await store.setRemindersPaused(participant.id, paused, now());
        logger.info({ participantId: participant.id, paused }, 'reminder preference changed');
        const answer: Card = { template: 'message', data: { heading: t(language, 'pause.heading'), text: t(language, paused ? 'pause.paused' : 'pause.resumed'), actions: [] } };
        await sendPersonalAnswer(context, deps, answer, language, participant);
      },
    );
  }
}
