import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { electiveChoiceCard, electiveChoiceNotice } from '../cards/elective-choice-card';
import type { Language, Participant } from '../domain/programme/model';
import { lockedElectives } from '../domain/self-service/elective-choice';
import { t } from '../domain/language/texts';
import { renderCard } from '../cards/render-card';
import type { BotDeps } from './bot-deps';
import { electiveChoiceSubmissionSchema, submissionProblem } from './card-submissions';
import { problemCard } from './turn-helpers';
import { cardActor, isIntent, startSelfService } from './self-service-turn';
import { sendPersonalAnswer } from './personal-answer';

/**
 * Choosing electives: "vælg valgmodul" / "choose electives" shows the electives with dates,
 * places, free seats and a form (Action.Execute "electiveChoice"). The seat logic is one atomic
 * store operation, so leaders racing for the last seat can never overbook it; a seat given up goes
 * to the first in line, who is told through the outbox.
 */
export function registerElectives(app: Application, deps: BotDeps): void {
  const { store, logger, now } = deps;
  const deadline = () => (deps.electives?.deadline ? new Date(deps.electives.deadline) : undefined);

  async function choiceCard(participantId: string, language: Language, notice?: { text: string; problem: boolean }) {
    const programme = await store.getProgramme();
    const participant = programme.participants.find((p) => p.id === participantId) as Participant;
    const waitlist = await store.listWaitlist();
    return electiveChoiceCard({ programme, participant, waitlist, language, now: now(), deadline: deadline(), contactName: deps.contact.name, notice });
  }

  app.message(
    async (context) => isIntent(context, 'chooseElectives'),
    async (context: TurnContext) => {
      const turn = await startSelfService(context, deps);
      if (!turn) return;
      await sendPersonalAnswer(context, deps, await choiceCard(turn.participant.id, turn.language), turn.language, turn.participant);
    },
  );

  app.adaptiveCards.actionExecute('electiveChoice', async (context: TurnContext, _state, data: Record<string, unknown>) => {
    const actor = await cardActor(context, deps, data?.forParticipant, 'electiveChoice');
    if ('refusal' in actor) return actor.refusal;
    const { participant, language } = actor;
    const parsed = electiveChoiceSubmissionSchema.safeParse(data);
    if (!parsed.success) return problemCard(language, t(language, 'selfService.invalid', { problem: submissionProblem(parsed.error, language) }));
    const { electiveIds, joinWaitlist } = parsed.data;
    const outcome = await store.chooseElectives(participant.id, electiveIds, now(), { joinWaitlist, deadline: deadline() });
    logger.info({ participantId: participant.id, outcome: outcome.status, ...(outcome.status === 'refused' ? { code: outcome.code } : {}) }, 'elective choice');
    // A promoted leader hears about it now rather than at the next scheduler tick.
    if (outcome.status === 'saved' && outcome.promoted.length) deps.kick();
    const programme = await store.getProgramme();
    const locked = lockedElectives(programme, participant, now());
    const chosen = { count: electiveIds.filter((id) => !locked.includes(id)).length, locked: locked.length };
    return renderCard(await choiceCard(participant.id, language, electiveChoiceNotice(outcome, programme, language, chosen)));
  });
}
