/**
 * The idempotency keys of planned deliveries. The key is the contract between the planner, the
 * outbox and the check-ins: once a key is recorded it is never planned again, and a check-in
 * answers the reflection prompt with the same key. Build keys only here.
 */

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
