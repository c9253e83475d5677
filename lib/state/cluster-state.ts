import type { AnyObject, EndpointSlice, KindMap, Kind, KubeEvent, LabelSelector, Labels, Pod, Workload, WorkloadKind } from '../k8s/types';
import { isNamespaced, isWorkloadKind } from '../k8s/kinds';
import { ByNamespace } from './by-namespace';
import { Interner } from './interner';
import { LabelIndex } from './label-index';
import { rec, type JsonRecord } from './read';
import { sameAsTrimmed } from './same-as-trimmed';
import type { NodePods, StateChange, StateReader } from './state-reader';
import { isReadKind, trimObject, type TrimResult } from './trim';
import { endpointsAsSlices } from './trim/endpoints';
import { exemplarKey } from './trim/pod';

/** Changes kept for readers that catch up incrementally; one that falls further behind rebuilds. */
const JOURNAL_LIMIT = 50_000;
const NO_LABELS = new LabelIndex();
const ENDPOINTS_READ = 'v1 Endpoints as EndpointSlices (the input has no EndpointSlices)';
const ENDPOINTS_SKIPPED = 'Endpoints (the input has EndpointSlices, which are read instead)';

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

export interface ClusterStateOptions {
  /** Keep a journal of changes for incremental readers (the server); a one-shot analysis needs none. */
  journal?: boolean;
  /** The namespace of namespaced objects that name none (manifests, `helm template` output): `default`, as `kubectl apply` would. */
  defaultNamespace?: string;
}

/** Counters bumped when a derived fact changes, so incremental readers know to look again. */
export interface FactVersions {
  namespaces: number;
  podNodes: number;
}

/**
 * The cluster as plain indexed data: by kind, namespace/name and label key=value; events by the uid of their object.
 * Pure and synchronous; objects come in raw and are trimmed on the way in. Every change is journaled
 * (unless turned off), so an incremental analysis can ask what changed since it last looked.
 */
export class ClusterState implements StateReader {
  readonly interner = new Interner();
  private readonly trimContext = { interner: this.interner, exemplars: new Map<string, unknown>(), note: (what: string) => this.tally(this.converted, what) };
  private readonly objects = new Map<Kind, ByNamespace>();
  private readonly labels = new Map<Kind, LabelIndex>();
  /** Workloads by their pod template's labels, per kind. */
  private readonly templates = new Map<WorkloadKind, LabelIndex>();
  private readonly events = new Map<string, KubeEvent[]>();
  /** Events whose involvedObject has no uid; while there are none, lookups by name are skipped. */
  private eventsWithoutUid = 0;
  private readonly skippedKinds = new Map<string, number>();
  /** The EndpointSlices read from each v1 Endpoints (by its namespace/name), while the input has no slices of its own. */
  private readonly mirrored = new Map<string, { namespace: string | undefined; names: string[] }>();
  /** Objects read otherwise than written, by what was done (for notes). */
  private readonly converted = new Map<string, number>();
  private readonly defaultNamespace: string;
  /** Pods per exemplar key, so an exemplar goes when the last pod of its controller does. */
  private readonly podsPerExemplar = new Map<string, number>();
  /** Objects per namespace (a Namespace counts for its own name), for the sorted list of namespaces. */
  private readonly perNamespace = new Map<string, number>();
  private sortedNamespaces: string[] | null = null;
  private readonly nodes = new Map<string, NodePods>();
  readonly versions: FactVersions = { namespaces: 0, podNodes: 0 };
  private readonly journal: StateChange[] | null;
  /** Sequence number of the journal's first entry. */
  private journalStart = 0;

  constructor(options: ClusterStateOptions = {}) {
    this.journal = options.journal === false ? null : [];
    this.defaultNamespace = options.defaultNamespace ?? 'default';
  }

  /** Trims and stores a raw Kubernetes object; returns why it was skipped, if it was. */
  ingest(raw: JsonRecord): TrimResult {
    if (raw.kind === 'Endpoints') return this.ingestEndpoints(raw);
    const result = trimObject(this.withNamespace(raw), this.trimContext);
    if ('object' in result) {
      if (result.object.kind === 'EndpointSlice' && this.mirrored.size > 0) this.dropMirrored();
      this.upsert(result.object);
    } else this.tally(this.skippedKinds, result.skipped);
    return result;
  }

