import type { Contact } from './answer-context';
import type { Answer } from './card-data';
import type { Language, LocalizedText } from './programme/model';
import { suggest } from './suggested-actions';
import { t } from './language/texts';

/** "Help": what the bot can do, with the most common questions as buttons. */
export function answerHelp(language: Language, name?: string): Answer {
  const heading = name ? t(language, 'welcome.heading', { name }) : t(language, 'help.heading');
  return {
    template: 'message',
    data: {
      heading,
      text: `${t(language, 'help.intro')}\n\n${t(language, 'help.items')}`,
      actions: suggest(language, 'action.next', 'action.schedule', 'action.electives'),
    },
  };
}

/** Anything the bot did not understand: a short apology and three questions it can answer. */
export function answerFallback(language: Language): Answer {
  return {
    template: 'message',
    data: {
      heading: t(language, 'fallback.heading'),
      text: t(language, 'fallback.text'),
      actions: suggest(language, 'action.next', 'action.schedule', 'action.help'),
    },
  };
}

/** A Teams user who is not a participant: told so politely, with whom to contact. */
export function answerNotEnrolled(language: Language, programmeName: LocalizedText, contact: Contact): Answer {
  return {
    template: 'message',
    data: {
      heading: t(language, 'notEnrolled.heading'),
      text: t(language, 'notEnrolled.text', { programme: programmeName[language], contactName: contact.name, contactEmail: contact.email }),
      actions: [],
    },
  };
}
