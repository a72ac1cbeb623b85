import type { AnswerContext } from './answer-context';
import type { AnswerCard } from '../card-types';
import { findModuleByNumber, isInAudience, sessionAudience } from '../../domain/programme/attendance';
import { describeAudience } from '../../domain/language/describe-audience';
import { moduleLabel, placeSummary } from '../../domain/language/describe-session';
import { formatSessionTime } from '../../domain/calendar/format-date';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';

/**
 * "What is module 3 about?": the module's description, who it is for, and the dates that apply
 * to this leader. A module that is not for the leader is still described, with that said plainly.
 */
export function answerModule(moduleNumber: number, { programme, participant, language, now }: AnswerContext): AnswerCard {
  const module = findModuleByNumber(programme, moduleNumber);
  if (!module) {
    const max = Math.max(0, ...programme.modules.map((m) => m.number));
    return {
      template: 'message',
      data: {
        heading: t(language, 'label.module', { number: moduleNumber }),
        text: t(language, 'module.unknown', { number: moduleNumber, max }),
        actions: suggest(language, 'action.schedule', 'action.next'),
      },
    };
  }
  const moduleSessions = programme.sessions
    .filter((s) => s.moduleId === module.id)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const mine = moduleSessions.filter((s) => isInAudience(participant, sessionAudience(programme, s)));
  const audience = describeAudience(programme, module.audience, language);
  const note =
    mine.length > 0 ? '' : moduleSessions.length === 0 ? t(language, 'module.noDates') : t(language, 'module.notForYou', { audience });
  return {
    template: 'module-details',
    data: {
      heading: module.title[language],
      moduleLabel: moduleLabel(language, module),
      description: module.description[language],
      audience: `${t(language, 'fact.audience')}: ${audience}`,
      sessionsLabel: t(language, 'module.yourSessions'),
      sessions: mine.map((s) => ({
        when: formatSessionTime(s.start, s.end, programme.timeZone, language, now),
        place: placeSummary(s),
      })),
      note,
      actions: suggest(language, 'action.schedule', 'action.next'),
    },
  };
}
