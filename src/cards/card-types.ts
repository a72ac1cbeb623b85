/**
 * The card contract: the data each card template in the top-level cards/ folder expects, one
 * interface per template, named after it (cards/session-details.json ↔ SessionDetailsCard), and
 * `Card`, a template name with its data. Every string is finished, localised text: templates only
 * lay it out. Types only: this module imports no card builder, so builders may import it.
 * HR's and owners' cards (announcements, session changes, digests) are in admin-card-types.ts.
 */
import type { Language } from '../domain/programme/model';
import type {
  AnnouncementCard,
  AnnouncementComposeCard,
  AnnouncementPreviewCard,
  AnnouncementStatusCard,
  DigestCard,
  PairingPreviewCard,
  SessionChangeFormCard,
  SessionChangePreviewCard,
} from './admin-card-types';

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
  /** Buttons to the session's online meeting, map and materials: those it has. */
  links: { title: string; url: string }[];
  /** "Add to my calendar"; empty url, or an absence from the session: no button. */
  calendarLabel: string;
  calendarUrl: string;
  /** The leader has registered an absence from this session: said on the card, with a way back. */
  absent: boolean;
  absentText: string;
  /** The session has not started: an absence can be registered or withdrawn from the card. */
  canChangeAbsence: boolean;
  cantComeLabel: string;
  reasonLabel: string;
  sendAbsenceLabel: string;
  undoLabel: string;
  sessionId: string;
  /** The participant the card was made for: a submission from anyone else is refused. */
  forParticipant: string;
  /** Questions a leader may ask next, never one the card already answers. */
  actions: SuggestedAction[];
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
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
  /** Set apart below the text, in the warning colour (what HR should look at after a change). */
  notes?: string[];
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
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
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
  shareRatingWithManager: boolean;
  textLabel: string;
  shareLabel: string;
  /** "Anders Kjær (din leder) må se min vurdering med mit navn"; empty when the leader has no manager in the programme. */
  managerShareLabel: string;
  /** Who sees what, in plain words. */
  privacyText: string;
  submitLabel: string;
  /** The reflection prompt's key: the check-in is stored under it. */
  promptKey: string;
  /** Shown by the client when the form is sent without a rating. */
  ratingError: string;
  /** Why the last answer was not saved (the server's check); empty when the card is first shown. */
  notice: string;
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

export interface CheckInThanksCard {
  heading: string;
  title: string;
  ratingText: string;
  text: string;
  shareText: string;
  againText: string;
}

/** What a button on these cards does with its session. */
export type AbsenceMode = 'record' | 'withdraw';

