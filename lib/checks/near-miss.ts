import type { Labels, Pod } from '../k8s/types';
import type { StateReader } from '../state/state-reader';

export interface NearMiss {
  key: string;
  wanted: string;
  /** The value the pods have instead; undefined when they lack the label. */
  found: string | undefined;
  pods: string[];
  /** How many other values of this label were not shown. */
  otherValues: number;
}

/**
 * Levenshtein distance, or any number above `bound` once it is sure to exceed it: most candidates
 * are ruled out by their length or after a few rows.
 */
function distance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
      if (row[j]! < smallest) smallest = row[j]!;
    }
    if (smallest > bound) return bound + 1;
  }
  return row[b.length]!;
}

const live = (pods: readonly Pod[]) => pods.filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');

/**
 * For each selector label, the pods that carry every other selector label but not this one, grouped
 * by the value they have; the value closest to the wanted one (edit distance, then the smaller
 * value) is the nearest miss. One pass over the values, each compared once.
 */
export function nearestMisses(state: StateReader, namespace: string, selector: Labels): NearMiss[] {
  const misses: (NearMiss & { distance: number })[] = [];
  for (const [key, wanted] of Object.entries(selector)) {
    const rest = Object.fromEntries(Object.entries(selector).filter(([k]) => k !== key));
    const byValue = new Map<string | undefined, string[]>();
    if (Object.keys(rest).length > 0) {
      for (const pod of live(state.select('Pod', namespace, rest))) {
        const value = pod.metadata.labels?.[key];
        byValue.set(value, [...(byValue.get(value) ?? []), pod.metadata.name]);
      }
    } else {
      for (const [value, pods] of state.podLabelValues(namespace, key)) {
        const names = live(pods).map((p) => p.metadata.name);
        if (names.length) byValue.set(value, names);
      }
    }
    byValue.delete(wanted);
    let nearest: [string | undefined, string[]] | null = null;
    let best = Infinity;
    for (const [value, names] of byValue) {
      const d = distance(value ?? '', wanted, best);
      if (d < best || (d === best && nearest && (value ?? '') < (nearest[0] ?? ''))) {
        nearest = [value, names];
        best = d;
      }
    }
    if (nearest) misses.push({ key, wanted, found: nearest[0], pods: [...nearest[1]].sort(), otherValues: byValue.size - 1, distance: best });
  }
  return misses.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1)).map(({ distance: _, ...miss }) => miss);
}
