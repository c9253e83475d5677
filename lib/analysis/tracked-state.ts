import type { KindMap, Kind, KubeEvent, LabelSelector, Labels, Pod, Workload, WorkloadKind } from '../k8s/types';
import type { NodePods, StateReader } from '../state/state-reader';
import { equalitySelector, eventsKey, factKey, kindKey, labelValuesKey, namespaceKey, objectKey, presenceKey, selectionKey, type Selection } from './keys';

/** Where reads are written down: the reader running now. */
export interface Recorder {
  read(key: string): void;
  select(key: string, selection: Selection): void;
}

/** Event keys of an object: by uid and by kind/namespace/name (dumps may lack uids). */
export function eventKeysOf(object: { kind?: string; uid?: string; namespace?: string; name?: string }): string[] {
  const keys = object.uid ? [eventsKey(object.uid)] : [];
  if (object.kind && object.name) keys.push(eventsKey(`${object.kind}/${object.namespace ?? ''}/${object.name}`));
  return keys;
}

/** The state as the analysis reads it: every read is recorded for the reader running now. */
export class TrackedState implements StateReader {
  constructor(
    private readonly state: StateReader,
    private readonly recorder: Recorder,
  ) {}

  private selection(selection: Selection): void {
    this.recorder.select(selectionKey(selection), selection);
  }

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): KindMap[K] | undefined {
    this.recorder.read(objectKey(kind, namespace, name));
    return this.state.get(kind, namespace, name);
  }

  list<K extends Kind>(kind: K): KindMap[K][] {
    this.recorder.read(kindKey(kind));
    return this.state.list(kind);
  }

  listIn<K extends Kind>(kind: K, namespace: string): KindMap[K][] {
    this.recorder.read(namespaceKey(kind, namespace));
    return this.state.listIn(kind, namespace);
  }

  has(kind: Kind): boolean {
    this.recorder.read(presenceKey(kind));
    return this.state.has(kind);
  }

  select<K extends Kind>(kind: K, namespace: string | null | undefined, selector: Labels): KindMap[K][] {
    if (Object.keys(selector).length === 0) return [];
    this.selection({ kind, namespace: namespace === null ? null : (namespace ?? ''), selector: equalitySelector(selector), labels: 'own' });
    return this.state.select(kind, namespace, selector);
  }

  selectMatching<K extends Kind>(kind: K, namespace: string | null | undefined, selector: LabelSelector): KindMap[K][] {
    this.selection({ kind, namespace: namespace === null ? null : (namespace ?? ''), selector, labels: 'own' });
    return this.state.selectMatching(kind, namespace, selector);
  }

  workloadsSelecting(kind: WorkloadKind, namespace: string | undefined, selector: Labels): Workload[] {
    if (Object.keys(selector).length === 0) return [];
    this.selection({ kind, namespace: namespace ?? '', selector: equalitySelector(selector), labels: 'template' });
    return this.state.workloadsSelecting(kind, namespace, selector);
  }

  podRef(ref: { name?: string; namespace?: string; uid?: string }, namespace: string | undefined): Pod | undefined {
    if (ref.name) this.recorder.read(objectKey('Pod', ref.namespace ?? namespace, ref.name));
    return this.state.podRef(ref, namespace);
  }

  podLabelValues(namespace: string, key: string): ReadonlyMap<string, readonly Pod[]> {
    this.recorder.read(labelValuesKey(namespace, key));
    return this.state.podLabelValues(namespace, key);
  }

  eventsFor(object: { kind: string; metadata: { uid?: string; namespace?: string; name: string } }): KubeEvent[] {
    for (const key of eventKeysOf({ kind: object.kind, ...object.metadata })) this.recorder.read(key);
    return this.state.eventsFor(object);
  }

  namespaces(): string[] {
    this.recorder.read(factKey('namespaces'));
    return this.state.namespaces();
  }

  podNodes(): ReadonlyMap<string, NodePods> {
    this.recorder.read(factKey('pod-nodes'));
    return this.state.podNodes();
  }
}
