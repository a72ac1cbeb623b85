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

/** Reach before sending: who can be reached now, who cannot and why, and the list of those who cannot (reach-view.ts). */
export interface ReachView {
  /** "Kan nås nu: 3 af 200. Kan ikke nås nu: 197." */
  reachText: string;
  /** One line per reason: "197 har aldrig åbnet botten og er ikke i et team med appen". */
  reachReasons: { text: string }[];
  /** What happens to their cards; empty when everyone can be reached. */
  reachWaits: string;
  /** The signed, short-lived CSV link; empty when nobody is missing or outside the admin's personal chat. */
  csvUrl: string;
  csvLabel: string;
  /** How long the link works, or that the list is given only in the personal chat; empty when nobody is missing. */
  csvNote: string;
}

export interface AnnouncementPreviewCard extends AnnouncementCard, ReachView {
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

/** The session-change preview: old and new, who is told, reach now, warnings, and Confirm / Cancel. */
export interface SessionChangePreviewCard extends ReachView {
  heading: string;
  /** The session as the picker named it: module, groups, place and (current) time. */
  sessionTitle: string;
  beforeLabel: string;
  beforeWhen: string;
  beforePlace: string;
  afterLabel: string;
  afterWhen: string;
  afterPlace: string;
  /** "67 deltagere får besked med gammel og ny tid og sted: niveau 3 (ledere af medarbejdere) og Læringsgruppe 2." */
  toldText: string;
  /** That pending reminders and prompts follow the new time; empty when only the place changes. */
  replanText: string;
  warningsLabel: string;
  /** Things HR should know about the new time before saving (e.g. a day off); the card shows the box only when there are some. */
  warnings: { text: string }[];
  confirmLabel: string;
  cancelLabel: string;
  sessionId: string;
  /** The change and the time and place it was previewed against, carried to Confirm (checked again there). */
  changeJson: string;
  beforeJson: string;
}

export interface DigestCard {
  heading: string;
  subtitle: string;
  /** Why another week than the one asked for is shown, or empty. */
  note: string;
  /** A manager below the minimum group size: why there are no figures, or empty. */
  tooSmallText: string;
  /** Only with two or more groups to compare: one bar is no chart. */
  showRateChart: boolean;
  /** Stacked to 100 %, so the axis always runs from 0 to 100 (Chart.VerticalBar has no axis range). */
  rateChart: {
    title: string;
    xAxisTitle: string;
    yAxisTitle: string;
    answeredLegend: string;
    notAnsweredLegend: string;
    answered: { x: string; y: number }[];
    notAnswered: { x: string; y: number }[];
  };
  /** Only when some group has both weeks' averages: a single week is a lone dot, so it stays text. */
  showRatingChart: boolean;
  /** Drawn on a fixed 1–5 axis (Chart.Line yMin/yMax in the template). */
  ratingChart: { title: string; yAxisTitle: string; series: { legend: string; values: { x: string; y: number }[] }[] };
  levelRows: { label: string; value: string }[];
  reflectionsText: string;
  upcomingLabel: string;
  upcoming: { when: string; text: string }[];
  reachText: string;
  quotesLabel: string;
  quotes: { text: string }[];
  peopleLabel: string;
  people: { name: string; status: string }[];
  /** The small-group rule in one sentence. */
  privacyText: string;
  /** "Sparringspartnere, runden 19. januar" and one row per level; empty before the first round's follow-ups. */
  meetingsLabel: string;
  meetings: { text: string }[];
}

/** HR's preview of a round of sparring partners: the quality report, the groups, and a hand swap. */
export interface PairingPreviewCard {
  heading: string;
  status: string;
  /** What the last action did (a swap, a refusal); empty on a fresh preview. */
  notice: string;
  noticeIsProblem: boolean;
  facts: { title: string; value: string }[];
  issuesLabel: string;
  /** The round's issues, one per line; empty for a clean round. */
  issuesText: string;
  groupsLabel: string;
  /** One line per group (the first ones, for a large programme), names with area and level. */
  groupsText: string;
  /** False once the round is sent or cancelled: no inputs and no buttons. */
  open: boolean;
  swapLabel: string;
  swapALabel: string;
  swapBLabel: string;
  swapButtonLabel: string;
  sendLabel: string;
  againLabel: string;
  cancelLabel: string;
  roundId: string;
  version: number;
}
