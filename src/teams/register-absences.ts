import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { absenceChoiceCard, absenceStatusCard } from '../cards/absence-cards';
import type { Language, Participant, Programme } from '../domain/programme/model';
import { resolveAbsence, upcomingSessionsFor } from '../domain/self-service/resolve-absence';
import { noticeCard } from '../cards/self-service-cards';
import { t } from '../domain/language/texts';
import { renderCard } from '../cards/render-card';
import { registerAbsence, withdrawAbsence } from '../features/absences';
import type { BotDeps } from './bot-deps';
import { absenceChoiceSubmissionSchema, submissionProblem } from './card-submissions';
import { problemCard } from './turn-helpers';
import { cardActor, isIntent, startSelfService } from './self-service-turn';
import { sendPersonalAnswer } from './personal-answer';

/**
 * Absences by message: "jeg kan ikke komme den 12." registers an absence from the session the
 * words point at, "annuller mit afbud" withdraws one; when the words do not say which session, a
 * card lists the candidates (Action.Execute "absenceChoice"). Only the leader's own upcoming
 * sessions count, whatever a card submission says.
 */
export function registerAbsences(app: Application, deps: BotDeps): void {
  const { store, logger, now } = deps;

  /** Registers the absence (a reason given earlier stays when none is given now); a new one is told to the manager and HR. */
  async function record(programme: Programme, participant: Participant, sessionId: string, reason: string | undefined, language: Language) {
    const { created, reason: kept } = await registerAbsence(deps, participant, sessionId, reason, now());
    logger.info({ participantId: participant.id, sessionId, created }, 'absence registered');
    if (created) deps.kick();
    const session = programme.sessions.find((s) => s.id === sessionId)!;
    return absenceStatusCard({ programme, session, language, now: now(), participantId: participant.id, absence: { reason: kept } });
  }

  async function withdraw(programme: Programme, participant: Participant, sessionId: string, language: Language) {
    const { withdrawn, restored } = await withdrawAbsence(deps, participant, sessionId, now());
    logger.info({ participantId: participant.id, sessionId, restored }, 'absence withdrawn');
    if (withdrawn) deps.kick();
    const session = programme.sessions.find((s) => s.id === sessionId)!;
    return absenceStatusCard({ programme, session, language, now: now(), participantId: participant.id });
  }

  /** The sessions a withdrawal can be about: upcoming ones the leader is registered absent from. */
  async function absentFrom(programme: Programme, participant: Participant) {
    const absent = new Set((await store.listAbsences({ participantId: participant.id })).map((a) => a.sessionId));
    return upcomingSessionsFor(programme, participant, now()).filter((s) => absent.has(s.id));
  }

  app.message(
    async (context) => isIntent(context, 'absence', 'withdrawAbsence'),
    async (context: TurnContext) => {
      const turn = await startSelfService(context, deps);
      if (!turn) return;
      const { participant, intent, language } = turn;
      const programme = await store.getProgramme();
      const withdrawing = intent.intent === 'withdrawAbsence';
      const candidates = withdrawing ? await absentFrom(programme, participant) : upcomingSessionsFor(programme, participant, now());
      let resolution = resolveAbsence(programme, candidates, intent.target ?? {}, now());
      // Withdrawing the only absence there is needs no question; registering one always names the session.
      if (withdrawing && resolution.kind === 'choose' && resolution.why === 'unclear' && resolution.sessions.length === 1) {
        resolution = { kind: 'one', session: resolution.sessions[0] };
      }
      let answer;
      if (resolution.kind === 'none') {
        answer = noticeCard(t(language, 'absence.heading'), t(language, withdrawing ? 'absence.noneToWithdraw' : 'absence.none'));
      } else if (resolution.kind === 'choose') {
        const { sessions, why } = resolution;
        answer = absenceChoiceCard({ programme, sessions, language, now: now(), why, mode: withdrawing ? 'withdraw' : 'record', reason: intent.reason, participantId: participant.id });
      } else {
        const sessionId = resolution.session.id;
        answer = withdrawing ? await withdraw(programme, participant, sessionId, language) : await record(programme, participant, sessionId, intent.reason, language);
      }
      await sendPersonalAnswer(context, deps, answer, language, participant);
    },
  );

  app.adaptiveCards.actionExecute('absenceChoice', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const actor = await cardActor(context, deps, data?.forParticipant, 'absenceChoice');
    if ('refusal' in actor) return actor.refusal;
    const { participant, language } = actor;
    const parsed = absenceChoiceSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'selfService.invalid', { problem: submissionProblem(parsed.error, language) }));
    const { sessionId, mode, reason } = parsed.data;
    const programme = await store.getProgramme();
    // The session must be one of the leader's own upcoming ones: the card data alone proves nothing.
    if (!upcomingSessionsFor(programme, participant, now()).some((s) => s.id === sessionId)) {
      logger.warn({ participantId: participant.id, sessionId: sessionId.slice(0, 100) }, 'absence for a session not the leader\'s refused');
      return problemCard(language, t(language, 'absence.notYourSession'));
    }
    const card =
      mode === 'record'
        ? await record(programme, participant, sessionId, reason.trim() || undefined, language)
        : await withdraw(programme, participant, sessionId, language);
    return renderCard(card);
  });
}
