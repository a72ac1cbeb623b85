import type { SessionChangeFormCard } from './session-change-form';
import type { SessionChangedCard } from './proactive-cards';
import type { AnnouncementCard, AnnouncementComposeCard, AnnouncementPreviewCard, AnnouncementStatusCard } from './announcement-cards';
import type { DigestCard } from './digest-card';
import type { AbsenceChoiceCard, AbsenceStatusCard } from './absence-cards';
import type { ElectiveChoiceCard } from './elective-choice-card';
import type { EraseCheckInsCard, LinkCard } from './self-service-cards';
/**
 * The data each card template in the top-level cards/ folder expects, one interface per
 * template, named after it (cards/session-details.json ↔ SessionDetailsCard). Every string is
 * finished, localised text: templates only lay it out.
 */

/**
 * A suggested question under a card. It is submitted as card data ({ question }) rather than as a
 * Teams imBack, which the Agents Playground cannot send; the question route reads either.
 */
export interface SuggestedAction {
  title: string;
  value: string;
}

export interface Fact {
  title: string;
  value: string;
}

export interface SessionDetailsCard {
  heading: string;
  /** "Modul 5 · Fællessamling" */
  moduleLabel: string;
  title: string;
  /** "torsdag den 4. marts kl. 09.00–15.30" */
  when: string;
  /** "om 5 dage" / "in 5 days" */
  relative: string;
  facts: Fact[];
  /** Shown first when the question was what to prepare. */
  preparationFirst: boolean;
  showPreparation: boolean;
  preparationLabel: string;
  preparation: string;
  agendaLabel: string;
  agenda: { text: string }[];
  onlineUrl?: string;
  onlineLabel: string;
  actions: SuggestedAction[];
}

export interface ScheduleItem {
  when: string;
  title: string;
  place: string;
  /** "Afholdt", "Næste" or empty */
  status: string;
  isPast: boolean;
  isNext: boolean;
}

export interface ScheduleCard {
  heading: string;
  intro: string;
  items: ScheduleItem[];
  actions: SuggestedAction[];
}

export interface ModuleDetailsCard {
  heading: string;
  moduleLabel: string;
  description: string;
  audience: string;
  sessionsLabel: string;
  sessions: { when: string; place: string }[];
  note: string;
  actions: SuggestedAction[];
}

export interface ElectiveItem {
  title: string;
  description: string;
  dates: string;
  place: string;
  seats: string;
  chosen: boolean;
  chosenLabel: string;
}

export interface ElectivesCard {
  heading: string;
  intro: string;
  yours: string;
  items: ElectiveItem[];
  actions: SuggestedAction[];
}

/** A short message: help, fallback, not in the programme, nothing coming up. */
export interface MessageCard {
  heading: string;
  text: string;
  actions: SuggestedAction[];
}

export interface ReminderCard {
  heading: string;
  moduleLabel: string;
  title: string;
  facts: Fact[];
  preparationLabel: string;
  preparation: string;
  calendarLabel: string;
  calendarUrl: string;
  /** The outbox key of this reminder: the card's actions refer to it. */
  deliveryKey: string;
  absent: boolean;
  absentText: string;
  cantComeLabel: string;
  reasonLabel: string;
  sendAbsenceLabel: string;
}

export interface ReflectionPromptCard {
  heading: string;
  title: string;
  question: string;
  ratingLabel: string;
  ratingChoices: { title: string; value: string }[];
  /** Pre-filled values when the leader answers again. */
  rating: string;
  text: string;
  mayShare: boolean;
  textLabel: string;
  shareLabel: string;
  submitLabel: string;
  /** The reflection prompt's key: the check-in is stored under it. */
  promptKey: string;
}

export interface CheckInThanksCard {
  heading: string;
  title: string;
  ratingText: string;
  text: string;
  shareText: string;
  againText: string;
}

export type Answer =
  | { template: 'session-details'; data: SessionDetailsCard }
  | { template: 'schedule'; data: ScheduleCard }
  | { template: 'module-details'; data: ModuleDetailsCard }
  | { template: 'electives'; data: ElectivesCard }
  | { template: 'message'; data: MessageCard }
  | { template: 'reminder'; data: ReminderCard }
  | { template: 'reflection-prompt'; data: ReflectionPromptCard }
  | { template: 'check-in-thanks'; data: CheckInThanksCard }
  | { template: 'digest'; data: DigestCard }
  | { template: 'announcement'; data: AnnouncementCard }
  | { template: 'announcement-compose'; data: AnnouncementComposeCard }
  | { template: 'announcement-preview'; data: AnnouncementPreviewCard }
  | { template: 'announcement-status'; data: AnnouncementStatusCard }
  | { template: 'session-changed'; data: SessionChangedCard }
  | { template: 'session-change-form'; data: SessionChangeFormCard }
  | { template: 'absence-choice'; data: AbsenceChoiceCard }
  | { template: 'absence-status'; data: AbsenceStatusCard }
  | { template: 'elective-choice'; data: ElectiveChoiceCard }
  | { template: 'erase-check-ins'; data: EraseCheckInsCard }
  | { template: 'link'; data: LinkCard };

export type CardTemplateName = Answer['template'];

/** The one-line notification text of a card: its heading, or an announcement's title. */
export function answerSummary(answer: Answer): string {
  const data = answer.data as { heading?: string; title?: string };
  return data.heading ?? data.title ?? '';
}
