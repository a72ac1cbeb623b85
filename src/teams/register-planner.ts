import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { ActionPlanner, AI, OpenAIModel, PromptManager, type Application, type TurnState } from '@microsoft/teams-ai';
import { answerFallback } from '../cards/answers/answer-messages';
import type { AnswerCard } from '../cards/card-types';
import { suggest } from '../cards/suggested-actions';
import type { PlannerConnection } from '../config/planner-settings';
import { escapeMarkdown } from '../domain/language/escape-text';
import { PLANNER_ACTIONS, plannerActionResult, programmeFactsFor } from '../domain/language/programme-facts';
import { t } from '../domain/language/texts';
import type { Language, Participant, Programme } from '../domain/programme/model';
import { inZone } from '../domain/calendar/format-date';
import { projectRoot } from '../project-root';
import type { BotDeps } from './bot-deps';
import { sendPersonalAnswer } from './personal-answer';
import { isIntent, startSelfService } from './self-service-turn';
import { sendCard } from './send-card';

/** What the planner's actions and its answer need to know about the turn that asked. */
interface PlannerTurn {
  programme: Programme;
  participant: Participant;
  language: Language;
  now: Date;
  answer?: string;
  refused?: string;
  done: boolean;
}

/**
 * The optional AI planner: questions the deterministic matcher could not place ('unknown') go to
 * a teams-ai ActionPlanner, when an Azure OpenAI or OpenAI endpoint is configured. Without one,
 * nothing is registered and every such question gets the fallback, as before.
 *
 * Register it just before the question route (teams-ai runs the first route that matches): the
 * deterministic pass stays first and is the guard, and this route only takes what it gave up on.
 *
 * What the planner can do is fenced in here, not left to the prompt:
 * - its context is the asking leader's own programme (programmeFactsFor), nothing about others;
 * - its only actions are the six read-only answers; any other action it names is refused, the
 *   plan stops and the leader gets the fallback;
 * - its answer goes out only in the leader's personal chat, in the leader's language, escaped as
 *   free text and marked as written by AI; a slow answer (timeoutMs), an error or a refusal gives
 *   the fallback;
 * - logs carry the participant id and the outcome, never the question or the answer.
 */
export function registerPlanner(app: Application, deps: BotDeps): void {
  const connection = deps.planner;
  if (!connection) return;
  const turns = new WeakMap<TurnContext, PlannerTurn>();
  const ai = createPlannerAI(connection, deps, turns);
  app.activity(
    async (context) => context.activity.type === 'message' && Boolean(context.activity.text?.trim()) && isIntent(context, 'unknown'),
    async (context: TurnContext, state: TurnState) => {
      const started = await startSelfService(context, deps);
      if (!started) return;
      const { participant, language } = started;
      const programme = await deps.store.getProgramme();
      const now = deps.now();
      const turn: PlannerTurn = { programme, participant, language, now, done: false };
      turns.set(context, turn);
      // The prompt's {{$…}} variables (prompts/planner/skprompt.txt), read from the turn's temp scope.
      state.setValue('temp.programme', programmeFactsFor({ programme, participant, language, now }));
      state.setValue('temp.languageName', language === 'da' ? 'Danish' : 'English');
      state.setValue('temp.today', inZone(now, programme.timeZone).toISODate());
      state.setValue('temp.timeZone', programme.timeZone);
      state.setValue('temp.contact', `${deps.contact.name} (${deps.contact.email})`);
      const outcome = await withDeadline(ai.run(context, state).then(() => 'ran' as const), connection.timeoutMs);
      turn.done = true;
      if (outcome === 'ran' && turn.answer && !turn.refused) {
        deps.logger.info({ participantId: participant.id, planner: 'answered' }, 'question answered by the planner');
        await sendPersonalAnswer(context, deps, plannerAnswer(turn.answer, language), language, participant);
        return;
      }
      const why = outcome === 'timeout' ? 'timeout' : outcome === 'failed' ? 'error' : turn.refused ? 'refused-action' : 'no-answer';
      deps.logger.warn({ participantId: participant.id, planner: why, ...(turn.refused ? { action: turn.refused } : {}) }, 'planner gave no answer: fallback');
      await sendCard(context, answerFallback(language));
    },
  );
}

