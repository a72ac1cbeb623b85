/**
 * The data of the cards HR and the programme's owners see: announcements (compose, preview, the
 * announcement itself and its live status), the session-change form and the weekly digest. Part
 * of the card contract in card-types.ts; types only.
 */
import type { Language } from '../domain/programme/model';

export interface AnnouncementCard {
  from: string;
  title: string;
  text: string;
  linkUrl?: string;
  linkTitle: string;
}

export interface AnnouncementComposeCard {
  heading: string;
  draftId: string;
  title: string;
  text: string;
  linkUrl: string;
  linkTitle: string;
  audience: string;
  titleLabel: string;
  textLabel: string;
  linkUrlLabel: string;
  linkTitleLabel: string;
  audienceLabel: string;
  audienceChoices: { title: string; value: string }[];
  sendDateLabel: string;
  sendTimeLabel: string;
  previewLabel: string;
  /** What the client says when a required field is empty, and why the server refused the last try. */
  titleError: string;
  textError: string;
  audienceError: string;
  notice: string;
  /** The card's language, carried in its buttons' data: the answer to a press speaks it too. */
  lang: Language;
}

export interface AnnouncementPreviewCard extends AnnouncementCard {
  heading: string;
  announcementId: string;
  audienceText: string;
  whenText: string;
  sendLabel: string;
  cancelLabel: string;
  lang: Language;
}

export interface AnnouncementStatusCard {
  heading: string;
  counts: { title: string; value: string }[];
  stateText: string;
}

export interface SessionChangeFormCard {
  heading: string;
  hint: string;
  sessionLabel: string;
  sessions: { title: string; value: string }[];
  dateLabel: string;
  startLabel: string;
  endLabel: string;
  placeLabel: string;
  roomLabel: string;
  addressLabel: string;
  submitLabel: string;
  sessionError: string;
  lang: Language;
}

export interface DigestCard {
  heading: string;
  subtitle: string;
  showCharts: boolean;
  responseChart: { title: string; xAxisTitle: string; yAxisTitle: string; data: { x: string; y: number }[] };
  ratingChart: { title: string; series: { legend: string; values: { x: string; y: number }[] }[] };
  levelRows: { label: string; value: string }[];
  reflectionsText: string;
  upcomingLabel: string;
  upcoming: { when: string; text: string }[];
  reachText: string;
  quotesLabel: string;
  quotes: { text: string }[];
  peopleLabel: string;
  people: { name: string; status: string }[];
}
