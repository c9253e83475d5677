import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distancesFrom } from './edit-distance';

function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('distancesFrom', () => {
  it('gives the Levenshtein distance, for short patterns (bit-parallel) and long ones', () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '0', '1', 'é'), maxLength: max });
    fc.assert(
      fc.property(fc.oneof(text(40), text(32)), text(40), (a, b) => {
          expect(distancesFrom(a)(b)).toBe(reference(a, b));
        }),
      { numRuns: 3000 },
    );
    expect(distancesFrom('svc-000123-v2')('svc-000123')).toBe(3);
    expect(distancesFrom('x'.repeat(32))('y'.repeat(32))).toBe(32);
  });
});