export interface AbsenceChoiceCard {
  heading: string;
  text: string;
  /** One row per session: its date and title, and a button. */
  choices: { title: string; sessionId: string }[];
  buttonLabel: string;
  mode: AbsenceMode;
  /** The reason from the message ("… fordi jeg er på kursus"), carried in the buttons' data. */
  reason: string;
  /** The participant the card was made for: a submission from anyone else is refused. */
  forParticipant: string;
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

export interface AbsenceStatusCard {
  heading: string;
  text: string;
  sessionId: string;
  forParticipant: string;
  /** While absent the card offers to withdraw the absence. */
  absent: boolean;
  /** Absent without a reason: the card offers a field for one. */
  askReason: boolean;
  addReasonText: string;
  reasonLabel: string;
  saveReasonLabel: string;
  undoLabel: string;
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

export interface ElectiveChoiceItem {
  title: string;
  /** "torsdag den 6. maj · Professionshøjskolen, A1.12" */
  details: string;
  /** "3 af 30 pladser ledige" / "Fuldt – 2 på venteliste" */
  seats: string;
  /** "Du har en plads" / "Du er nr. 2 på ventelisten" / "" */
  status: string;
  /** "Kan vælges indtil …": the choice deadline or the first day, whichever is first; "" once begun. */
  until: string;
}

export interface ElectiveChoiceCard {
  heading: string;
  intro: string;
  /** Until when choices can change, or that the deadline has passed. */
  deadline: string;
  /** What happened to the choice just sent; empty when the card is first shown. */
  notice: string;
  noticeIsProblem: boolean;
  items: ElectiveChoiceItem[];
  /** False after the deadline (or without electives): the card shows no inputs. */
  open: boolean;
  choiceLabel: string;
  /** Shown by the client when the form is sent with nothing chosen. */
  choiceError: string;
  choices: { title: string; value: string }[];
  /** Pre-selected values, comma-separated as Adaptive Cards expects: seats and places in line. */
  selected: string;
  waitlistLabel: string;
  submitLabel: string;
  /** The participant the card was made for: a submission from anyone else is refused. */
  forParticipant: string;
  actions: SuggestedAction[];
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

/** One line of the progress view: a session or an elective, when, and what there is to say about it. */
export interface ProgressItem {
  title: string;
  when: string;
  note: string;
}

/** "Mit forløb": the leader's sessions attended, absent and to come, and their electives. */
export interface ProgressCard {
  heading: string;
  summary: string;
  sections: { title: string; items: ProgressItem[]; more: string }[];
  actions: SuggestedAction[];
}

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
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

export interface SessionChangedCard {
  heading: string;
  title: string;
  moduleLabel: string;
  beforeLabel: string;
  beforeWhen: string;
  beforePlace: string;
  afterLabel: string;
  afterWhen: string;
  afterPlace: string;
  calendarLabel: string;
  calendarUrl: string;
}

/** The card introducing a leader's sparring partner(s), sent to the leader's personal chat only. */
export interface PairingIntroCard {
  heading: string;
  text: string;
  /** Each partner's name, and "area · level". */
  partners: { name: string; details: string }[];
  questionLabel: string;
  question: string;
  /** "Fra Fællessamling 1: …"; empty when the question is not from a module. */
  questionSource: string;
  followUpText: string;
  footer: string;
  chatLabel: string;
  /** Teams deep link to a chat with the partners. */
  chatUrl: string;
}

/** "Did you meet?" a while after the intro, with an optional line on what it gave. */
export interface PairingFollowUpCard {
  heading: string;
  text: string;
  /** Shown after an answer was saved; empty when the card is first sent. */
  notice: string;
  answerLabel: string;
  choices: { title: string; value: string }[];
  /** Pre-selected answer when the leader answers again. */
  answer: string;
  noteLabel: string;
  note: string;
  submitLabel: string;
  roundId: string;
  /** The participant the card was made for: a submission from anyone else is refused. */
  forParticipant: string;
}

/** A card ready to render: the name of its template in cards/ and that template's data. */
export type Card =
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
  | { template: 'session-change-preview'; data: SessionChangePreviewCard }
  | { template: 'absence-choice'; data: AbsenceChoiceCard }
  | { template: 'absence-status'; data: AbsenceStatusCard }
  | { template: 'elective-choice'; data: ElectiveChoiceCard }
  | { template: 'erase-check-ins'; data: EraseCheckInsCard }
  | { template: 'link'; data: LinkCard }
  | { template: 'progress'; data: ProgressCard }
  | { template: 'pairing-intro'; data: PairingIntroCard }
  | { template: 'pairing-follow-up'; data: PairingFollowUpCard }
  | { template: 'pairing-preview'; data: PairingPreviewCard };

export type CardTemplateName = Card['template'];

/** The card of one template, e.g. CardOf<'reminder'> is { template: 'reminder'; data: ReminderCard }. */
export type CardOf<T extends CardTemplateName> = Extract<Card, { template: T }>;

/** The cards that answer a leader's question. */
export type AnswerCard = CardOf<'session-details' | 'schedule' | 'module-details' | 'electives' | 'message'>;

/** The one-line notification text of a card: its heading, or an announcement's title. */
export function cardSummary(card: Card): string {
  const data = card.data as { heading?: string; title?: string };
  return data.heading ?? data.title ?? '';
}
