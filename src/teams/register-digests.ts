import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { gatherDigestInput } from '../features/gather-digest-input';
import { buildDigest } from '../domain/digest/digest';
import { digestCard } from '../cards/digest-card';
import { isoWeekOf, weekBounds } from '../domain/calendar/iso-week';
import { matchDigestRequest } from '../domain/language/match-command';
import { hasRole } from '../domain/access/roles';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { identifyParticipant } from './identify-participant';
import { languageOf } from './turn-helpers';
import { sendPersonalAnswer } from './personal-answer';
import { sendCard } from './send-card';

/** "uge 36" means the most recent week 36: this year's, or last year's if it has not come yet. */
function recentWeek(weekNumber: number, current: string): string {
  const [year, number] = current.split('-W').map(Number);
  const y = weekNumber > number ? year - 1 : year;
  return `${y}-W${String(weekNumber).padStart(2, '0')}`;
}

/**
 * "digest" / "ugens overblik" at any time: the current week so far. Owners get the programme-wide
 * digest (or one level's: "digest level 3"); managers get the one about their own people; anyone
 * else is told who digests are for.
 */
export function registerDigests(app: Application, deps: BotDeps): void {
  const { store, now, owners, logger } = deps;
  app.message(
    async (context) => context.activity.type === 'message' && matchDigestRequest(context.activity.text ?? '') !== undefined,
    async (context: TurnContext) => {
      // The route's selector matched it, so it is a digest request.
      const request = matchDigestRequest(context.activity.text ?? '')!;
      const participant = await identifyParticipant(context, deps);
      const language = languageOf(context, participant?.locale, deps);
      const isOwner = hasRole([context.activity.from?.aadObjectId, participant?.email, participant?.aadObjectId], owners);
      const programme = await store.getProgramme();
      const isManager = Boolean(participant && programme.participants.some((p) => p.active && p.managerId === participant.id));
      if (!isOwner && !isManager) {
        await sendCard(context, { template: 'message', data: { heading: t(language, 'digest.title'), text: t(language, 'digest.notFor'), actions: [] } });
        return;
      }
      const scope = isOwner ? ({ kind: 'programme', level: request.level } as const) : ({ kind: 'manager', managerId: participant!.id } as const);
      const at = now();
      const week = request.week ? recentWeek(request.week, isoWeekOf(at, programme.timeZone)) : isoWeekOf(at, programme.timeZone);
      // A past week is shown as it stood at its end, the same as its Monday digest and the CLI preview.
      const asOf = new Date(Math.min(at.getTime(), weekBounds(week, programme.timeZone).to.getTime()));
      const input = await gatherDigestInput(store, { digest: deps.digest }, week, scope, asOf, isOwner ? 'owner' : 'manager');
      logger.info({ scope: scope.kind, level: request.level }, 'digest on request');
      // Owners' digests name leaders, managers' describe their own people: never in a group.
      await sendPersonalAnswer(context, deps, digestCard(buildDigest(input), programme, language), language, participant);
    },
  );
}
