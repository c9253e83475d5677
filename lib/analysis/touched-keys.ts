// The keys one change of the state touches: the object, its kind and namespace, the selections it
// matched before or matches after, the label values and events it adds to or takes from.
import { isWorkloadKind } from '../k8s/kinds';
import type { AnyObject, KubeEvent, Labels, Pod, Workload } from '../k8s/types';
import type { StateChange } from '../state/state-reader';
import type { Dependencies } from './dependencies';
import { kindKey, labelValuesKey, namespaceKey, objectKey } from './keys';
import { eventKeysOf } from './tracked-state';

const labelsOf = (object: AnyObject | undefined): Labels | null => (object ? (object.metadata.labels ?? {}) : null);
const templateOf = (object: AnyObject | undefined): Labels | null => (object ? ((object as Workload).spec.templateLabels ?? {}) : null);
const live = (pod: Pod | undefined) => !!pod && pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed';

/** Label values of a namespace's pods: only a value, a pod's coming or going, or its ending changes them. */
function touchLabelValues(namespace: string, before: Pod | undefined, after: Pod | undefined, touch: (key: string) => void): void {
  const a = before?.metadata.labels ?? {};
  const b = after?.metadata.labels ?? {};
  const all = live(before) !== live(after);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (all || a[key] !== b[key]) touch(labelValuesKey(namespace, key));
}

export function touchedKeys(change: StateChange, dependencies: Dependencies, touch: (key: string) => void): void {
  const { kind, name, before, after } = change;
  const namespace = change.namespace ?? '';
  touch(objectKey(kind, change.namespace, name));
  touch(kindKey(kind));
  touch(namespaceKey(kind, namespace));
  dependencies.selections.matching('own', kind, namespace, labelsOf(before), labelsOf(after), touch);
  if (isWorkloadKind(kind)) dependencies.selections.matching('template', kind, namespace, templateOf(before), templateOf(after), touch);
  if (kind === 'Pod') touchLabelValues(namespace, before as Pod | undefined, after as Pod | undefined, touch);
  if (kind === 'Event') {
    for (const event of [before, after] as (KubeEvent | undefined)[]) if (event) for (const key of eventKeysOf(event.involvedObject)) touch(key);
  }
}
