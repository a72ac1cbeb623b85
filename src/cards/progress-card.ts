/**
 * The card of "mit forløb" / "my progress": how far the leader has come (attended, absent, to
 * come) and where each of their electives stands. Pure: the progress is computed by the domain.
 */
import type { CardOf, ProgressItem } from './card-types';
import { moduleOf, placeSummary } from '../domain/language/describe-session';
import { formatDate, formatSessionTime } from '../domain/calendar/format-date';
import { findModule } from '../domain/programme/attendance';
import type { ElectiveProgress, ProgrammeProgress } from '../domain/self-service/progress';
import type { Language, Participant, Programme, Session } from '../domain/programme/model';
import { suggest } from './suggested-actions';
import { t } from '../domain/language/texts';

/** Upcoming sessions listed before "… and n more": the card is an overview, the schedule has them all. */
const UPCOMING_SHOWN = 4;

export interface ProgressCardInput {
  programme: Programme;
  participant: Participant;
  progress: ProgrammeProgress;
  language: Language;
  now: Date;
}

function sessionItem(programme: Programme, session: Session, language: Language, now: Date, note = ''): ProgressItem {
  const module = moduleOf(programme, session);
  return {
    // Not "4. Title": Teams renders a leading "4." as a numbered list.
    title: `${t(language, 'label.module', { number: module.number })} – ${module.title[language]}`,
    when: `${formatSessionTime(session.start, session.end, programme.timeZone, language, now)} · ${placeSummary(session)}`,
    note,
  };
}

function electiveNote(e: ElectiveProgress, programme: Programme, language: Language, now: Date): string {
  switch (e.state) {
    case 'waiting':
      return t(language, 'progress.elective.waiting', { position: e.position ?? 0 });
    case 'chosen':
      return t(language, 'progress.elective.chosen', { date: e.firstDay ? formatDate(e.firstDay, programme.timeZone, language, now) : '–' });
    case 'begun':
      return t(language, 'progress.elective.begun', { held: e.daysHeld, days: e.days });
    case 'done':
      return t(language, 'progress.elective.done');
  }
}

/** Attended (with whether a reflection was given), absent, the next few to come, and the electives. */
export function progressCard({ programme, participant, progress, language, now }: ProgressCardInput): CardOf<'progress'> {
  const { attended, absent, upcoming, reflected, electives } = progress;
  const total = attended.length + absent.length + upcoming.length;
  const hidden = Math.max(0, upcoming.length - UPCOMING_SHOWN);
  return {
    template: 'progress',
    data: {
      heading: t(language, 'progress.heading'),
      summary: [
        t(language, 'progress.summary', { name: participant.name.split(' ')[0], attended: attended.length, total, upcoming: upcoming.length }),
        // "0 afbud" says nothing a leader needs: the absences are mentioned only when there are some.
        ...(absent.length ? [t(language, 'progress.summaryAbsent', { absent: absent.length })] : []),
      ].join(' '),
      sections: [
        {
          title: t(language, 'progress.attended', { count: attended.length }),
          items: attended.map((s) => sessionItem(programme, s, language, now, reflected.has(s.id) ? t(language, 'progress.reflected') : '')),
          more: '',
        },
        { title: t(language, 'progress.absent', { count: absent.length }), items: absent.map((s) => sessionItem(programme, s, language, now)), more: '' },
        {
          title: t(language, 'progress.upcoming', { count: upcoming.length }),
          items: upcoming.slice(0, UPCOMING_SHOWN).map((s) => sessionItem(programme, s, language, now)),
          more: hidden ? t(language, 'progress.more', { count: hidden }) : '',
        },
        {
          title: t(language, 'progress.electives'),
          items: electives.map((e) => ({ title: findModule(programme, e.electiveId)?.title[language] ?? e.electiveId, when: '', note: electiveNote(e, programme, language, now) })),
          more: electives.length ? '' : t(language, 'progress.elective.none'),
        },
      ],
      actions: suggest(language, 'action.next', 'action.schedule'),
    },
  };
}
