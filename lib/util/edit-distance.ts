/** Levenshtein distance by dynamic programming, for patterns too long for one machine word. */
function dynamic(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Levenshtein distances from one string to many: for strings of up to 32 characters (label values
 * are at most 63, names mostly shorter) with Myers' bit-parallel algorithm, a few word operations
 * per character of the other string, after one pass over the pattern.
 */
export function distancesFrom(pattern: string): (other: string) => number {
  const m = pattern.length;
  if (m === 0) return (other) => other.length;
  if (m > 32) return (other) => dynamic(pattern, other);
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return (other) => {
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < other.length; j++) {
      const eq = peq.get(other.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  };
}
