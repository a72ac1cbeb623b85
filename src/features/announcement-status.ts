import { CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import { renderCard } from '../cards/render-card';
import type { Announcement } from '../domain/announcements/announcement';
import { isAnnouncementKeyOf } from '../domain/schedule/delivery-keys';
import { announcementStatusCard, type DeliveryCounts } from '../cards/announcement-cards';
import type { Language } from '../domain/programme/model';
import type { Store } from '../store/store';
import type { ConnectorSender } from '../delivery/connector-sender';

/** Delivery counts of one announcement, from its outbox items. */
export async function announcementCounts(store: Store, announcement: Announcement): Promise<DeliveryCounts> {
  const items = (await store.listDeliveries({ kinds: ['announcement'] })).filter((d) => isAnnouncementKeyOf(d.key, announcement.id));
  const counts: DeliveryCounts = { pending: 0, sent: 0, failed: 0, blocked: 0, skipped: 0 };
  // A leader the bot cannot reach yet counts as not reached; it goes out if they become reachable.
  for (const item of items) counts[item.status === 'sending' ? 'pending' : item.status === 'waiting' ? 'skipped' : item.status]++;
  return counts;
}

/**
 * Updates the admin's status card of every announcement still in flight, and marks it done when
 * nothing is pending. Runs after each dispatch, so the card follows the sending.
 */
export async function refreshAnnouncementStatus(store: Store, sender: ConnectorSender, language: Language, logger: Logger): Promise<void> {
  for (const announcement of await store.listAnnouncements()) {
    if (announcement.status !== 'scheduled' || announcement.done || !announcement.statusCard) continue;
    const counts = await announcementCounts(store, announcement);
    const card = renderCard(announcementStatusCard(announcement.title, counts, language));
    const outcome = await sender.update(announcement.statusCard.reference, announcement.statusCard.activityId, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (!outcome.ok) logger.warn({ announcementId: announcement.id, status: outcome.status }, 'could not update the status card');
    if (counts.pending === 0) await store.saveAnnouncement({ ...announcement, done: true });
  }
}
