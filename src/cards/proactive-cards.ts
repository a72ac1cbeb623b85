/**
 * The data of the proactive cards (reminder, reflection prompt, thank-you), built from the
 * programme and the leader. Pure: links and instants are passed in.
 */
import type { CardOf } from './card-types';
import { moduleLabel, moduleOf } from '../domain/language/describe-session';
import { sessionFacts } from './session-facts';
import { formatRelativeDays, formatSessionTime } from '../domain/calendar/format-date';
import type { Language, Participant, Programme, Session } from '../domain/programme/model';
import { t } from '../domain/language/texts';

export interface ReminderInput {
  programme: Programme;
  session: Session;
  language: Language;
  now: Date;
  deliveryKey: string;
  calendarUrl: string;
  absence?: { reason?: string };
}

/** Reminder before a session: when, where, what to prepare, "add to calendar" and "I can't come". */
export function reminderCard({ programme, session, language, now, deliveryKey, calendarUrl, absence }: ReminderInput): CardOf<'reminder'> {
  const module = moduleOf(programme, session);
  return {
    template: 'reminder',
    data: {
      heading: t(language, 'reminder.heading', { relative: formatRelativeDays(session.start, now, programme.timeZone, language) }),
      moduleLabel: moduleLabel(language, module),
      title: module.title[language],
      facts: sessionFacts(programme, session, language, now),
      preparationLabel: t(language, 'label.preparation'),
      preparation: session.preparation?.[language] || t(language, 'prepare.nothing'),
      calendarLabel: t(language, 'reminder.calendar'),
      calendarUrl,
      deliveryKey,
      absent: Boolean(absence),
      absentText: absence?.reason
        ? t(language, 'reminder.absentWithReason', { reason: absence.reason })
        : t(language, 'reminder.absent'),
      cantComeLabel: t(language, 'reminder.cantCome'),
      reasonLabel: t(language, 'reminder.reasonLabel'),
      sendAbsenceLabel: t(language, 'reminder.sendAbsence'),
      lang: language,
    },
  };
}

/** The module's reflection question for the leader's level, or the programme-wide default for that level. */
export function reflectionQuestion(programme: Programme, session: Session, participant: Participant, language: Language): string {
  const module = moduleOf(programme, session);
  const specific = module.reflectionQuestions.find((q) => !q.levels || q.levels.includes(participant.level));
  return specific ? specific.question[language] : t(language, `reflection.question.${participant.level}`);
}

/** What the digest settings mean for a leader's check-in: the card tells them who sees what. */
export interface CheckInPrivacy {
  /** Figures only for groups of at least this many leaders (config digest.minimumGroupSize). */
  minimumGroupSize: number;
  /** Quotes carry the writer's name (config digest.showNamesInQuotes): the consent box then says so. */
  namesInQuotes: boolean;
  /** Owners see who has not answered (config digest.showNonResponderNamesToOwners): the card then says so. */
  ownersSeeNonResponders: boolean;
}

export interface ReflectionInput {
  programme: Programme;
  session: Session;
  participant: Participant;
  language: Language;
  promptKey: string;
  privacy: CheckInPrivacy;
  nudge?: boolean;
  /** What the leader answered before, or sent in a submission that was not saved (then without a rating). */
  previous?: { rating?: number; text: string; mayShare: boolean; shareRatingWithManager?: boolean };
  /** Why the last submission was not saved, said so the leader knows what to do. */
  notice?: string;
}

/** The leader's manager, if they have one in the programme: the only person a rating can be shared with by name. */
function managerOf(programme: Programme, participant: Participant): Participant | undefined {
  return participant.managerId ? programme.participants.find((p) => p.id === participant.managerId && p.active) : undefined;
}

/**
 * The reflection prompt with its short check-in form (1–5 rating, free text, may-be-quoted and,
 * when the leader has a manager in the programme, may-my-manager-see-my-rating), and in plain
 * words who sees what.
 */
