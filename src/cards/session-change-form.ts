import type { CardOf } from './card-types';
import { sessionChoiceTitles } from '../domain/language/session-choice-title';
import type { Language, Programme } from '../domain/programme/model';
import { t } from '../domain/language/texts';

/** The admin's form for moving one of the coming sessions. */
export function sessionChangeFormCard(programme: Programme, language: Language, now: Date): CardOf<'session-change-form'> {
  const upcoming = programme.sessions.filter((s) => Date.parse(s.end) > now.getTime()).sort((a, b) => a.start.localeCompare(b.start));
  return {
    template: 'session-change-form',
    data: {
      heading: t(language, 'change.form.heading'),
      hint: t(language, 'change.form.hint'),
      sessionLabel: t(language, 'change.form.session'),
      // Module, group, place and time: two runs of one module never read alike.
      sessions: sessionChoiceTitles(programme, upcoming, language, now).map((title, i) => ({ title, value: upcoming[i].id })),
      dateLabel: t(language, 'change.form.date'),
      startLabel: t(language, 'change.form.start'),
      endLabel: t(language, 'change.form.end'),
      placeLabel: t(language, 'change.form.place'),
      roomLabel: t(language, 'change.form.room'),
      addressLabel: t(language, 'change.form.address'),
      submitLabel: t(language, 'change.form.next'),
      sessionError: t(language, 'validation.session'),
      lang: language,
    },
  };
}
