import type { CardOf } from './card-types';
import type { ReachView } from './admin-card-types';
import { describeSessionAudience, sessionChoiceTitles } from '../domain/language/session-choice-title';
import { formatSessionTime } from '../domain/calendar/format-date';
import type { SessionChange, SessionChangeResult } from '../domain/programme/session-change';
import type { Language, Programme, Session } from '../domain/programme/model';
import { counted, t } from '../domain/language/texts';
import { escapeMarkdown } from '../domain/language/escape-text';

export interface SessionChangePreviewInput {
  programme: Programme;
  session: Session;
  change: SessionChange;
  result: Pick<SessionChangeResult, 'before' | 'after' | 'timeChanged'>;
  /** How many active participants are told. */
  told: number;
  warnings: string[];
  reach: ReachView;
  language: Language;
  now: Date;
}

/**
 * "Flyt session" before anything is saved: the session as it is now and as it becomes, who is
 * told, how many of them the bot can reach now, any warnings about the new time, and Confirm or
 * Cancel. Confirm carries the change and the time and place it was previewed against.
 */
export function sessionChangePreviewCard({ programme, session, change, result, told, warnings, reach, language, now }: SessionChangePreviewInput): CardOf<'session-change-preview'> {
  const zone = programme.timeZone;
  const place = (p: Session['place']) => [p.name, p.room, p.address].filter(Boolean).join(', ');
  return {
    template: 'session-change-preview',
    data: {
      ...reach,
      heading: t(language, 'change.preview.heading'),
      // "6. Sparring …" would render as a numbered list, and a place name is admin text: shown as written.
      sessionTitle: escapeMarkdown(sessionChoiceTitles(programme, [session], language, now)[0]),
      beforeLabel: t(language, 'change.preview.before'),
      beforeWhen: formatSessionTime(result.before.start, result.before.end, zone, language, now),
      beforePlace: place(result.before.place),
      afterLabel: t(language, 'change.preview.after'),
      afterWhen: formatSessionTime(result.after.start, result.after.end, zone, language, now),
      afterPlace: place(result.after.place),
      toldText: t(language, 'change.preview.told', { participants: counted(language, 'participants', told), audience: describeSessionAudience(programme, session, language) }),
      replanText: result.timeChanged ? t(language, 'change.preview.replan') : '',
      warningsLabel: t(language, 'change.preview.warnings'),
      warnings: warnings.map((text) => ({ text })),
      confirmLabel: t(language, 'change.form.submit'),
      cancelLabel: t(language, 'change.preview.cancel'),
      sessionId: session.id,
      changeJson: JSON.stringify(change),
      beforeJson: JSON.stringify(result.before),
    },
  };
}
