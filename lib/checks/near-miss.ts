import type { Labels, Pod } from '../k8s/types';
import type { StateReader } from '../state/state-reader';
import { distancesFrom } from '../util/edit-distance';
import { addTo } from '../util/group';

export interface NearMiss {
  key: string;
  wanted: string;
  /** The value the pods have instead; undefined when they lack the label. */
  found: string | undefined;
  pods: string[];
  /** How many other values of this label were not shown. */
  otherValues: number;
}

const live = (pod: Pod) => pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed';

/**
 * For each selector label, the pods that carry every other selector label but not this one, grouped
 * by the value they have; the value closest to the wanted one (edit distance, then the smaller
 * value) is the nearest miss. One pass over the label's values, each compared once; pod names are
 * gathered for the nearest value only.
 */
export function nearestMisses(state: StateReader, namespace: string, selector: Labels): NearMiss[] {
  const misses: (NearMiss & { distance: number })[] = [];
  for (const [key, wanted] of Object.entries(selector)) {
    const rest = Object.fromEntries(Object.entries(selector).filter(([k]) => k !== key));
    let byValue: ReadonlyMap<string | undefined, readonly Pod[]>;
    if (Object.keys(rest).length > 0) {
      const grouped = new Map<string | undefined, Pod[]>();
      for (const pod of state.select('Pod', namespace, rest)) addTo(grouped, pod.metadata.labels?.[key], pod);
      byValue = grouped;
    } else byValue = state.podLabelValues(namespace, key);
    const distance = distancesFrom(wanted);
    let nearest: [string | undefined, readonly Pod[]] | null = null;
    let best = Infinity;
    let values = 0;
    for (const [value, pods] of byValue) {
      if (value === wanted || !pods.some(live)) continue;
      values++;
      const d = distance(value ?? '');
      if (d < best || (d === best && (value ?? '') < (nearest![0] ?? ''))) {
        nearest = [value, pods];
        best = d;
      }
    }
    if (nearest) misses.push({ key, wanted, found: nearest[0], pods: nearest[1].filter(live).map((p) => p.metadata.name).sort(), otherValues: values - 1, distance: best });
  }
  return misses.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : 1)).map(({ distance: _, ...miss }) => miss);
}
