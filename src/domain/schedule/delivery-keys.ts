/**
 * The idempotency keys of deliveries, of every kind. The key is the contract between the planner,
 * the outbox and the check-ins: once a key is recorded it is never planned again, and a check-in
 * answers the reflection prompt with the same key. Keys are built and read only here.
 */
import type { DigestRole } from '../digest/digest-recipients';

/** "reminder:<sessionId>:<participantId>:<offset>", e.g. "reminder:s1:p7:P7D". */
export function reminderKey(sessionId: string, participantId: string, offset: string): string {
  return `reminder:${sessionId}:${participantId}:${offset}`;
}

/** "reflection:<sessionId>:<participantId>": one reflection prompt per session and participant. */
export function reflectionKey(sessionId: string, participantId: string): string {
  return `reflection:${sessionId}:${participantId}`;
}

/** "nudge:<sessionId>:<participantId>": at most one nudge per reflection prompt, ever. */
export function nudgeKey(sessionId: string, participantId: string): string {
  return `nudge:${sessionId}:${participantId}`;
}

/**
 * "waitlist-promotion:<electiveId>:<participantId>:<at>": a seat given from the waiting list. The
 * instant is part of the key because a leader may leave and get the same seat again later.
 */
export function waitlistPromotionKey(electiveId: string, participantId: string, at: Date): string {
  return `waitlist-promotion:${electiveId}:${participantId}:${at.toISOString()}`;
}

/** "digest:2027-W10:manager:p7": one digest per recipient, role and week, ever. */
export function digestKey(week: string, recipient: { role: DigestRole; id: string }): string {
  return `digest:${week}:${recipient.role}:${recipient.id}`;
}

/** "announcement:<id>:<participantId>" or "announcement:<id>:channel:<conversationId>". */
export function announcementKey(id: string, target: { participantId: string } | { channelId: string }): string {
  return 'participantId' in target ? `announcement:${id}:${target.participantId}` : `announcement:${id}:channel:${target.channelId}`;
}

/** Whether a delivery key is one of this announcement's (to a person or a channel). */
export function isAnnouncementKeyOf(key: string, announcementId: string): boolean {
  return key.startsWith(`announcement:${announcementId}:`);
}

/**
 * "session-change:<sessionId>:<change>:<participantId>": one "session changed" card per change and
 * leader; the change is named by its instant, so a session moved twice sends two cards.
 */
export function sessionChangeKey(sessionId: string, changedAt: Date, participantId: string): string {
  return `session-change:${sessionId}:${changedAt.getTime().toString(36)}:${participantId}`;
}

/**
 * "absence-notice:<sessionId>:<leaderId>:<change>:<recipient>:<at>": a manager or HR told that a
 * leader registered (or withdrew) an absence. The instant is part of the key, because a leader may
 * register, withdraw and register again, and each is news.
 */
export function absenceNoticeKey(sessionId: string, leaderId: string, change: 'registered' | 'withdrawn', recipientId: string, at: Date): string {
  return `absence-notice:${sessionId}:${leaderId}:${change}:${recipientId}:${at.getTime().toString(36)}`;
}

/**
 * "pairing:<roundId>:intro:<participantId>" and "pairing:<roundId>:follow-up:<participantId>": one
 * intro card and one follow-up per leader and round of sparring partners, ever.
 */
export function pairingKey(roundId: string, card: 'intro' | 'follow-up', participantId: string): string {
  return `pairing:${roundId}:${card}:${participantId}`;
}
