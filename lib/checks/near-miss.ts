import type { Labels, Pod } from '../k8s/types';
import type { ClusterState } from '../state/cluster-state';

export interface NearMiss {
  key: string;
  wanted: string;
  /** The value the pods have instead; undefined when they lack the label. */
  found: string | undefined;
  pods: string[];
  /** How many other values of this label were not shown. */
  otherValues: number;
}

function distance(a: string, b: string): number {
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

const live = (pods: readonly Pod[]) => pods.filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');

/**
 * For each selector label, the pods that carry every other selector label but not this one, grouped
 * by the value they have; the value closest to the wanted one (edit distance) is the nearest miss.
 */
export function nearestMisses(state: ClusterState, namespace: string, selector: Labels): NearMiss[] {
  const misses: NearMiss[] = [];
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
    const ranked = [...byValue].sort(([a], [b]) => distance(a ?? '', wanted) - distance(b ?? '', wanted));
    const nearest = ranked[0];
    if (nearest) misses.push({ key, wanted, found: nearest[0], pods: nearest[1], otherValues: ranked.length - 1 });
  }
  return misses.sort((a, b) => distance(a.found ?? '', a.wanted) - distance(b.found ?? '', b.wanted));
}