/** The model, the prompt folder (prompts/planner) and the actions, in one teams-ai AI system. */
function createPlannerAI(connection: PlannerConnection, deps: BotDeps, turns: WeakMap<TurnContext, PlannerTurn>): AI {
  // No retries: a leader waits for this answer; the fallback is better than a late one.
  const common = { useSystemMessages: true, logRequests: false, maxRetries: 0, clientOptions: { timeout: connection.timeoutMs, maxRetries: 0 } };
  const model =
    connection.kind === 'azureOpenAI'
      ? new OpenAIModel({
          ...common,
          azureEndpoint: connection.endpoint,
          azureApiKey: connection.apiKey,
          azureDefaultDeployment: connection.deployment,
          azureApiVersion: connection.apiVersion,
        })
      : new OpenAIModel({ ...common, apiKey: connection.apiKey, defaultModel: connection.model, endpoint: connection.baseUrl });
  const prompts = new PromptManager({ promptsFolder: path.join(projectRoot(), 'prompts') });
  const planner = new ActionPlanner({ model, prompts, defaultPrompt: 'planner' });
  // teams-ai 1.7 reads `max_steps` (its typings call it max_actions): each tool call and the answer is one step.
  const options: ConstructorParameters<typeof AI>[0] & { max_steps: number } = {
    planner,
    max_steps: connection.maxSteps,
    max_time: connection.timeoutMs,
    allow_looping: true,
  };
  const ai = new AI(options);

  for (const action of PLANNER_ACTIONS) {
    ai.action(action, async (context: TurnContext, _state: TurnState, parameters: Record<string, unknown> | undefined) => {
      const turn = turns.get(context);
      if (!turn || turn.done) return AI.StopCommandName;
      return plannerActionResult(action, parameters ?? {}, turn) ?? AI.StopCommandName;
    });
  }
  // Anything else the model names (a made-up or state-changing action) is refused and ends the plan.
  ai.action(AI.UnknownActionName, async (context: TurnContext, _state: TurnState, _plan: unknown, action?: string) => {
    const turn = turns.get(context);
    if (turn) turn.refused = String(action ?? 'unnamed').slice(0, 64);
    return AI.StopCommandName;
  });
  ai.action(AI.SayCommandActionName, async (context: TurnContext, _state: TurnState, data: { response?: { content?: unknown } }) => {
    const turn = turns.get(context);
    const content = data.response?.content;
    if (turn && !turn.done && typeof content === 'string' && content.trim()) turn.answer = content.trim();
    return '';
  });
  ai.action(AI.HttpErrorActionName, async (context: TurnContext, _state: TurnState, err: { status?: number } | undefined) => {
    deps.logger.warn({ status: err?.status }, 'planner: the model endpoint failed');
    return AI.StopCommandName;
  });
  ai.action(AI.TooManyStepsActionName, async () => AI.StopCommandName);
  return ai;
}

/** The longest answer shown; a model asked for four sentences should stay far below it. */
const MAX_ANSWER = 1500;

function plannerAnswer(text: string, language: Language): AnswerCard {
  return {
    template: 'message',
    data: {
      heading: t(language, 'planner.heading'),
      text: `${escapeMarkdown(text.slice(0, MAX_ANSWER))}\n\n_${t(language, 'planner.note')}_`,
      actions: suggest(language, 'action.next', 'action.schedule', 'action.help'),
    },
  };
}

async function withDeadline(work: Promise<'ran'>, ms: number): Promise<'ran' | 'timeout' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([work.catch(() => 'failed' as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
