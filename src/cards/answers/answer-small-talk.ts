import type { Contact } from './answer-context';
import type { AnswerCard } from '../card-types';
import type { Language } from '../../domain/programme/model';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';

/** The small talk a person expects to work. */
export type SmallTalk = 'greeting' | 'thanks' | 'aboutBot';

/**
 * "Hej", "tak!", "hvem er du": a short answer in the language used, with the questions the bot
 * answers best as buttons. Nothing in it is personal beyond the first name, so it may be given
 * where it was asked.
 */
export function answerSmallTalk(kind: SmallTalk, language: Language, firstName: string, contact: Contact): AnswerCard {
  const { heading, text } =
    kind === 'greeting'
      ? { heading: t(language, 'smallTalk.greetingHeading', { name: firstName }), text: t(language, 'smallTalk.greeting') }
      : kind === 'thanks'
        ? { heading: t(language, 'smallTalk.thanksHeading'), text: t(language, 'smallTalk.thanks') }
        : { heading: t(language, 'smallTalk.aboutHeading'), text: t(language, 'smallTalk.about', { contact: `${contact.name} (${contact.email})` }) };
  return {
    template: 'message',
    data: { heading, text, actions: suggest(language, 'action.next', 'action.schedule', kind === 'aboutBot' ? 'action.help' : 'action.prepare') },
  };
}
