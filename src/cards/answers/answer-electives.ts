import type { AnswerContext } from './answer-context';
import type { AnswerCard, ElectiveItem } from '../card-types';
import { electivesOf } from '../../domain/programme/attendance';
import { placeSummary } from '../../domain/language/describe-session';
import { formatDate } from '../../domain/calendar/format-date';
import { suggest } from '../suggested-actions';
import { joinList, t } from '../../domain/language/texts';

/** "Which electives are there?": the diploma electives with dates, place and seats, the leader's choice marked. */
export function answerElectives({ programme, participant, language, now }: AnswerContext): AnswerCard {
  const electives = electivesOf(programme);
  const chosen = new Set(participant.electives);
  const items: ElectiveItem[] = electives.map((module) => {
    const sessions = programme.sessions
      .filter((s) => s.moduleId === module.id)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const taken = programme.participants.filter((p) => p.active && p.electives.includes(module.id)).length;
    const details = [module.provider, module.ects ? t(language, 'electives.credits', { ects: module.ects }) : undefined];
    return {
      title: module.title[language],
      description: [module.description[language], details.filter(Boolean).join(' · ')].filter(Boolean).join('\n\n'),
      dates: sessions.map((s) => formatDate(s.start, programme.timeZone, language, now)).join(', '),
      place: sessions[0] ? placeSummary(sessions[0]) : '',
      seats: module.capacity ? t(language, 'electives.seats', { taken, capacity: module.capacity }) : '',
      chosen: chosen.has(module.id),
      chosenLabel: t(language, 'electives.chosen'),
    };
  });
  const chosenTitles = electives.filter((m) => chosen.has(m.id)).map((m) => m.title[language]);
  return {
    template: 'electives',
    data: {
      heading: t(language, 'electives.heading'),
      intro: electives.length
        ? t(language, 'electives.intro', { count: programme.electivesPerParticipant })
        : t(language, 'electives.none'),
      yours: chosenTitles.length
        ? t(language, 'electives.yours', { titles: joinList(language, chosenTitles) })
        : t(language, 'electives.noneChosen'),
      items,
      actions: suggest(language, 'action.chooseElectives', 'action.schedule', 'action.next'),
    },
  };
}
