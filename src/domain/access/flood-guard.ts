/**
 * Per-user message limit: within any minute a user may send `limit` messages. The first message
 * over the limit gets one polite "slow down"; the rest are dropped silently until the window
 * clears, so a flood costs the bot almost nothing and never floods the user back.
 */
export type FloodVerdict = 'ok' | 'warn' | 'drop';

export class FloodGuard {
  private readonly seen = new Map<string, { times: number[]; warned: boolean }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  hit(user: string, now: number): FloodVerdict {
    const entry = this.seen.get(user) ?? { times: [], warned: false };
    entry.times = entry.times.filter((t) => t > now - this.windowMs);
    if (entry.times.length < this.limit) {
      entry.times.push(now);
      entry.warned = false;
      this.seen.set(user, entry);
      this.forgetIdle(now);
      return 'ok';
    }
    const verdict = entry.warned ? 'drop' : 'warn';
    entry.warned = true;
    this.seen.set(user, entry);
    return verdict;
  }

  /** Keeps memory bounded: users with nothing in the window are forgotten. */
  private forgetIdle(now: number): void {
    if (this.seen.size < 10_000) return;
    for (const [user, entry] of this.seen) if (!entry.times.some((t) => t > now - this.windowMs)) this.seen.delete(user);
  }
}
