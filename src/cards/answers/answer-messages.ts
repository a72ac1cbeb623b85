import type { Contact } from './answer-context';
import type { AnswerCard } from '../card-types';
import type { Language, LocalizedText } from '../../domain/programme/model';
import { suggest } from '../suggested-actions';
import { t } from '../../domain/language/texts';

/** "Help": what the bot can do, with the most common questions as buttons. */
export function answerHelp(language: Language, name?: string): AnswerCard {
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
export function answerFallback(language: Language): AnswerCard {
  return {
    template: 'message',
    data: {
      heading: t(language, 'fallback.heading'),
      text: t(language, 'fallback.text'),
      actions: suggest(language, 'action.next', 'action.schedule', 'action.help'),
    },
  };
}

/**
 * A Teams user who is not a participant: told so politely, with whom to contact, and never shown
 * the leaders' help. An admin or programme owner who is no participant is told what they can do.
 */
export function answerNotEnrolled(language: Language, programmeName: LocalizedText, contact: Contact, role?: 'admin' | 'owner'): AnswerCard {
  const programme = programmeName[language];
  const text = role
    ? t(language, role === 'admin' ? 'notEnrolled.admin' : 'notEnrolled.owner', { programme })
    : t(language, 'notEnrolled.text', { programme, contactName: contact.name, contactEmail: contact.email });
  return { template: 'message', data: { heading: t(language, role ? 'help.heading' : 'notEnrolled.heading'), text, actions: [] } };
}
