/**
 * Card data for HR's announcements: the compose form, the preview (exactly what recipients see,
 * plus who and when), the announcement itself and the live delivery status.
 */
import type { Announcement, BroadcastAudience } from '../domain/announcements/announcement';
import type { CardOf } from './card-types';
import { electivesOf } from '../domain/programme/attendance';
import { formatDateTime } from '../domain/calendar/format-date';
import type { Language, Programme } from '../domain/programme/model';
import { counted, levelName, t } from '../domain/language/texts';
import type { AnnouncementCard, ReachView } from './admin-card-types';

export interface DeliveryCounts {
  pending: number;
  sent: number;
  failed: number;
  blocked: number;
  skipped: number;
}

/** What recipients see. The sender line names the programme's contact (HR). */
export function announcementCard(a: Pick<Announcement, 'title' | 'text' | 'linkUrl' | 'linkTitle'>, sender: string, language: Language): CardOf<'announcement'> {
  return {
    template: 'announcement',
    data: { from: t(language, 'announce.from', { sender }), title: a.title, text: a.text, linkUrl: a.linkUrl, linkTitle: a.linkTitle || a.linkUrl || '' },
  };
}

/** The audience choices: everyone, each level, each learning group, each elective, each known channel. */
export function audienceChoices(programme: Programme, channels: { id: string; name?: string }[], language: Language): { title: string; value: string }[] {
  return [
    { title: t(language, 'announce.audience.everyone'), value: 'everyone' },
    ...([1, 2, 3] as const).map((level) => ({ title: t(language, 'announce.audience.level', { level, name: levelName(language, level) }), value: `level:${level}` })),
    ...programme.groups.map((g) => ({ title: g.name, value: `group:${g.id}` })),
    ...electivesOf(programme).map((m) => ({ title: t(language, 'announce.audience.elective', { name: m.title[language] }), value: `elective:${m.id}` })),
    ...channels.map((c) => ({ title: t(language, 'announce.audience.channel', { name: c.name ?? c.id }), value: `channel:${c.id}` })),
  ];
}

/** Reads the ChoiceSet's comma-separated values ("level:3,channel:19:x@thread.tacv2") back into an audience. */
export function parseAudienceChoices(value: string): BroadcastAudience {
  const audience: BroadcastAudience = { everyone: false, levels: [], groups: [], electives: [], channels: [] };
  for (const raw of value.split(',').map((v) => v.trim()).filter(Boolean)) {
    const at = raw.indexOf(':');
    const kind = at < 0 ? raw : raw.slice(0, at);
    const id = at < 0 ? '' : raw.slice(at + 1);
    if (kind === 'everyone') audience.everyone = true;
    else if (kind === 'level' && ['1', '2', '3'].includes(id)) audience.levels.push(Number(id) as 1 | 2 | 3);
    else if (kind === 'group' && id) audience.groups.push(id);
    else if (kind === 'elective' && id) audience.electives.push(id);
    else if (kind === 'channel' && id) audience.channels.push(id);
    else throw new Error(`unknown audience '${raw}'`);
  }
  return audience;
}

export function announcementComposeCard(
  programme: Programme,
  channels: { id: string; name?: string }[],
  language: Language,
  draft: { draftId: string; title?: string; text?: string; linkUrl?: string; linkTitle?: string; audience?: string; notice?: string } = { draftId: '' },
): CardOf<'announcement-compose'> {
  return {
    template: 'announcement-compose',
    data: {
      heading: t(language, 'announce.compose.heading'),
      draftId: draft.draftId,
      title: draft.title ?? '',
      text: draft.text ?? '',
      linkUrl: draft.linkUrl ?? '',
      linkTitle: draft.linkTitle ?? '',
      audience: draft.audience ?? '',
      titleLabel: t(language, 'announce.compose.title'),
      textLabel: t(language, 'announce.compose.text'),
      linkUrlLabel: t(language, 'announce.compose.linkUrl'),
      linkTitleLabel: t(language, 'announce.compose.linkTitle'),
      audienceLabel: t(language, 'announce.compose.audience'),
      audienceChoices: audienceChoices(programme, channels, language),
      sendDateLabel: t(language, 'announce.compose.sendDate'),
      sendTimeLabel: t(language, 'announce.compose.sendTime'),
      previewLabel: t(language, 'announce.compose.preview'),
      titleError: t(language, 'validation.title'),
      textError: t(language, 'validation.text'),
      audienceError: t(language, 'validation.audience'),
      notice: draft.notice ?? '',
      lang: language,
    },
  };
}

/** The announcement as recipients will see it, who and when, and the reach now (reach-view.ts): HR sees before sending who will not get it. */
export function announcementPreviewCard(
  a: Announcement,
  sender: string,
  people: number,
  channels: number,
  zone: string,
  language: Language,
  now: Date,
  reach: ReachView,
): CardOf<'announcement-preview'> {
  const card = announcementCard(a, sender, language).data as AnnouncementCard;
  return {
    template: 'announcement-preview',
    data: {
      ...card,
      ...reach,
      heading: t(language, 'announce.preview.heading'),
      announcementId: a.id,
      // A channel count only when there are channels: "og 0 kanaler" is noise to the reader.
      audienceText:
        channels > 0
          ? t(language, 'announce.preview.toWithChannels', { people: counted(language, 'people', people), channels: counted(language, 'channels', channels) })
          : t(language, 'announce.preview.to', { people: counted(language, 'people', people) }),
      whenText: a.sendAt ? t(language, 'announce.preview.when', { when: formatDateTime(a.sendAt, zone, language, now) }) : t(language, 'announce.preview.now'),
      sendLabel: t(language, 'announce.preview.send'),
      cancelLabel: t(language, 'announce.preview.cancel'),
      lang: language,
    },
  };
}

export function announcementStatusCard(title: string, counts: DeliveryCounts, language: Language): CardOf<'announcement-status'> {
  const done = counts.pending === 0;
  return {
    template: 'announcement-status',
    data: {
      heading: t(language, 'announce.status.heading', { title }),
      counts: (['pending', 'sent', 'failed', 'blocked', 'skipped'] as const).map((k) => ({ title: t(language, `announce.status.${k}`), value: String(counts[k]) })),
      stateText: t(language, done ? 'announce.status.done' : 'announce.status.running'),
    },
  };
}
