import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';

describe('the write rate limit', () => {
  it('lets max requests through per window, then says how long to wait', () => {
    let now = 1_000_000;
    const limit = new RateLimit(2, 60_000, () => now);
    expect([limit.take(), limit.take(), limit.take()]).toEqual([0, 0, 60]);
    now += 45_000;
    expect(limit.take()).toBe(15);
    now += 15_000;
    expect(limit.take()).toBe(0);
  });
});
