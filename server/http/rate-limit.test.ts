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

  it('limits each person apart: one burst locks out only its sender', () => {
    let now = 1_000_000;
    const limit = new RateLimit(30, 60_000, () => now);
    for (let i = 0; i < 29; i++) expect(limit.take('alice')).toBe(0);
    expect([limit.take('alice'), limit.take('alice')]).toEqual([0, 60]);
    expect([limit.take('bob'), limit.take('carol')]).toEqual([0, 0]);
    now += 1;
    expect(limit.take('bob')).toBe(0);
  });

  it('slides: no window boundary lets twice the limit through, and refused attempts keep counting', () => {
    let now = 1_000_000;
    const limit = new RateLimit(30, 60_000, () => now);
    let passed = 0;
    // 59 tries in 1.8 s across what a fixed window would have split into two.
    for (let i = 0; i < 59; i++, now += 30) if (limit.take('alice') === 0) passed++;
    expect(passed).toBe(30);
    // Trying on while refused keeps the limit: a minute after the last try, one passes again.
    now += 59_000;
    expect(limit.take('alice')).toBeGreaterThan(0);
    now += 60_000;
    expect(limit.take('alice')).toBe(0);
  });
});
