/**
 * The card for choosing electives ("vælg valgmodul"), what it says after a choice, and the notice
 * to a leader who got a seat from the waiting list. Pure: the waiting list and instants are passed in.
 */
import { electivesOf, findModule } from '../domain/programme/attendance';
import type { Card, CardOf, ElectiveChoiceItem } from './card-types';
import { placeSummary } from '../domain/language/describe-session';
import { freeSeats, isElectiveOpen, lockedElectives, waitlistPosition, type ElectiveChoiceOutcome, type WaitlistEntry } from '../domain/self-service/elective-choice';
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

/**
 * Until when an elective can be chosen: the choice deadline (config `electives.deadline`) or its
 * first day, whichever comes first; undefined when neither is set.
 */
function chosenUntil(programme: Programme, electiveId: string, deadline?: Date): number | undefined {
  const starts = programme.sessions.filter((s) => s.moduleId === electiveId).map((s) => Date.parse(s.start));
  const limits = [...starts, ...(deadline ? [deadline.getTime()] : [])];
  return limits.length ? Math.min(...limits) : undefined;
}

/**
 * The electives with dates, places, free seats and until when each can be chosen, the leader's
 * place on a waiting list, and a form to choose the required number. Electives the leader has
 * begun are locked: shown, not offered as a box to untick (see lockedElectives).
 */
export function electiveChoiceCard(input: ElectiveChoiceInput): CardOf<'elective-choice'> {
  const { programme, participant, waitlist, language, now, deadline, contactName, notice } = input;
  const zone = programme.timeZone;
  const electives = electivesOf(programme);
  const locked = lockedElectives(programme, participant, now);
  const titleOf = (id: string) => findModule(programme, id)?.title[language] ?? id;
  const items: ElectiveChoiceItem[] = electives.map((module) => {
    const sessions = programme.sessions.filter((s) => s.moduleId === module.id).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const free = freeSeats(programme, module.id);
    const position = waitlistPosition(waitlist, module.id, participant.id);
    const dates = sessions.map((s) => formatDate(s.start, zone, language, now)).join(', ');
    const started = !isElectiveOpen(programme, module.id, now);
    const until = chosenUntil(programme, module.id, deadline);
    return {
      title: module.title[language],
      details: [dates, sessions[0] ? placeSummary(sessions[0]) : ''].filter(Boolean).join(' · '),
      seats: locked.includes(module.id)
        ? t(language, 'choose.locked', { contact: contactName })
        : started
          ? t(language, 'choose.started')
          : module.capacity === undefined
          ? t(language, 'choose.open')
          : free > 0
            ? t(language, 'choose.free', { free, capacity: module.capacity })
            : fullText(language, waitlist.filter((w) => w.electiveId === module.id).length),
      until: !started && until !== undefined && until > now.getTime() ? t(language, 'choose.until', { when: formatDateTime(new Date(until), zone, language, now) }) : '',
      status: participant.electives.includes(module.id)
        ? t(language, 'choose.yourSeat')
        : position !== undefined
          ? t(language, 'choose.yourPlace', { position })
          : '',
    };
  });
  const rest = programme.electivesPerParticipant - locked.length;
  const open = electives.length > 0 && electivesOpen(now, deadline) && rest > 0;
  const when = deadline ? formatDateTime(deadline, zone, language, now) : '';
  const waiting = waitlist.filter((w) => w.participantId === participant.id).map((w) => w.electiveId);
  const lockedTitles = joinList(language, locked.map(titleOf));
  const intro = !electives.length
    ? t(language, 'electives.none')
    : !locked.length
      ? t(language, 'choose.intro', { count: programme.electivesPerParticipant })
      : rest > 0
        ? t(language, 'choose.introLocked', { count: programme.electivesPerParticipant, titles: lockedTitles, rest })
        : t(language, 'choose.allLocked', { titles: lockedTitles });
  return {
    template: 'elective-choice',
    data: {
      heading: t(language, 'choose.heading'),
      intro,
      deadline: !deadline ? '' : open ? t(language, 'choose.deadline', { deadline: when }) : t(language, 'choose.closed', { deadline: when, contact: contactName }),
      notice: notice?.text ?? '',
      noticeIsProblem: notice?.problem ?? false,
      items,
      open,
      choiceLabel: t(language, 'choose.label'),
      choiceError: t(language, 'choose.required'),
      // Electives that have begun cannot be newly chosen, and those the leader has begun cannot be
      // given up here (locked); a place in line can always be given up.
      choices: electives
        .filter((m) => (isElectiveOpen(programme, m.id, now) || waiting.includes(m.id)) && !locked.includes(m.id))
        .map((m) => ({ title: m.title[language], value: m.id })),
      selected: [...participant.electives.filter((id) => !locked.includes(id)), ...waiting].join(','),
      waitlistLabel: t(language, 'choose.waitlist'),
      submitLabel: t(language, 'choose.submit'),
      forParticipant: participant.id,
      actions: suggest(language, 'action.schedule'),
      lang: language,
    },
  };
}

function refusalText(
  outcome: Extract<ElectiveChoiceOutcome, { status: 'refused' }>,
  programme: Programme,
  language: Language,
  chosen: { count: number; locked: number },
): string {
  const titles = joinList(language, (outcome.electives ?? []).map((id) => findModule(programme, id)?.title[language] ?? id));
  switch (outcome.code) {
    case 'count':
      return chosen.locked
        ? t(language, 'choose.countLocked', { rest: programme.electivesPerParticipant - chosen.locked, chosen: chosen.count })
        : t(language, 'choose.count', { count: programme.electivesPerParticipant, chosen: chosen.count });
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

/**
 * One or two sentences on what a choice came to, for the card's notice. `chosen` is what the
 * leader ticked (`count`) besides the electives locked for them (`locked`).
 */
export function electiveChoiceNotice(
  outcome: ElectiveChoiceOutcome,
  programme: Programme,
  language: Language,
  chosen: { count: number; locked: number },
): { text: string; problem: boolean } {
  const title = (id: string) => findModule(programme, id)?.title[language] ?? id;
  if (outcome.status === 'refused') return { text: refusalText(outcome, programme, language, chosen), problem: true };
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
