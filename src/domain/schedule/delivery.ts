/**
 * Deliveries: one card to one conversation. The planner decides which are due; the outbox keeps
 * them; the worker sends them. The key is the idempotency key: a key once recorded is never sent
 * again, whatever restarts or replicas do.
 */
import type { DropCode } from '../calendar/place-delivery';
import type { NotWorkingCode } from '../calendar/working-time';

export const DELIVERY_KINDS = ['reminder', 'reflection', 'nudge', 'digest', 'announcement', 'session-change', 'waitlist-promotion', 'absence-notice', 'pairing-intro', 'pairing-follow-up'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** The kinds a leader's absence from their session holds back: nothing proactive about a session they will miss. */
export const HELD_BACK_BY_ABSENCE: readonly DeliveryKind[] = ['reminder', 'reflection', 'nudge'];

/**
 * Why such a delivery was recorded as skipped. Unlike every other skip it is not final: when the
 * absence is withdrawn, the deliveries skipped for it that are still worth sending come back.
 */
export const SKIPPED_ABSENT = 'absent';

/**
 * What the working calendar did to a delivery that was not due on working time: moved it later or
 * earlier, or (a reminder only) dropped it. A dropped delivery is due at its original time and
 * expires at once: it is recorded, never sent.
 */
export interface DeliveryPlacement {
  outcome: 'moved-later' | 'moved-earlier' | 'dropped';
  /** When it would have been due on an ordinary calendar (Monday to Friday, any hour). */
  originalDueAt: string;
  /** Why that time was not working time; absent when only the days counted in between were off. */
  reason?: NotWorkingCode;
  /** For a dropped reminder: why it could not be placed. */
  drop?: DropCode | 'coincides-with-earlier-reminder';
}

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
  /** Set when the working calendar moved or dropped it (see DeliveryPlacement); absent when on time. */
  placement?: DeliveryPlacement;
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
    /** Working days after the session's end day (days with working time on the working calendar). */
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
