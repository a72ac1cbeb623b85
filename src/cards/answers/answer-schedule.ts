import type { AnswerContext } from './answer-context';
import type { AnswerCard, ScheduleItem } from '../card-types';
import { nextSessionFor, sessionsFor } from '../../domain/programme/attendance';
import { moduleOf, placeSummary } from '../../domain/language/describe-session';
import { formatSessionTime } from '../../domain/calendar/format-date';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';

/** "Show my schedule": every session the leader attends, past ones marked done. */
export function answerSchedule({ programme, participant, language, now }: AnswerContext): AnswerCard {
  const sessions = sessionsFor(programme, participant);
  const next = nextSessionFor(programme, participant, now);
  // A module with several days for the leader (diploma electives) gets "dag 1 af 3" on each row.
  const perModule = new Map<string, string[]>();
  for (const s of sessions) perModule.set(s.moduleId, [...(perModule.get(s.moduleId) ?? []), s.id]);
  const items: ScheduleItem[] = sessions.map((session) => {
    const module = moduleOf(programme, session);
    const days = perModule.get(module.id) ?? [];
    const day = days.length > 1 ? ` (${t(language, 'schedule.day', { day: days.indexOf(session.id) + 1, days: days.length })})` : '';
    const isPast = Date.parse(session.end) <= now.getTime();
    const isNext = session.id === next?.id;
    return {
      when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
      // Not "4. Title": Teams renders a leading "4." as a numbered list.
      title: `${t(language, 'label.module', { number: module.number })} – ${module.title[language]}${day}`,
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
