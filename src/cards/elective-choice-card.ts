/**
 * The card for choosing electives ("vælg valgmodul"), what it says after a choice, and the notice
 * to a leader who got a seat from the waiting list. Pure: the waiting list and instants are passed in.
 */
import { electivesOf, findModule } from '../domain/programme/attendance';
import type { Card, CardOf, ElectiveChoiceItem } from './card-types';
import { placeSummary } from '../domain/language/describe-session';
import { freeSeats, isElectiveOpen, waitlistPosition, type ElectiveChoiceOutcome, type WaitlistEntry } from '../domain/self-service/elective-choice';
import { formatDate, formatDateTime } from '../domain/calendar/format-date';
import type { Language, Participant, Programme } from '../domain/programme/model';
import { suggest } from './suggested-actions';
import { joinList, t } from '../domain/language/texts';

export interface ElectiveChoiceInput {
  programme: Programme;
  participant: Participant;
  waitlist: readonly WaitlistEntry[];
  language: Language;
  now: Date;
  deadline?: Date;
  contactName: string;
  notice?: { text: string; problem: boolean };
}

function fullText(language: Language, waiting: number): string {
  return waiting ? t(language, 'choose.full', { waiting }) : t(language, 'choose.fullNoLine');
}

/** True while choices may change: no deadline, or not passed yet. */
export function electivesOpen(now: Date, deadline?: Date): boolean {
  return !deadline || now.getTime() <= deadline.getTime();
}

/** The electives with dates, places and free seats, and a form to choose exactly the required number. */
export function electiveChoiceCard(input: ElectiveChoiceInput): CardOf<'elective-choice'> {
  const { programme, participant, waitlist, language, now, deadline, contactName, notice } = input;
  const zone = programme.timeZone;
  const electives = electivesOf(programme);
  const items: ElectiveChoiceItem[] = electives.map((module) => {
    const sessions = programme.sessions.filter((s) => s.moduleId === module.id).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const free = freeSeats(programme, module.id);
    const position = waitlistPosition(waitlist, module.id, participant.id);
    const dates = sessions.map((s) => formatDate(s.start, zone, language, now)).join(', ');
    return {
      title: module.title[language],
      details: [dates, sessions[0] ? placeSummary(sessions[0]) : ''].filter(Boolean).join(' · '),
      seats: !isElectiveOpen(programme, module.id, now)
        ? t(language, 'choose.started')
        : module.capacity === undefined
          ? t(language, 'choose.open')
          : free > 0
            ? t(language, 'choose.free', { free, capacity: module.capacity })
            : fullText(language, waitlist.filter((w) => w.electiveId === module.id).length),
      status: participant.electives.includes(module.id)
        ? t(language, 'choose.yourSeat')
        : position !== undefined
          ? t(language, 'choose.yourPlace', { position })
          : '',
    };
  });
  const open = electives.length > 0 && electivesOpen(now, deadline);
  const when = deadline ? formatDateTime(deadline, zone, language, now) : '';
  const waiting = waitlist.filter((w) => w.participantId === participant.id).map((w) => w.electiveId);
  return {
    template: 'elective-choice',
    data: {
      heading: t(language, 'choose.heading'),
      intro: electives.length ? t(language, 'choose.intro', { count: programme.electivesPerParticipant }) : t(language, 'electives.none'),
      deadline: !deadline ? '' : open ? t(language, 'choose.deadline', { deadline: when }) : t(language, 'choose.closed', { deadline: when, contact: contactName }),
      notice: notice?.text ?? '',
      noticeIsProblem: notice?.problem ?? false,
      items,
      open,
      choiceLabel: t(language, 'choose.label'),
      // Electives that have begun can be kept, not newly chosen.
      choices: electives
        .filter((m) => isElectiveOpen(programme, m.id, now) || participant.electives.includes(m.id) || waiting.includes(m.id))
        .map((m) => ({ title: m.title[language], value: m.id })),
      selected: [...participant.electives, ...waiting].join(','),
      waitlistLabel: t(language, 'choose.waitlist'),
      submitLabel: t(language, 'choose.submit'),
      forParticipant: participant.id,
      actions: suggest(language, 'action.schedule'),
    },
  };
}

function refusalText(
  outcome: Extract<ElectiveChoiceOutcome, { status: 'refused' }>,
  programme: Programme,
  language: Language,
  chosenCount: number,
): string {
  const titles = joinList(language, (outcome.electives ?? []).map((id) => findModule(programme, id)?.title[language] ?? id));
  switch (outcome.code) {
    case 'count':
      return t(language, 'choose.count', { count: programme.electivesPerParticipant, chosen: chosenCount });
    case 'full':
      return t(language, 'choose.fullRefused', { titles });
    case 'started':
      return t(language, 'choose.startedRefused', { titles });
    case 'unknownElective':
      return t(language, 'choose.unknownElective');
    case 'notParticipant':
      return t(language, 'notEnrolled.heading');
    case 'closed':
      // The card itself then says until when choices were open, and whom to contact.
      return t(language, 'card.problemHeading');
  }
}

/** One or two sentences on what a choice came to, for the card's notice. */
export function electiveChoiceNotice(outcome: ElectiveChoiceOutcome, programme: Programme, language: Language, chosenCount: number): { text: string; problem: boolean } {
  const title = (id: string) => findModule(programme, id)?.title[language] ?? id;
  if (outcome.status === 'refused') return { text: refusalText(outcome, programme, language, chosenCount), problem: true };
  const lines = [
    outcome.changed ? t(language, 'choose.saved') : t(language, 'choose.unchanged'),
    outcome.seats.length ? t(language, 'choose.seats', { titles: joinList(language, outcome.seats.map(title)) }) : '',
    ...outcome.waiting.map((w) => t(language, 'choose.waiting', { title: title(w.electiveId), position: w.position })),
  ];
  return { text: lines.filter(Boolean).join(' '), problem: false };
}

/** The notice to a leader who moved up from the waiting list: which elective, when and where. */
export function waitlistPromotionCard(programme: Programme, electiveId: string, language: Language, now: Date): Card | undefined {
  const module = findModule(programme, electiveId);
  if (!module) return undefined;
  const sessions = programme.sessions.filter((s) => s.moduleId === module.id).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const title = module.title[language];
  return {
    template: 'message',
    data: {
      heading: t(language, 'promotion.heading', { title }),
      text: t(language, 'promotion.text', {
        title,
        dates: sessions.map((s) => formatDate(s.start, programme.timeZone, language, now)).join(', '),
        place: sessions[0] ? placeSummary(sessions[0]) : '',
      }),
      actions: suggest(language, 'action.schedule', 'action.electives'),
    },
  };
}
