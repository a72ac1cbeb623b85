/**
 * Cards that hand a leader a link (their calendar file, their data) and the confirmation before
 * their check-in texts are erased. Pure: the signed links are made by the caller.
 */
import type { CardOf, SuggestedAction } from './card-types';
import type { Language } from '../domain/programme/model';
import { suggest } from './suggested-actions';
import { t } from '../domain/language/texts';

/** "Add my sessions to my calendar": one .ics file with all of the leader's sessions. */
export function calendarLinkCard(language: Language, sessionCount: number, url: string): CardOf<'link'> {
  return {
    template: 'link',
    data: {
      heading: t(language, 'calendar.heading'),
      text: t(language, 'calendar.text', { count: sessionCount }),
      linkLabel: t(language, 'calendar.link'),
      url,
      actions: suggest(language, 'action.schedule'),
    },
  };
}

/** "My data": a short-lived link to everything the bot stores about the leader. */
export function myDataLinkCard(language: Language, minutes: number, url: string): CardOf<'link'> {
  return {
    template: 'link',
    data: { heading: t(language, 'myData.heading'), text: t(language, 'myData.text', { minutes }), linkLabel: t(language, 'myData.link'), url, actions: [] },
  };
}

/** "Delete my check-ins": what will go and what stays, with yes and no. */
export function eraseCheckInsCard(language: Language, textCount: number, participantId: string): CardOf<'erase-check-ins'> {
  return {
    template: 'erase-check-ins',
    data: {
      heading: t(language, 'erase.heading'),
      text: t(language, 'erase.text', { count: textCount }),
      confirmLabel: t(language, 'erase.confirm'),
      cancelLabel: t(language, 'erase.cancel'),
      forParticipant: participantId,
      lang: language,
    },
  };
}

/** A plain message card without buttons (results of self-service actions). */
export function noticeCard(heading: string, text: string, actions: SuggestedAction[] = []): CardOf<'message'> {
  return { template: 'message', data: { heading, text, actions } };
}
