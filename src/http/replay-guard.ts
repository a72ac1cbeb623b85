import { LRUCache } from 'lru-cache';

/** What the bot answered to an activity: the HTTP status and, for invokes, the body (the updated card). */
export interface RecordedAnswer {
  status: number;
  body?: unknown;
}

export interface ReplayGuardOptions {
  /** How many answered activities are remembered (least recently seen are forgotten first). */
  maxEntries?: number;
  /** Upper bound for the remembered answers' size (invoke answers carry a card of a few kB). */
  maxBytes?: number;
}

/**
 * Remembers which activities were processed, so a replayed one (the same activity id in the same
 * conversation, sent again by a client, a retrying proxy or an attacker) is answered with the first
 * answer instead of being processed again: a replayed "I can't come" or elective choice cannot
 * undo a later change, and a replayed message gets no second reply.
 *
 * Memory is bounded (an LRU of `maxEntries` and `maxBytes`) and lives in this process: after a
 * restart, or once an id has been forgotten, a replay is processed again. SECURITY.md says what
 * that means. Failed answers (5xx) are not remembered, so a sender's retry is processed.
 */
export class ReplayGuard {
  private readonly answered: LRUCache<string, RecordedAnswer>;
  private readonly inFlight = new Map<string, Promise<RecordedAnswer>>();

  constructor({ maxEntries = 10_000, maxBytes = 8 * 1024 * 1024 }: ReplayGuardOptions = {}) {
    this.answered = new LRUCache<string, RecordedAnswer>({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (answer, key) => key.length + 16 + (answer.body === undefined ? 0 : JSON.stringify(answer.body).length),
    });
  }

  /** The key of an activity: Teams activity ids are unique within a conversation. Undefined without an id. */
  static keyOf(activity: { id?: unknown; conversation?: { id?: unknown } }): string | undefined {
    const id = activity.id;
    const conversation = activity.conversation?.id;
    return typeof id === 'string' && id && typeof conversation === 'string' ? `${conversation}\u0000${id}` : undefined;
  }

  /**
   * Runs `process` unless this key was seen: then it returns the first answer (waiting for it if
   * the first is still being processed), and `process` does not run. Returns undefined when
   * `process` ran; it answers the request itself.
   */
  async once(key: string, process: () => Promise<RecordedAnswer>): Promise<RecordedAnswer | undefined> {
    const earlier = this.answered.get(key) ?? this.inFlight.get(key);
    if (earlier) return earlier;
    const running = process().catch((): RecordedAnswer => ({ status: 500 }));
    this.inFlight.set(key, running);
    try {
      const answer = await running;
      if (answer.status < 500) this.answered.set(key, answer);
      return undefined;
    } finally {
      this.inFlight.delete(key);
    }
  }
}
