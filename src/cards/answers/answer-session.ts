import type { AnswerContext } from './answer-context';
import type { AnswerCard } from '../card-types';
import { isUnderWay, nextSessionFor } from '../../domain/programme/attendance';
import { moduleLabel, moduleOf } from '../../domain/language/describe-session';
import { sessionFacts } from '../session-facts';
import { formatRelativeDays, formatSessionTime } from '../../domain/calendar/format-date';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';

export type SessionQuestion = 'nextSession' | 'where' | 'prepare';

/**
 * Answers "when is my next module", "where is it" and "what should I prepare": all three are
 * about the leader's next session (one under way counts), shown with a different emphasis. The
 * card is the leader's hub for that session: add it to the calendar, say they cannot come (or
 * withdraw that), open its online meeting, map and materials. Its suggested questions never ask
 * what the card already shows.
 */
export function answerAboutNextSession(question: SessionQuestion, ctx: AnswerContext): AnswerCard {
  const { programme, participant, language, now } = ctx;
  const session = nextSessionFor(programme, participant, now);
  if (!session) {
    return {
      template: 'message',
      data: { heading: t(language, 'next.heading'), text: t(language, 'next.none'), actions: suggest(language, 'action.schedule', 'action.help') },
    };
  }
  const module = moduleOf(programme, session);
  const heading =
    question === 'where'
      ? t(language, 'where.heading')
      : question === 'prepare'
        ? t(language, 'prepare.heading')
        : isUnderWay(session, now)
          ? t(language, 'next.underWayHeading')
          : t(language, 'next.heading');
  const links = [
    { title: t(language, 'hub.online'), url: session.place.onlineUrl },
    { title: t(language, 'hub.map'), url: session.place.mapUrl },
    { title: t(language, 'hub.materials'), url: session.materialsUrl },
  ].filter((link): link is { title: string; url: string } => Boolean(link.url));
  // "Where is it?" hides the day's content, so asking what to prepare still adds something there.
  const next = question === 'where' ? (['action.prepare', 'action.schedule', 'action.progress'] as const) : (['action.schedule', 'action.progress'] as const);
  return {
    template: 'session-details',
    data: {
      heading,
      moduleLabel: moduleLabel(language, module),
      title: module.title[language],
      when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
      relative: formatRelativeDays(session.start, now, programme.timeZone, language),
      facts: sessionFacts(programme, session, language, now),
      preparationFirst: question === 'prepare',
      // "Where is it?" is about the place: the day's content would only bury the answer.
      showPreparation: question !== 'where',
      preparationLabel: t(language, 'label.preparation'),
      preparation: session.preparation?.[language] || t(language, 'prepare.nothing'),
      agendaLabel: t(language, 'label.agenda'),
      agenda: question === 'where' ? [] : session.agenda.map((item) => ({ text: item[language] })),
      links,
      calendarLabel: t(language, 'reminder.calendar'),
      calendarUrl: ctx.calendarUrl?.(session.id) ?? '',
      absent: ctx.absentFrom?.has(session.id) ?? false,
      absentText: t(language, 'reminder.absent'),
      canChangeAbsence: Date.parse(session.start) > now.getTime(),
      cantComeLabel: t(language, 'reminder.cantCome'),
      reasonLabel: t(language, 'reminder.reasonLabel'),
      sendAbsenceLabel: t(language, 'reminder.sendAbsence'),
      undoLabel: t(language, 'absence.undo'),
      sessionId: session.id,
      forParticipant: participant.id,
      actions: suggest(language, ...next),
      lang: language,
    },
  };
}
