import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { gatherDigestInput } from '../features/gather-digest-input';
import { buildDigest } from '../domain/digest/digest';
import { digestCard } from '../cards/digest-card';
import { isoWeekOf, previousWeek, weekBounds, weekNumberOf } from '../domain/calendar/iso-week';
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
 * "digest" / "ugens overblik" at any time: the last complete week, the same digest its Monday card
 * showed (on a Monday morning that is the week just ended, not the one just begun). Owners get
 * the programme-wide digest (or one level's: "digest level 3"), managers the one about their own
 * people; "uge 36" asks for an earlier week; anyone else is told who digests are for.
 *
 * Never a week still running: asked again as answers come in, a week so far would show each new
 * answer by difference (the average before and after one more rating gives that rating away).
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
      const lastComplete = previousWeek(isoWeekOf(at, programme.timeZone));
      const asked = request.week ? recentWeek(request.week, isoWeekOf(at, programme.timeZone)) : lastComplete;
      const notOver = weekBounds(asked, programme.timeZone).to.getTime() > at.getTime();
      const week = notOver ? lastComplete : asked;
      const note = notOver ? t(language, 'digest.weekNotOver', { requested: weekNumberOf(asked), week: weekNumberOf(week) }) : '';
      // The last complete week is shown as now (its late answers count, upcoming sessions are the
      // coming ones), exactly as its Monday card; an earlier week as it stood at its end, the same
      // as the CLI preview.
      const asOf = week === lastComplete ? at : weekBounds(week, programme.timeZone).to;
      const input = await gatherDigestInput(store, { digest: deps.digest }, week, scope, asOf, isOwner ? 'owner' : 'manager');
      logger.info({ scope: scope.kind, level: request.level }, 'digest on request');
      // Owners' digests name leaders, managers' describe their own people: never in a group.
      await sendPersonalAnswer(context, deps, digestCard(buildDigest(input), programme, language, note), language, participant);
    },
  );
}
