import type { AnswerContext } from './answer-context';
import { answerElectives } from './answer-electives';
import { answerFallback, answerHelp } from './answer-messages';
import { answerModule } from './answer-module';
import { answerSchedule } from './answer-schedule';
import { answerAboutNextSession } from './answer-session';
import type { AnswerCard } from '../card-types';
import type { MatchedIntent } from '../../domain/language/match-intent';

/** Turns a recognised question into the card that answers it for this leader. */
export function answerQuestion(intent: MatchedIntent, ctx: AnswerContext): AnswerCard {
  switch (intent.intent) {
    case 'nextSession':
    case 'where':
    case 'prepare':
      return answerAboutNextSession(intent.intent, ctx);
    case 'schedule':
      return answerSchedule(ctx);
    case 'module':
      return intent.moduleNumber ? answerModule(intent.moduleNumber, ctx) : answerSchedule(ctx);
    case 'electives':
      return answerElectives(ctx);
    case 'help':
      return answerHelp(ctx.language);
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
