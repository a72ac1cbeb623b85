import { resolveBroadcastAudience, type Announcement } from '../domain/announcements/announcement';
import { scheduledSendAt } from '../domain/announcements/send-time';
import { announcementKey } from '../domain/schedule/delivery-keys';
import { SCHEDULED_ANNOUNCEMENT } from '../domain/schedule/quiet-hours';
import type { WorkingCalendars } from '../config/working-calendars';
import type { Store } from '../store/store';
import type { NewDelivery } from '../store/outbox-changes';

/** How long an announcement stays worth sending after its send time. */
const ANNOUNCEMENT_VALID_MS = 2 * 24 * 3600_000;

/**
 * One delivery per recipient (person or channel) of an announcement, as the audience stands now.
 * One with a send time still to come is marked scheduled, so quiet hours hold it (see quiet-hours.ts).
 */
export async function announcementDeliveries(store: Store, announcement: Announcement, now: Date): Promise<NewDelivery[]> {
  const programme = await store.getProgramme();
  const channels = await store.listConversations({ scope: 'channel', active: true });
  const { participants, channels: channelIds } = resolveBroadcastAudience(programme, announcement.audience, new Set(channels.map((c) => c.id)));
  const scheduled = announcement.sendAt !== undefined && Date.parse(announcement.sendAt) > now.getTime();
  const dueAt = scheduled ? (announcement.sendAt as string) : now.toISOString();
  const expiresAt = new Date(Date.parse(dueAt) + ANNOUNCEMENT_VALID_MS).toISOString();
  const payload = scheduled ? { announcementId: announcement.id, [SCHEDULED_ANNOUNCEMENT]: true } : { announcementId: announcement.id };
  return [
    ...participants.map((p) => ({ key: announcementKey(announcement.id, { participantId: p.id }), kind: 'announcement' as const, participantId: p.id, dueAt, expiresAt, payload })),
    ...channelIds.map((id) => ({ key: announcementKey(announcement.id, { channelId: id }), kind: 'announcement' as const, participantId: '', conversationId: id, dueAt, expiresAt, payload })),
  ];
}

/**
 * Sends an announcement HR approved, in Teams or from the command line, through the same worker,
 * rate limits and retry policy as reminders: places its send time on the working calendar (a
 * Saturday send time becomes Monday; the stored announcement keeps the time it really goes out),
 * saves it (scheduled, with its number of recipients), puts one delivery per recipient in the
 * outbox, and records who sent it to whom in the audit log, all in one store operation (a crash
 * leaves all of it or none). Returns how many recipients it has.
 */
export async function sendAnnouncement(store: Store, announcement: Announcement, now: Date, calendars: WorkingCalendars): Promise<number> {
  const { timeZone } = await store.getProgramme();
  const sendAt = scheduledSendAt(calendars(timeZone), announcement.sendAt, now);
  const placed: Announcement = { ...announcement, sendAt };
  if (sendAt === undefined) delete placed.sendAt;
  const deliveries = await announcementDeliveries(store, placed, now);
  const recipients = deliveries.length;
  const requested = announcement.sendAt !== undefined && announcement.sendAt !== sendAt ? { requestedSendAt: announcement.sendAt } : {};
  await store.scheduleAnnouncement({ ...placed, recipients }, deliveries, {
    at: now.toISOString(),
    actor: announcement.createdBy,
    action: 'announcement.sent',
    details: { announcementId: announcement.id, title: announcement.title, recipients, audience: announcement.audience, sendAt, ...requested },
  }, now);
  return recipients;
}
