/**
 * What the AI planner may know: the asking leader's own programme, as plain facts. Built from the
 * programme and that one participant only, so nothing about another leader (names, e-mails,
 * absences, check-ins, choices, seat counts made of others' choices) can reach a model.
 */
import { electivesOf, findModuleByNumber, isInAudience, sessionAudience, sessionsFor } from '../programme/attendance';
import type { Language, Participant, Programme, Session } from '../programme/model';
import { formatSessionTime, inZone } from '../calendar/format-date';
import { describeAudience } from './describe-audience';
import { moduleOf } from './describe-session';
import { levelName, t } from './texts';

/** The read-only actions the planner may call: the bot's own answers, as facts. */
export const PLANNER_ACTIONS = ['nextSession', 'where', 'prepare', 'moduleContent', 'electives', 'schedule'] as const;
export type PlannerAction = (typeof PLANNER_ACTIONS)[number];

interface FactsContext {
  programme: Programme;
  participant: Participant;
  language: Language;
  now: Date;
}

function sessionFactsOf({ programme, language, now }: FactsContext, session: Session): Record<string, unknown> {
  const module = moduleOf(programme, session);
  return {
    session: session.id,
    module: module.number,
    kind: t(language, `kind.${module.kind}`),
    title: module.title[language],
    when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
    done: Date.parse(session.end) <= now.getTime(),
    place: session.place.name,
    address: session.place.address,
    room: session.place.room,
    online: session.place.onlineUrl,
    facilitator: session.facilitator,
    preparation: session.preparation?.[language],
    agenda: session.agenda.map((item) => item[language]),
    about: module.description[language],
  };
}

/** The leader's sessions, level, group and own electives, one JSON object: the planner's context. */
export function programmeFactsFor(ctx: FactsContext): string {
  const { programme, participant, language } = ctx;
  const group = programme.groups.find((g) => g.id === participant.group);
  return JSON.stringify({
    programme: programme.name[language],
    level: `${participant.level} (${levelName(language, participant.level)})`,
    learningGroup: group?.name,
    myElectives: electivesOf(programme).filter((m) => participant.electives.includes(m.id)).map((m) => m.title[language]),
    mySessions: sessionsFor(programme, participant).map((s) => sessionFactsOf(ctx, s)),
  });
}

/** The session a planner action is about: the one on `date` (YYYY-MM-DD, local), else the next. */
function sessionFor(ctx: FactsContext, date: unknown): Session | undefined {
  const mine = sessionsFor(ctx.programme, ctx.participant);
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return mine.find((s) => inZone(s.start, ctx.programme.timeZone).toISODate() === date);
  }
  return mine.find((s) => Date.parse(s.end) > ctx.now.getTime());
}

/**
 * The result of one planner action, as JSON text for the model. Every action only reads, and only
 * this leader's view of the programme; an action name that is not one of PLANNER_ACTIONS gives
 * undefined (the caller refuses it).
 */
export function plannerActionResult(action: string, parameters: Record<string, unknown>, ctx: FactsContext): string | undefined {
  const { programme, participant, language } = ctx;
  switch (action as PlannerAction) {
    case 'nextSession':
    case 'where':
    case 'prepare': {
      const session = sessionFor(ctx, parameters.date);
      return JSON.stringify(session ? sessionFactsOf(ctx, session) : { none: 'The leader has no session then.' });
    }
    case 'moduleContent': {
      const module = typeof parameters.moduleNumber === 'number' ? findModuleByNumber(programme, parameters.moduleNumber) : undefined;
      if (!module) return JSON.stringify({ none: 'The programme has no module with that number.' });
      const mine = programme.sessions.filter((s) => s.moduleId === module.id && isInAudience(participant, sessionAudience(programme, s)));
      return JSON.stringify({
        module: module.number,
        title: module.title[language],
        about: module.description[language],
        for: describeAudience(programme, module.audience, language),
        mySessions: mine.map((s) => sessionFactsOf(ctx, s)),
      });
    }
    case 'electives':
      return JSON.stringify({
        perLeader: programme.electivesPerParticipant,
        electives: electivesOf(programme).map((m) => ({
          module: m.number,
          title: m.title[language],
          about: m.description[language],
          provider: m.provider,
          ects: m.ects,
          chosen: participant.electives.includes(m.id),
          dates: programme.sessions.filter((s) => s.moduleId === m.id).map((s) => formatSessionTime(s.start, s.end, programme.timeZone, language, ctx.now)),
        })),
      });
    case 'schedule':
      return JSON.stringify(sessionsFor(programme, participant).map((s) => sessionFactsOf(ctx, s)));
    default:
      return undefined;
  }
}
