// A sliding-window limit on state-changing requests (snapshots written or deleted), per person: one
// person's burst does not lock the others out, no window boundary lets twice the limit through, and
// refused attempts count too (a script that keeps trying stays limited).
export class RateLimit {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `who` may pass again, or 0 when this request may. */
  take(who = ''): number {
    const now = this.now();
    const from = now - this.windowMs;
    const recent = (this.times.get(who) ?? []).filter((t) => t > from);
    const wait = recent.length >= this.max ? Math.max(1, Math.ceil((recent[recent.length - this.max]! + this.windowMs - now) / 1000)) : 0;
    recent.push(now);
    if (recent.length > 2 * this.max) recent.splice(0, recent.length - 2 * this.max);
    this.times.set(who, recent);
    if (this.times.size > 10_000) for (const [key, list] of this.times) if (list[list.length - 1]! <= from) this.times.delete(key);
    return wait;
  }
}