  /**
   * v1 Endpoints (older dumps) are read as the EndpointSlices Kubernetes would mirror from them, as
   * long as the input has no EndpointSlices: the first real one replaces them all. Returns the first slice.
   */
  private ingestEndpoints(raw: JsonRecord): TrimResult {
    if (this.count('EndpointSlice') > 0 && this.mirrored.size === 0) {
      this.tally(this.skippedKinds, ENDPOINTS_SKIPPED);
      return { skipped: ENDPOINTS_SKIPPED };
    }
    const results = endpointsAsSlices(raw).map((slice) => trimObject(this.withNamespace(slice), this.trimContext));
    const slices = results.flatMap((r) => ('object' in r ? [r.object] : []));
    const meta = rec(raw.metadata);
    const key = objectKey(slices[0]?.metadata.namespace, typeof meta?.name === 'string' ? meta.name : '');
    const names = slices.map((s) => s.metadata.name);
    for (const stale of this.mirrored.get(key)?.names ?? []) if (!names.includes(stale)) this.remove('EndpointSlice', slices[0]?.metadata.namespace, stale);
    if (!this.mirrored.has(key)) this.tally(this.converted, ENDPOINTS_READ);
    this.mirrored.set(key, { namespace: slices[0]?.metadata.namespace, names });
    for (const slice of slices) this.upsert(slice);
    return results[0]!;
  }

  /** The input has EndpointSlices after all: the ones read from Endpoints go, and the note says they were skipped. */
  private dropMirrored(): void {
    for (const { namespace, names } of this.mirrored.values()) for (const name of names) this.remove('EndpointSlice', namespace, name);
    this.skippedKinds.set(ENDPOINTS_SKIPPED, (this.skippedKinds.get(ENDPOINTS_SKIPPED) ?? 0) + this.mirrored.size);
    this.converted.delete(ENDPOINTS_READ);
    this.mirrored.clear();
  }

  /** A namespaced object that names no namespace lives in the default one, as `kubectl apply` would put it. */
  private withNamespace(raw: JsonRecord): JsonRecord {
    const kind = raw.kind;
    const meta = rec(raw.metadata);
    if (typeof kind !== 'string' || !isReadKind(kind) || !isNamespaced(kind) || !meta || (typeof meta.namespace === 'string' && meta.namespace !== '')) return raw;
    this.tally(this.converted, `${kind} without a namespace, in namespace ${this.defaultNamespace}`);
    return { ...raw, metadata: { ...meta, namespace: this.defaultNamespace } };
  }

  private tally(map: Map<string, number>, what: string): void {
    map.set(what, (map.get(what) ?? 0) + 1);
  }

  /** Stores a trimmed object. An object equal to the one stored (a status heartbeat) changes nothing. */
  upsert(object: AnyObject): void {
    const known = this.get(object.kind, object.metadata.namespace, object.metadata.name);
    if (known && sameAsTrimmed(known, object) && sameAsTrimmed(object, known)) return;
    if (object.kind === 'EndpointSlice') this.shareEndpointStrings(object);
    const previous = this.byKind(object.kind).set(object);
    if (previous) this.unindex(previous);
    this.index(object);
    this.record(object.kind, object.metadata.namespace, object.metadata.name, previous, object);
  }

  remove(kind: Kind, namespace: string | undefined, name: string): void {
    const previous = this.byKind(kind).delete(namespace, name);
    if (!previous) return;
    this.unindex(previous);
    this.record(kind, namespace, name, previous, undefined);
  }

  /** The sequence number of the next change. */
  get sequence(): number {
    return this.journalStart + (this.journal?.length ?? 0);
  }

  /** Forgets the changes before sequence number `upTo`: every reader has them (they hold old objects alive). */
  release(upTo: number): void {
    if (!this.journal || upTo <= this.journalStart) return;
    const drop = Math.min(upTo - this.journalStart, this.journal.length);
    this.journal.splice(0, drop);
    this.journalStart += drop;
  }

  /** The changes from sequence number `since` on, or null when the journal no longer reaches back that far. */
  changesSince(since: number): readonly StateChange[] | null {
    if (!this.journal || since < this.journalStart) return null;
    return this.journal.slice(since - this.journalStart);
  }

  list<K extends Kind>(kind: K): KindMap[K][] {
    return [...(this.objects.get(kind)?.values() ?? [])] as KindMap[K][];
  }

  /** The objects of a kind in one namespace ('' for cluster-scoped ones), without walking the others. */
  listIn<K extends Kind>(kind: K, namespace: string): KindMap[K][] {
    return [...(this.objects.get(kind)?.valuesIn(namespace) ?? [])] as KindMap[K][];
  }

  count(kind: Kind): number {
    return this.objects.get(kind)?.size ?? 0;
  }

