// What a reader (a topology unit, a hop's checks, a shared fact) read, as strings. A change touches
// the keys it affects; the readers of those keys run again. Kubernetes names, namespaces and label
// values never contain a space, so it separates the parts.
import type { Kind, LabelSelector, Labels } from '../k8s/types';

export const objectKey = (kind: Kind, namespace: string | undefined, name: string) => `o ${kind} ${namespace ?? ''} ${name}`;
export const kindKey = (kind: Kind) => `k ${kind}`;
/** Whether any object of the kind exists: touched only when that flips. */
export const presenceKey = (kind: Kind) => `p ${kind}`;
export const namespaceKey = (kind: Kind, namespace: string) => `n ${kind} ${namespace}`;
export const labelValuesKey = (namespace: string, key: string) => `l ${namespace} ${key}`;
export const eventsKey = (about: string) => `e ${about}`;
export const factKey = (fact: 'namespaces' | 'pod-nodes') => `x ${fact}`;
/** A hop of the topology: its node, its links, and for a Service its backends. */
export const hopKey = (id: string) => `t ${id}`;
export const memoKey = (name: string) => `m ${name}`;
export const NOW_KEY = 'c now';

/** The canonical text of a selector, for keys: sorted labels, then expressions as given. */
export function selectorText(selector: LabelSelector): string {
  const labels = Object.entries(selector.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const expressions = (selector.matchExpressions ?? []).map((e) => `${e.key} ${e.operator} ${(e.values ?? []).join('|')}`).join(';');
  return expressions ? `${labels};${expressions}` : labels;
}

/** Which labels a selection matches: the object's own, or (for workloads) their pod template's. */
export type LabelSource = 'own' | 'template';

/** A selection: the objects of `kind` in `namespace` (null: every namespace) that `selector` matches. */
export interface Selection {
  kind: Kind;
  namespace: string | null;
  selector: LabelSelector;
  labels: LabelSource;
}

export function selectionKey(s: Selection): string {
  return `s ${s.labels === 'own' ? '' : 't:'}${s.kind} ${s.namespace ?? '*'} ${selectorText(s.selector)}`;
}

export const equalitySelector = (labels: Labels): LabelSelector => ({ matchLabels: labels });
