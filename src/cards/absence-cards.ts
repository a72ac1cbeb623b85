/**
 * The cards of "jeg kan ikke komme": the choice between sessions when the words did not say
 * which, and the status after an absence was registered or withdrawn. Pure.
 */
import type { AbsenceMode, CardOf } from './card-types';
import { moduleOf } from '../domain/language/describe-session';
import { formatDate, formatSessionTime } from '../domain/calendar/format-date';
import type { Language, Programme, Session } from '../domain/programme/model';
import { t, type TextKey } from '../domain/language/texts';

/** "torsdag den 4. marts: Ledelse tæt på medarbejderne": a session on a button row. */
export function sessionChoiceTitle(programme: Programme, session: Session, language: Language, now: Date): string {
  return `${formatDate(session.start, programme.timeZone, language, now)}: ${moduleOf(programme, session).title[language]}`;
}

export interface AbsenceChoiceInput {
  programme: Programme;
  sessions: Session[];
  language: Language;
  now: Date;
  mode: AbsenceMode;
  why: 'several' | 'unclear' | 'noMatch';
  reason?: string;
  participantId: string;
}

/** "Which session can't you come to?" (or, withdrawing, "which absence?") with one button per session. */
export function absenceChoiceCard({ programme, sessions, language, now, mode, why, reason, participantId }: AbsenceChoiceInput): CardOf<'absence-choice'> {
  const prompt: TextKey =
    mode === 'withdraw' ? 'absence.withdrawChoose' : why === 'several' ? 'absence.chooseSeveral' : why === 'noMatch' ? 'absence.chooseNoMatch' : 'absence.chooseUnclear';
  const text = [t(language, prompt), reason ? t(language, 'absence.withReason', { reason }) : ''].filter(Boolean).join('\n\n');
  return {
    template: 'absence-choice',
    data: {
      heading: t(language, mode === 'withdraw' ? 'absence.withdrawHeading' : 'absence.chooseHeading'),
      text,
      choices: sessions.map((s) => ({ title: sessionChoiceTitle(programme, s, language, now), sessionId: s.id })),
      buttonLabel: t(language, mode === 'withdraw' ? 'absence.undo' : 'reminder.sendAbsence'),
      mode,
      reason: reason ?? '',
      forParticipant: participantId,
      lang: language,
    },
  };
}

export interface AbsenceStatusInput {
  programme: Programme;
  session: Session;
  language: Language;
  now: Date;
  participantId: string;
  /** The absence as it is now; undefined once withdrawn. */
  absence?: { reason?: string };
}

/** After registering or withdrawing: which session, the reason, and the way back. */
export function absenceStatusCard({ programme, session, language, now, participantId, absence }: AbsenceStatusInput): CardOf<'absence-status'> {
  const module = moduleOf(programme, session);
  const values = {
    module: t(language, 'label.module', { number: module.number }),
    title: module.title[language],
    when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
  };
  const text = absence
    ? [t(language, 'absence.recorded', values), absence.reason ? t(language, 'absence.reason', { reason: absence.reason }) : ''].filter(Boolean).join('\n\n')
    : t(language, 'absence.withdrawn', values);
  return {
    template: 'absence-status',
    data: {
      heading: t(language, 'absence.heading'),
      text,
      sessionId: session.id,
      forParticipant: participantId,
      absent: Boolean(absence),
      askReason: Boolean(absence && !absence.reason),
      addReasonText: t(language, 'absence.addReason'),
      reasonLabel: t(language, 'reminder.reasonLabel'),
      saveReasonLabel: t(language, 'absence.saveReason'),
      undoLabel: t(language, 'absence.undo'),
      lang: language,
    },
  };
}

export interface AbsenceNoticeInput {
  programme: Programme;
  /** The leader whose absence it is. */
  leaderName: string;
  session: Session;
  change: 'registered' | 'withdrawn';
  /** Why the recipient is told: as the leader's manager, or as one of those listed for absences (HR). */
  role: 'manager' | 'hr';
  language: Language;
  now: Date;
}

/** To a manager or HR: who has said they cannot come (or is coming after all), to which session, and why they are told. Never the reason. */
export function absenceNoticeCard({ programme, leaderName, session, change, role, language, now }: AbsenceNoticeInput): CardOf<'message'> {
  const module = moduleOf(programme, session);
  const values = {
    name: leaderName,
    module: t(language, 'label.module', { number: module.number }),
    title: module.title[language],
    when: formatSessionTime(session.start, session.end, programme.timeZone, language, now),
  };
  const registered = change === 'registered';
  const text = [
    t(language, registered ? 'absence.notice.registered' : 'absence.notice.withdrawn', values),
    t(language, role === 'manager' ? 'absence.notice.why' : 'absence.notice.whyHr', { name: leaderName }),
  ].join('\n\n');
  return { template: 'message', data: { heading: t(language, registered ? 'absence.notice.heading' : 'absence.notice.withdrawnHeading', { name: leaderName }), text, actions: [] } };
}