  has(kind: Kind): boolean {
    return this.count(kind) > 0;
  }

  get<K extends Kind>(kind: K, namespace: string | undefined, name: string): KindMap[K] | undefined {
    return this.objects.get(kind)?.get(namespace, name) as KindMap[K] | undefined;
  }

  /**
   * The pod an endpoint or event points at: by namespace/name, and only if the uid (when given)
   * matches, so a pod recreated under the same name is not mistaken for the old one. No uid index:
   * at 150k pods it would cost more memory than anything it saves.
   */
  podRef(ref: { name?: string; namespace?: string; uid?: string }, namespace: string | undefined): Pod | undefined {
    if (!ref.name) return undefined;
    const pod = this.get('Pod', ref.namespace ?? namespace, ref.name);
    return pod && (!ref.uid || !pod.metadata.uid || pod.metadata.uid === ref.uid) ? pod : undefined;
  }

  /**
   * Objects of `kind` in `namespace` (all with null) carrying every key=value of `selector`.
   * Starts from the smallest label bucket, so a join never scans all pods.
   */
  select<K extends Kind>(kind: K, namespace: string | null | undefined, selector: Labels): KindMap[K][] {
    const index = this.labels.get(kind);
    if (!index) return [];
    if (namespace !== null) return index.select(namespace, selector) as KindMap[K][];
    return [...index.namespaces()].flatMap((ns) => index.select(ns, selector)) as KindMap[K][];
  }

  selectMatching<K extends Kind>(kind: K, namespace: string | null | undefined, selector: LabelSelector): KindMap[K][] {
    const objects = this.objects.get(kind);
    const index = this.labels.get(kind) ?? NO_LABELS;
    const namespaces = namespace === null ? [...(objects?.namespaceNames() ?? [])] : [namespace ?? ''];
    return namespaces.flatMap((ns) => index.selectMatching(ns, selector, () => objects?.valuesIn(ns) ?? [])) as KindMap[K][];
  }

  workloadsSelecting(kind: WorkloadKind, namespace: string | undefined, selector: Labels): Workload[] {
    return (this.templates.get(kind)?.select(namespace, selector) ?? []) as Workload[];
  }

  /** Every value of label `key` on pods of a namespace, with the pods (for near-miss explanations). */
  podLabelValues(namespace: string, key: string): ReadonlyMap<string, readonly Pod[]> {
    return (this.labels.get('Pod')?.valuesOf(namespace, key) ?? new Map()) as ReadonlyMap<string, readonly Pod[]>;
  }

  /** Events about one object, by uid (falling back to kind/namespace/name for dumps without uids). */
  eventsFor(object: { kind: string; metadata: { uid?: string; namespace?: string; name: string } }): KubeEvent[] {
    const { uid, namespace, name } = object.metadata;
    const byUid = uid ? this.events.get(uid) : undefined;
    if (byUid || (uid && this.eventsWithoutUid === 0)) return byUid ?? [];
    return this.events.get(`${object.kind}/${objectKey(namespace, name)}`) ?? [];
  }

  /** Every namespace the source knows: Namespace objects and the namespaces of other objects, sorted. */
  namespaces(): string[] {
    this.sortedNamespaces ??= [...this.perNamespace.keys()].sort();
    return this.sortedNamespaces;
  }

  podNodes(): ReadonlyMap<string, NodePods> {
    return this.nodes;
  }

  /** Kinds that were skipped on ingest, with counts, for a note to the person. */
  skipped(): ReadonlyMap<string, number> {
    return this.skippedKinds;
  }

  /** What ingest read otherwise than written, with counts, for a note to the person. */
  conversions(): ReadonlyMap<string, number> {
    return this.converted;
  }

  private byKind(kind: Kind): ByNamespace {
    let byNamespace = this.objects.get(kind);
    if (!byNamespace) this.objects.set(kind, (byNamespace = new ByNamespace()));
    return byNamespace;
  }

  /** Endpoints repeat their pod's name, uid and IP: point at the pod's copies of those strings. */
  private shareEndpointStrings(slice: EndpointSlice): void {
    for (const endpoint of slice.endpoints ?? []) {
      const ref = endpoint.targetRef;
      const pod = ref && (ref.kind ?? 'Pod') === 'Pod' ? this.podRef(ref, slice.metadata.namespace) : undefined;
      if (!ref || !pod) continue;
      ref.name = pod.metadata.name;
      ref.uid = pod.metadata.uid;
      const ip = pod.status.podIP;
      if (ip && endpoint.addresses.length === 1 && endpoint.addresses[0] === ip) endpoint.addresses[0] = ip;
    }
  }

