/**
 * Cards that hand a leader a link (their calendar file, their data) and the confirmation before
 * their check-in texts are erased. Pure: the signed links are made by the caller.
 */
import type { Answer, SuggestedAction } from './card-data';
import type { Language } from './programme/model';
import { suggest } from './suggested-actions';
import { t } from './language/texts';

/** A short message with one link button (opened in the browser) and suggested questions. */
export interface LinkCard {
  heading: string;
  text: string;
  linkLabel: string;
  url: string;
  actions: SuggestedAction[];
}

export interface EraseCheckInsCard {
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The participant the card was made for: a confirmation from anyone else is refused. */
  forParticipant: string;
}

/** "Add my sessions to my calendar": one .ics file with all of the leader's sessions. */
export function calendarAnswer(language: Language, sessionCount: number, url: string): Answer {
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
export function myDataAnswer(language: Language, minutes: number, url: string): Answer {
  return {
    template: 'link',
    data: { heading: t(language, 'myData.heading'), text: t(language, 'myData.text', { minutes }), linkLabel: t(language, 'myData.link'), url, actions: [] },
  };
}

/** "Delete my check-ins": what will go and what stays, with yes and no. */
export function eraseCheckInsAnswer(language: Language, textCount: number, participantId: string): Answer {
  return {
    template: 'erase-check-ins',
    data: {
      heading: t(language, 'erase.heading'),
      text: t(language, 'erase.text', { count: textCount }),
      confirmLabel: t(language, 'erase.confirm'),
      cancelLabel: t(language, 'erase.cancel'),
      forParticipant: participantId,
    },
  };
}

/** A plain message card without buttons (results of self-service actions). */
export function noticeAnswer(heading: string, text: string, actions: SuggestedAction[] = []): Answer {
  return { template: 'message', data: { heading, text, actions } };
}
