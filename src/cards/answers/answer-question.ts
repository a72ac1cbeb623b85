import type { AnswerContext, Contact } from './answer-context';
import { answerElectives } from './answer-electives';
import { answerFallback, answerHelp } from './answer-messages';
import { answerModule } from './answer-module';
import { answerSchedule } from './answer-schedule';
import { answerAboutNextSession, answerNoMoreSessions, answerNoSessionPicked } from './answer-session';
import { answerSmallTalk } from './answer-small-talk';
import type { AnswerCard } from '../card-types';
import type { MatchedIntent } from '../../domain/language/match-intent';
import { moduleOf } from '../../domain/language/describe-session';
import { pickSession } from '../../domain/language/pick-session';

/** Turns a recognised question into the card that answers it for this leader. */
export function answerQuestion(intent: MatchedIntent, ctx: AnswerContext, contact: Contact): AnswerCard {
  switch (intent.intent) {
    case 'nextSession':
    case 'where':
    case 'prepare':
      return answerAboutNextSession(intent.intent, ctx, intent);
    case 'schedule':
      return answerSchedule(ctx);
    case 'module':
      return answerModuleQuestion(intent, ctx);
    case 'electives':
      return answerElectives(ctx);
    case 'help':
      return answerHelp(ctx.language);
    case 'greeting':
    case 'thanks':
    case 'aboutBot':
      return answerSmallTalk(intent.intent, ctx.language, ctx.participant.name.split(' ')[0], contact);
    // Self-service requests and "mit forløb" (which reads the leader's absences and check-ins) have their own routes, registered before the questions
    // (src/teams/create-app.ts); they never get here.
    case 'absence':
    case 'withdrawAbsence':
    case 'calendar':
    case 'chooseElectives':
    case 'progress':
    case 'unknown':
      return answerFallback(ctx.language);
  }
}

/**
 * "Hvad handler modul 3 om?" is about module 3; "hvad handler næste modul om?" and "what's on the
 * agenda on Thursday?" are about the module of the session the words point at.
 */
function answerModuleQuestion(intent: MatchedIntent, ctx: AnswerContext): AnswerCard {
  if (intent.moduleNumber !== undefined) return answerModule(intent.moduleNumber, ctx);
  const pick = pickSession(ctx.programme, ctx.participant, ctx.now, intent);
  if (!pick.session) return pick.narrowed ? answerNoSessionPicked(pick, intent, ctx) : answerNoMoreSessions(ctx.language);
  return answerModule(moduleOf(ctx.programme, pick.session).number, ctx);
}
