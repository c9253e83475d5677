// A fixed-window limit on state-changing requests (snapshots written or deleted), per process:
// a flood is answered 429 instead of filling the store.
export class RateLimit {
  private windowStart = 0;
  private count = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the next request may pass, or 0 when this one may. */
  take(): number {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    if (this.count >= this.max) return Math.ceil((this.windowStart + this.windowMs - now) / 1000);
    this.count++;
    return 0;
  }
}
