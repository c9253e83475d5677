import { selectorMatches } from '../k8s/label-selector';
import type { AnyObject, LabelSelector, Labels } from '../k8s/types';

type Bucket = AnyObject[];

const SMALL_BUCKET = 8;
const EMPTY: ReadonlyMap<string, readonly AnyObject[]> = new Map();

/**
 * Objects by namespace, label key and label value. Nested maps rather than `ns/key=value` strings,
 * so the index holds no key strings of its own; buckets are small arrays (a Set costs three times
 * as much for the one-to-three pods most label values have). The labels indexed are the object's
 * own by default; workloads are also indexed by their pod template's.
 */
export class LabelIndex {
  private readonly byNamespace = new Map<string, Map<string, Map<string, Bucket>>>();

  constructor(private readonly labelsOf: (object: AnyObject) => Labels | undefined = (object) => object.metadata.labels) {}

  add(object: AnyObject): void {
    const labels = this.labelsOf(object);
    if (!labels) return;
    const namespace = object.metadata.namespace ?? '';
    let byKey = this.byNamespace.get(namespace);
    if (!byKey) this.byNamespace.set(namespace, (byKey = new Map()));
    for (const key in labels) {
      let byValue = byKey.get(key);
      if (!byValue) byKey.set(key, (byValue = new Map()));
      const value = labels[key]!;
      const bucket = byValue.get(value);
      if (!bucket) byValue.set(value, [object]);
      // push() (and spread) leave room for 16 more; most buckets, a ReplicaSet's pods, stay small,
      // so they are replaced by an exact-size copy, and only big ones grow in place.
      else if (bucket.length < SMALL_BUCKET) byValue.set(value, bucket.concat([object]));
      else bucket.push(object);
    }
  }

  delete(object: AnyObject): void {
    const labels = this.labelsOf(object);
    const byKey = this.byNamespace.get(object.metadata.namespace ?? '');
    if (!labels || !byKey) return;
    for (const key in labels) {
      const byValue = byKey.get(key);
      const bucket = byValue?.get(labels[key]!);
      if (!bucket) continue;
      const at = bucket.indexOf(object);
      if (at >= 0) bucket.splice(at, 1);
      if (bucket.length === 0) byValue!.delete(labels[key]!);
      if (byValue!.size === 0) byKey.delete(key);
    }
  }

  /** Every value of `key` in the namespace, with the objects carrying it. */
  valuesOf(namespace: string | undefined, key: string): ReadonlyMap<string, readonly AnyObject[]> {
    return this.byNamespace.get(namespace ?? '')?.get(key) ?? EMPTY;
  }

  bucket(namespace: string | undefined, key: string, value: string): readonly AnyObject[] | undefined {
    return this.byNamespace.get(namespace ?? '')?.get(key)?.get(value);
  }

  /** Objects carrying every key=value of `selector` (none for an empty one), starting from the smallest bucket. */
  select(namespace: string | undefined, selector: Labels): AnyObject[] {
    let smallest: readonly AnyObject[] | undefined;
    let count = 0;
    for (const key in selector) {
      const bucket = this.bucket(namespace, key, selector[key]!);
      if (!bucket) return [];
      if (!smallest || bucket.length < smallest.length) smallest = bucket;
      count++;
    }
    if (!smallest || count === 0) return [];
    if (count === 1) return [...smallest];
    return smallest.filter((candidate) => {
      const labels = this.labelsOf(candidate)!;
      for (const key in selector) if (labels[key] !== selector[key]) return false;
      return true;
    });
  }

  /**
   * Objects a full selector matches, from the buckets of its matchLabels; `all` lists the namespace's
   * objects for a selector without any (it may then match objects without labels).
   */
  selectMatching(namespace: string | undefined, selector: LabelSelector, all: () => Iterable<AnyObject>): AnyObject[] {
    const exact = selector.matchLabels ?? {};
    const candidates = Object.keys(exact).length > 0 ? this.select(namespace, exact) : all();
    const out: AnyObject[] = [];
    for (const candidate of candidates) if (selectorMatches(selector, this.labelsOf(candidate))) out.push(candidate);
    return out;
  }

  namespaces(): Iterable<string> {
    return this.byNamespace.keys();
  }
}
