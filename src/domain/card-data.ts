/**
 * The data each card template in the top-level cards/ folder expects, one interface per
 * template, named after it (cards/session-details.json ↔ SessionDetailsCard). Every string is
 * finished, localised text: templates only lay it out.
 */

/** A button that sends its value as if the user had typed it (Teams imBack). */
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

export type Answer =
  | { template: 'session-details'; data: SessionDetailsCard }
  | { template: 'schedule'; data: ScheduleCard }
  | { template: 'module-details'; data: ModuleDetailsCard }
  | { template: 'electives'; data: ElectivesCard }
  | { template: 'message'; data: MessageCard };

export type CardTemplateName = Answer['template'];