  private templatesOf(kind: WorkloadKind): LabelIndex {
    let index = this.templates.get(kind);
    if (!index) this.templates.set(kind, (index = new LabelIndex((object) => (object as Workload).spec.templateLabels)));
    return index;
  }

  private index(object: AnyObject): void {
    let index = this.labels.get(object.kind);
    if (!index) this.labels.set(object.kind, (index = new LabelIndex()));
    index.add(object);
    if (isWorkloadKind(object.kind)) this.templatesOf(object.kind).add(object);
    if (object.kind === 'Event') this.indexEvent(object);
    if (object.kind === 'Pod') {
      this.countExemplar(object, 1);
      this.countNode(object, 1);
    }
    this.countNamespace(object, 1);
  }

  private record(kind: Kind, namespace: string | undefined, name: string, before: AnyObject | undefined, after: AnyObject | undefined): void {
    if (!this.journal) return;
    this.journal.push({ kind, namespace, name, before, after });
    if (this.journal.length > JOURNAL_LIMIT) {
      const dropped = this.journal.length - JOURNAL_LIMIT / 2;
      this.journal.splice(0, dropped);
      this.journalStart += dropped;
    }
  }

  private countNamespace(object: AnyObject, delta: 1 | -1): void {
    const namespace = object.kind === 'Namespace' ? object.metadata.name : isNamespaced(object.kind) ? object.metadata.namespace : undefined;
    if (!namespace) return;
    const count = (this.perNamespace.get(namespace) ?? 0) + delta;
    if (count > 0) this.perNamespace.set(namespace, count);
    else this.perNamespace.delete(namespace);
    if (count === 0 || (count === 1 && delta === 1)) this.namespacesChanged();
  }

  private namespacesChanged(): void {
    this.sortedNamespaces = null;
    this.versions.namespaces++;
  }

  /** Counts pods per node: any pod, and running pods on the pod network. */
  private countNode(pod: Pod, delta: 1 | -1): void {
    const node = pod.spec.nodeName;
    if (!node) return;
    const counts = this.nodes.get(node) ?? { pods: 0, running: 0 };
    const running = !pod.spec.hostNetwork && pod.status.phase === 'Running' ? delta : 0;
    const next = { pods: counts.pods + delta, running: counts.running + running };
    if (next.pods > 0 !== counts.pods > 0 || next.running > 0 !== counts.running > 0) this.versions.podNodes++;
    if (next.pods > 0) this.nodes.set(node, next);
    else this.nodes.delete(node);
  }

  private eventKeys(event: KubeEvent): string[] {
    const io = event.involvedObject;
    const keys = io.uid ? [io.uid] : [];
    if (io.kind && io.name) keys.push(`${io.kind}/${objectKey(io.namespace, io.name)}`);
    return keys;
  }

  private indexEvent(event: KubeEvent): void {
    if (!event.involvedObject.uid) this.eventsWithoutUid++;
    for (const key of this.eventKeys(event)) {
      const list = this.events.get(key);
      if (list) list.push(event);
      else this.events.set(key, [event]);
    }
  }

  private countExemplar(pod: Pod, delta: 1 | -1): void {
    const key = exemplarKey(pod.metadata);
    if (!key) return;
    const count = (this.podsPerExemplar.get(key) ?? 0) + delta;
    if (count > 0) this.podsPerExemplar.set(key, count);
    else {
      this.podsPerExemplar.delete(key);
      this.trimContext.exemplars.delete(key);
    }
  }

  private unindex(object: AnyObject): void {
    this.labels.get(object.kind)?.delete(object);
    if (isWorkloadKind(object.kind)) this.templatesOf(object.kind).delete(object);
    this.countNamespace(object, -1);
    if (object.kind === 'Pod') {
      this.countExemplar(object, -1);
      this.countNode(object, -1);
    }
    if (object.kind === 'Event') {
      if (!object.involvedObject.uid) this.eventsWithoutUid--;
      for (const key of this.eventKeys(object)) {
        const remaining = (this.events.get(key) ?? []).filter((e) => e !== object);
        if (remaining.length) this.events.set(key, remaining);
        else this.events.delete(key);
      }
    }
  }
}

/** Builds a state from raw objects (already unwrapped from Lists). */
export function stateFromObjects(objects: Iterable<unknown>, options?: ClusterStateOptions): ClusterState {
  const state = new ClusterState(options);
  for (const raw of objects) {
    const record = rec(raw);
    if (record) state.ingest(record);
  }
  return state;
}
