import type { AnyObject, KindMap, Kind, KubeEvent, LabelSelector, Labels, Pod, Workload, WorkloadKind } from '../k8s/types';

/** Pods per node: any pod, and running pods on the pod network (what kube-proxy must serve there). */
export interface NodePods {
  pods: number;
  running: number;
}

/**
 * What the analysis may read of a cluster. ClusterState answers directly; the analysis wraps it to
 * record what each hop read, so a change re-runs only the hops that read what changed.
 */
export interface StateReader {
  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): KindMap[K] | undefined;
  /** Every object of a kind. Not for Pods, Events or EndpointSlices in checks: a hop that lists them re-runs on every change. */
  list<K extends Kind>(kind: K): KindMap[K][];
  /** The objects of a kind in one namespace ('' for cluster-scoped ones). */
  listIn<K extends Kind>(kind: K, namespace: string): KindMap[K][];
  /** Whether any object of the kind is known (a source that could not list a kind has none). */
  has(kind: Kind): boolean;
  /** Objects of `kind` carrying every key=value of `selector`, in one namespace, or in all with null. */
  select<K extends Kind>(kind: K, namespace: string | null | undefined, selector: Labels): KindMap[K][];
  /** Objects of `kind` a full label selector (with expressions) matches, in one namespace, or in all with null. */
  selectMatching<K extends Kind>(kind: K, namespace: string | null | undefined, selector: LabelSelector): KindMap[K][];
  /** Workloads of one kind in a namespace whose pod template carries every key=value of `selector`. */
  workloadsSelecting(kind: WorkloadKind, namespace: string | undefined, selector: Labels): Workload[];
  podRef(ref: { name?: string; namespace?: string; uid?: string }, namespace: string | undefined): Pod | undefined;
  /** Every value of label `key` on pods of a namespace, with the pods. */
  podLabelValues(namespace: string, key: string): ReadonlyMap<string, readonly Pod[]>;
  eventsFor(object: { kind: string; metadata: { uid?: string; namespace?: string; name: string } }): KubeEvent[];
  /** Every namespace the source knows (sorted). */
  namespaces(): string[];
  /** Nodes that pods are bound to. */
  podNodes(): ReadonlyMap<string, NodePods>;
}

/** One change to the state: an object added (no before), changed, or removed (no after). */
export interface StateChange {
  kind: Kind;
  namespace: string | undefined;
  name: string;
  before: AnyObject | undefined;
  after: AnyObject | undefined;
}
