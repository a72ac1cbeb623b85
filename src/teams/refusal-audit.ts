import type { Logger } from 'pino';
import type { AuditLog } from '../store/store';
import type { AuditEntry } from '../store/store-schema';

/** How long repeats of one refusal are counted before they are written as one entry. */
const WINDOW_MS = 10 * 60_000;
/** Refusal kinds counted at once; beyond it everything open is written out first (memory stays bounded). */
const MAX_OPEN = 10_000;

/**
 * Audits refused actions (a card for someone else, an admin action by a non-admin) without letting
 * one user flood the audit log: the first refusal of a kind (same actor, action and attempted
 * action) is written at once; repeats within the next ten minutes are counted and written as one
 * entry with `repeated: n` when the window ends, or when the bot stops (`flush`).
 */
export class RefusalAudit {
  private readonly open = new Map<string, { first: AuditEntry; repeated: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly store: AuditLog,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    const key = [entry.actor, entry.action, String(entry.details.attempted ?? '')].join('\u0000');
    const window = this.open.get(key);
    if (window) {
      window.repeated += 1;
      return;
    }
    if (this.open.size >= MAX_OPEN) await this.flush();
    const timer = setTimeout(() => void this.close(key), WINDOW_MS);
    // A pending summary must not keep the process alive; flush() writes it on shutdown.
    timer.unref();
    this.open.set(key, { first: entry, repeated: 0, timer });
    await this.append(entry);
  }

  /** Writes the counts of every open window now (on shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.open.keys()].map((key) => this.close(key)));
  }

  private async close(key: string): Promise<void> {
    const window = this.open.get(key);
    if (!window) return;
    this.open.delete(key);
    clearTimeout(window.timer);
    if (window.repeated === 0) return;
    const { first, repeated } = window;
    await this.append({ ...first, at: this.now().toISOString(), details: { ...first.details, repeated, since: first.at } });
  }

  /** The refusal itself is the answer the user gets; an audit write that fails is logged, not thrown. */
  private async append(entry: AuditEntry): Promise<void> {
    try {
      await this.store.appendAudit(entry);
    } catch (err) {
      this.logger.error({ action: entry.action, err: (err as Error).message }, 'refusal could not be audited');
    }
  }
}
