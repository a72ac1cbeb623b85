/**
 * Deliveries: one card to one conversation. The planner decides which are due; the outbox keeps
 * them; the worker sends them. The key is the idempotency key: a key once recorded is never sent
 * again, whatever restarts or replicas do.
 */

export const DELIVERY_KINDS = ['reminder', 'reflection', 'nudge', 'digest', 'announcement', 'session-change', 'waitlist-promotion', 'pairing-intro', 'pairing-follow-up'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export interface PlannedDelivery {
  /** Stable idempotency key, e.g. "reminder:<sessionId>:<participantId>:P7D". */
  key: string;
  kind: DeliveryKind;
  participantId: string;
  sessionId?: string;
  /** For reminders, the ISO-8601 offset before the session ("P7D"). */
  offset?: string;
  /** When it should go out (ISO instant). */
  dueAt: string;
  /** After this instant it is no longer meaningful: skipped and recorded as skipped, never sent late. */
  expiresAt: string;
}

/** Settings of the proactive engine, all times local to the programme's time zone. */
export interface ProactiveSettings {
  reminders: {
    /** ISO-8601 durations before the session's start date, e.g. ["P7D", "P1D"]. */
    offsets: string[];
    /** Local send time "HH:MM" on the day the offset lands on. */
    sendAt: string;
    /** Per-level overrides (keys "1", "2", "3"). */
    perLevel?: Partial<Record<'1' | '2' | '3', { offsets?: string[]; sendAt?: string }>>;
  };
  reflection: {
    /** Working days (Mon–Fri) after the session's end day. */
    afterWorkingDays: number;
    /** Local send time "HH:MM". */
    sendAt: string;
    /** How long a prompt stays worth sending after it was due. */
    expiresAfter: string;
  };
  nudge: {
    /** Days after the reflection prompt's due time; one nudge, never more. */
    afterDays: number;
    sendAt: string;
  };
  /** How far back a tick looks for due deliveries it has not recorded (covers downtime). */
  lookback: string;
}
