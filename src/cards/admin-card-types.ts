/**
 * The data of the cards HR and the programme's owners see: announcements (compose, preview, the
 * announcement itself and its live status), the session-change form and the weekly digest. Part
 * of the card contract in card-types.ts; types only.
 */
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
}

export interface AnnouncementPreviewCard extends AnnouncementCard {
  heading: string;
  announcementId: string;
  audienceText: string;
  whenText: string;
  sendLabel: string;
  cancelLabel: string;
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
