import { resolveBroadcastAudience, type Announcement } from '../domain/announcements/announcement';
import { announcementKey } from '../domain/schedule/delivery-keys';
import type { Store } from '../store/store';
import type { NewDelivery } from '../store/outbox-changes';

/** How long an announcement stays worth sending after its send time. */
const ANNOUNCEMENT_VALID_MS = 2 * 24 * 3600_000;

/**
 * Puts one delivery per recipient (person or channel) in the outbox, through the same worker,
 * rate limits and retry policy as reminders. Returns how many recipients it has.
 */
export async function enqueueAnnouncement(store: Store, announcement: Announcement, now: Date): Promise<number> {
  const programme = await store.getProgramme();
  const channels = await store.listConversations({ scope: 'channel', active: true });
  const { participants, channels: channelIds } = resolveBroadcastAudience(programme, announcement.audience, new Set(channels.map((c) => c.id)));
  const dueAt = announcement.sendAt && Date.parse(announcement.sendAt) > now.getTime() ? announcement.sendAt : now.toISOString();
  const expiresAt = new Date(Date.parse(dueAt) + ANNOUNCEMENT_VALID_MS).toISOString();
  const payload = { announcementId: announcement.id };
  const items: NewDelivery[] = [
    ...participants.map((p) => ({ key: announcementKey(announcement.id, { participantId: p.id }), kind: 'announcement' as const, participantId: p.id, dueAt, expiresAt, payload })),
    ...channelIds.map((id) => ({ key: announcementKey(announcement.id, { channelId: id }), kind: 'announcement' as const, participantId: '', conversationId: id, dueAt, expiresAt, payload })),
  ];
  await store.enqueueDeliveries(items, now);
  return items.length;
}

/**
 * Sends an announcement HR approved, in Teams or from the command line: saves it (scheduled), puts
 * one delivery per recipient in the outbox, and records who sent it to whom in the audit log.
 * Returns how many recipients it has.
 */
export async function sendAnnouncement(store: Store, announcement: Announcement, now: Date): Promise<number> {
  await store.saveAnnouncement(announcement);
  const recipients = await enqueueAnnouncement(store, announcement, now);
  await store.saveAnnouncement({ ...announcement, recipients });
  await store.appendAudit({
    at: now.toISOString(),
    actor: announcement.createdBy,
    action: 'announcement.sent',
    details: { announcementId: announcement.id, title: announcement.title, recipients, audience: announcement.audience, sendAt: announcement.sendAt },
  });
  return recipients;
}
