import type { AnswerContext } from './answer-context';
import type { AnswerCard } from '../card-types';
import { isUnderWay } from '../../domain/programme/attendance';
import { moduleLabel, moduleOf } from '../../domain/language/describe-session';
import type { MatchedIntent } from '../../domain/language/match-intent';
import { pickSession, type SessionPick } from '../../domain/language/pick-session';
import { sessionFacts } from '../session-facts';
import { formatDate, formatRelativeDays, formatSessionTime } from '../../domain/calendar/format-date';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';
import type { Language } from '../../domain/programme/model';

export type SessionQuestion = 'nextSession' | 'where' | 'prepare';

/** The words of the question that can narrow it to one session (see pick-session.ts). */
export type SessionWords = Pick<MatchedIntent, 'moduleNumber' | 'when' | 'sessionKind'>;

/**
 * Answers "when is my next module", "where is it" and "what should I prepare": all three are
 * about one of the leader's sessions, shown with a different emphasis. It is their next session
 * (one under way counts) unless the words say which: "hvad skal jeg have med på torsdag" is about
 * Thursday's session, "hvor er modul 4" about their module-4 session. The card is the leader's
 * hub for that session: add it to the calendar, say they cannot come (or withdraw that), open its
 * online meeting, map and materials. Its suggested questions never ask what the card already shows.
 */
export function answerAboutNextSession(question: SessionQuestion, ctx: AnswerContext, words: SessionWords = {}): AnswerCard {
  const { programme, participant, language, now } = ctx;
  const pick = pickSession(programme, participant, now, words);
  const session = pick.session;
  if (!session) return pick.narrowed ? answerNoSessionPicked(pick, words, ctx) : answerNoMoreSessions(language);
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

/** After the leader's last session. */
export function answerNoMoreSessions(language: Language): AnswerCard {
  return {
    template: 'message',
    data: { heading: t(language, 'next.heading'), text: t(language, 'next.none'), actions: suggest(language, 'action.schedule', 'action.help') },
  };
}

/**
 * The words named a time, a module or a kind of session, and none of the leader's sessions fits:
 * said plainly, naming what was understood, never answered with another session as if it fitted.
 */
export function answerNoSessionPicked(pick: SessionPick, words: SessionWords, { programme, language, now }: AnswerContext): AnswerCard {
  const zone = programme.timeZone;
  let text: string;
  if (pick.range) {
    const { from, to } = pick.range;
    const lastDay = to ? new Date(to.getTime() - 1) : undefined;
    const oneDay = lastDay && formatDate(from, zone, language, now) === formatDate(lastDay, zone, language, now);
    const period = oneDay
      ? t(language, 'period.day', { date: formatDate(from, zone, language, now) })
      : lastDay
        ? t(language, 'period.between', { from: formatDate(from, zone, language, now), to: formatDate(lastDay, zone, language, now) })
        : t(language, 'period.from', { from: formatDate(from, zone, language, now) });
    text = t(language, 'pick.none', { period });
  } else if (words.moduleNumber !== undefined) {
    text = t(language, 'pick.noModule', { number: words.moduleNumber });
  } else if (words.sessionKind) {
    text = t(language, words.sessionKind === 'gathering' ? 'pick.noGathering' : 'pick.noElective');
  } else {
    text = t(language, 'next.none');
  }
  return { template: 'message', data: { heading: t(language, 'pick.heading'), text, actions: suggest(language, 'action.next', 'action.schedule') } };
}
