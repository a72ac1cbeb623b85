import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { sessionsFor } from '../domain/programme/attendance';
import { calendarLinkCard, noticeCard } from '../cards/self-service-cards';
import { t } from '../domain/language/texts';
import type { BotDeps } from './bot-deps';
import { isIntent, startSelfService } from './self-service-turn';
import { sendPersonalAnswer } from './personal-answer';

/**
 * "Add my sessions to my calendar" / "kalender": a card with a signed link to one .ics file with
 * all of the leader's sessions (served by the calendar route; stable UIDs, so downloading it again
 * updates the events instead of doubling them).
 */
export function registerCalendar(app: Application, deps: BotDeps): void {
  app.message(
    async (context) => isIntent(context, 'calendar'),
    async (context: TurnContext) => {
      const turn = await startSelfService(context, deps);
      if (!turn) return;
      const { participant, language } = turn;
      const sessions = sessionsFor(await deps.store.getProgramme(), participant);
      if (sessions.length === 0) {
        await sendPersonalAnswer(context, deps, noticeCard(t(language, 'calendar.heading'), t(language, 'schedule.empty')), language, participant);
        return;
      }
      await sendPersonalAnswer(context, deps, calendarLinkCard(language, sessions.length, deps.links.participantUrl(participant.id, language)), language, participant);
    },
  );
}
