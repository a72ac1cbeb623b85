import type { AnswerContext } from './answer-context';
import type { Answer, ScheduleItem } from './card-data';
import { nextSessionFor, sessionsFor } from './attendance';
import { moduleOf, placeSummary } from './describe-session';
import { formatSessionTime } from './format-date';
import { suggest } from './suggested-actions';
import { t } from './texts';

/** "Show my schedule": every session the leader attends, past ones marked done. */
export function answerSchedule({ programme, participant, language, now }: AnswerContext): Answer {
  const sessions = sessionsFor(programme, participant);
  const next = nextSessionFor(programme, participant, now);
  const items: ScheduleItem[] = sessions.map((session) => {
    const module = moduleOf(programme, session);
    const isPast = Date.parse(session.end) <= now.getTime();
    const isNext = session.id === next?.id;
    return {
      when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
      title: `${module.number}. ${module.title[language]}`,
      place: placeSummary(session),
      status: isPast ? t(language, 'schedule.done') : isNext ? t(language, 'schedule.next') : '',
      isPast,
      isNext,
    };
  });
  const past = items.filter((i) => i.isPast).length;
  const intro =
    items.length === 0
      ? t(language, 'schedule.empty')
      : t(language, 'schedule.intro', { name: participant.name.split(' ')[0], total: items.length, past, upcoming: items.length - past });
  return {
    template: 'schedule',
    data: { heading: t(language, 'schedule.heading'), intro, items, actions: suggest(language, 'action.next', 'action.electives') },
  };
}