export function reflectionPromptCard({ programme, session, participant, language, promptKey, privacy, nudge, previous, notice }: ReflectionInput): CardOf<'reflection-prompt'> {
  const module = moduleOf(programme, session);
  const name = t(language, 'label.module', { number: module.number }).toLowerCase();
  const moduleName = language === 'da' ? name : name.replace(/^m/, 'M');
  const manager = managerOf(programme, participant);
  const privacyText = [
    t(language, 'privacy.checkIn', { minimum: privacy.minimumGroupSize }),
    privacy.ownersSeeNonResponders ? t(language, 'privacy.checkIn.nonResponders') : '',
  ].filter(Boolean);
  return {
    template: 'reflection-prompt',
    data: {
      heading: t(language, nudge ? 'reflection.nudgeHeading' : 'reflection.heading', { module: moduleName }),
      title: module.title[language],
      question: reflectionQuestion(programme, session, participant, language),
      ratingLabel: t(language, 'reflection.ratingLabel'),
      ratingChoices: ([1, 2, 3, 4, 5] as const).map((n) => ({ title: t(language, `reflection.rating.${n}`), value: String(n) })),
      rating: previous?.rating ? String(previous.rating) : '',
      text: previous?.text ?? '',
      mayShare: previous?.mayShare ?? false,
      shareRatingWithManager: previous?.shareRatingWithManager ?? false,
      textLabel: t(language, 'reflection.textLabel'),
      shareLabel: t(language, privacy.namesInQuotes ? 'privacy.shareNamed' : 'reflection.share'),
      managerShareLabel: manager ? t(language, 'privacy.shareWithManager', { manager: manager.name }) : '',
      privacyText: privacyText.join(' '),
      submitLabel: t(language, 'reflection.submit'),
      promptKey,
      ratingError: t(language, 'validation.rating'),
      notice: notice ?? '',
      lang: language,
    },
  };
}

/** What replaces the prompt once answered: the answer as stored, so the leader sees what was saved and who sees it. */
export function checkInThanksCard(
  programme: Programme,
  session: Session,
  participant: Participant,
  language: Language,
  checkIn: { rating: number; text: string; mayShare: boolean; shareRatingWithManager?: boolean },
  updated: boolean,
  privacy: Pick<CheckInPrivacy, 'namesInQuotes'>,
): CardOf<'check-in-thanks'> {
  const module = moduleOf(programme, session);
  const manager = managerOf(programme, participant);
  const quoteText = t(language, checkIn.mayShare ? (privacy.namesInQuotes ? 'privacy.sharedNamed' : 'checkIn.shared') : 'checkIn.notShared');
  const managerText = manager
    ? t(language, checkIn.shareRatingWithManager ? 'privacy.sharedWithManager' : 'privacy.notSharedWithManager', { manager: manager.name })
    : '';
  return {
    template: 'check-in-thanks',
    data: {
      heading: t(language, updated ? 'checkIn.updated' : 'checkIn.thanks'),
      title: module.title[language],
      ratingText: t(language, 'checkIn.rating', { rating: checkIn.rating }),
      text: checkIn.text,
      shareText: [quoteText, managerText].filter(Boolean).join(' '),
      againText: t(language, 'checkIn.again'),
    },
  };
}

type SessionTimes = Pick<Session, 'start' | 'end' | 'place'>;

/** "Changed": old and new time and place side by side, and a calendar link with the new time (same UID, so it updates). */
export function sessionChangedCard(programme: Programme, session: Session, before: SessionTimes, after: SessionTimes, language: Language, now: Date, calendarUrl: string): CardOf<'session-changed'> {
  const module = moduleOf(programme, session);
  const place = (p: SessionTimes['place']) => [p.name, p.room, p.address].filter(Boolean).join(', ');
  return {
    template: 'session-changed',
    data: {
      heading: t(language, 'change.heading', { module: moduleLabel(language, module) }),
      title: module.title[language],
      moduleLabel: moduleLabel(language, module),
      beforeLabel: t(language, 'change.before'),
      beforeWhen: formatSessionTime(before.start, before.end, programme.timeZone, language, now),
      beforePlace: place(before.place),
      afterLabel: t(language, 'change.after'),
      afterWhen: formatSessionTime(after.start, after.end, programme.timeZone, language, now),
      afterPlace: place(after.place),
      calendarLabel: t(language, 'change.calendar'),
      calendarUrl,
    },
  };
}
