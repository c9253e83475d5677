// The analysis of one cluster state: topology units -> checks per hop -> health, built once, then
// kept current change by change. Every unit, hop and shared fact records what it read; a change
// touches keys (lib/analysis/touched-keys.ts), and only the readers of those keys run again. The
// full build is the reference: an incremental update must end where a full build of the same state
// does (the property test in analysis.test.ts holds it to that).
import { CHECKS } from '../checks/registry';
import { notRunOnManifests } from '../checks/live-state';
import type { Check, CheckContext } from '../checks/types';
import { edgeHealth, serviceHealth, worstOf } from '../graph/health';
import { CLIENT_ID, nodeId } from '../graph/ids';
import { ContainerSummaries } from '../graph/nodes';
import type { ServiceBackends } from '../graph/service-backends';
import { clientNode, type UnitKind } from '../graph/topology';
import type { GraphEdge, GraphNode, Health, HopKind } from '../graph/types';
import { KINDS } from '../k8s/kinds';
import type { Kind } from '../k8s/types';
import { DEFAULT_CONTROLLER_PODS, type ControllerPods } from '../netpol/controllers';
import type { ClusterState } from '../state/cluster-state';
import type { StateReader } from '../state/state-reader';
import { addTo } from '../util/group';
import { makeCheckContext } from './check-context';
import { Reader } from './dependencies';
import { factKey, hopKey, presenceKey } from './keys';
import { Links } from './links';
import { newPass, type Pass } from './pass';
import { NamedEdges } from './named-edges';
import { applyVerdicts, edgePolicies } from './policy-verdicts';
import { runChecks } from './run-checks';
import { TrackedState } from './tracked-state';
import { touchedKeys } from './touched-keys';
import { Tracking } from './tracking';
import { buildUnit, isUnitKind, UNIT_KINDS, unitName, type Unit } from './units';

export interface AnalysisOptions {
  checks?: readonly Check[];
  /** IngressClass / GatewayClass controller -> the labels of its pods (for NetworkPolicy verdicts). */
  controllers?: readonly ControllerPods[];
  /** The time findings are judged at (ms since the epoch); now by default. `update()` moves it on. */
  now?: number;
  /** Record what every hop reads, so `update()` re-runs only what a change affects (the server). */
  incremental?: boolean;
  /** Milliseconds per check id, added to when given (for the bench). */
  timings?: Map<string, number>;
  /** Manifests mode: pods and EndpointSlices were predicted from workload templates (lib/manifests); checks that read the live state are not run. */
  manifests?: boolean;
}

/** What one update changed: hops and links to add or replace, and the ids of those that went. */
export interface AnalysisChanges {
  nodes: { upsert: GraphNode[]; remove: string[] };
  edges: { upsert: GraphEdge[]; remove: string[] };
}

export class Analysis {
  private readonly nodes = new Map<string, GraphNode>();
  /** How many units contribute each hop (a pod behind two Services has two). */
  private readonly owners = new Map<string, number>();
  /** Health and backend health of a hop before checks (unknown for a missing Service). */
  private readonly baseHealth = new Map<string, { health: Health; backend: Health | undefined }>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly links = new Links();
  private readonly backends = new Map<string, ServiceBackends>();
  private readonly units = new Map<string, Unit>();
  private readonly hops = new Map<string, Reader>();
  /** A Service hop's health from its own findings, before its endpoints' health is rolled in. */
  private readonly ownHealth = new Map<string, Health>();
  private readonly namedEdges = new NamedEdges();
  /** When a reader's answer to `olderThan` turns. */
  private readonly expiries = new Map<Reader, number>();
  private readonly tracking: Tracking;
  private readonly reader: StateReader;
  private readonly ctx: CheckContext;
  private readonly summaries = new ContainerSummaries();
  private readonly checks = new Map<HopKind, Check[]>();
  private readonly timings: Map<string, number> | undefined;
  private readonly presence = new Map<Kind, boolean>();
  private readonly facts: { namespaces: number; podNodes: number };
  /** Caches that live for one hop's evaluation (its reads are recorded for that hop anyway). */
  private readonly local = new Map<string, unknown>();
  private time: number;
  private sequence: number;
  private pass: Pass;
  /** Bumped by every update that changed something. */
  version = 0;

  /** A full analysis of the state, built now (see `Analysis.build` for one that yields to the event loop). */
  constructor(
    private readonly state: ClusterState,
    options: AnalysisOptions = {},
    now = true,
  ) {
    this.tracking = new Tracking(options.incremental === true);
    this.reader = this.tracking.enabled ? new TrackedState(state, this.tracking) : state;
    this.time = options.now ?? Date.now();
    this.timings = options.timings;
    for (const check of options.checks ?? CHECKS) addTo(this.checks, check.hop, options.manifests && check.liveState ? notRunOnManifests(check) : check);
    this.ctx = makeCheckContext({
      state: this.reader,
      controllerTable: options.controllers ?? DEFAULT_CONTROLLER_PODS,
      tracking: this.tracking,
      local: this.local,
      node: (id) => this.nodes.get(id),
      incoming: (id) => this.links.to(id),
      outgoing: (id) => this.links.from(id),
      backends: (id) => this.backends.get(id),
      olderThan: (timestamp, age) => this.olderThan(timestamp, age),
      manifests: options.manifests === true,
    });
    this.sequence = state.sequence;
    this.facts = { ...state.versions };
    for (const kind of KINDS) this.presence.set(kind, state.has(kind));
    this.pass = newPass();
    this.nodes.set(CLIENT_ID, clientNode());
    this.owners.set(CLIENT_ID, 1);
    this.baseHealth.set(CLIENT_ID, { health: 'ok', backend: undefined });
    this.pass.hops.add(CLIENT_ID);
    for (const kind of UNIT_KINDS) for (const object of state.list(kind)) this.pass.units.set(unitName(kind, object.metadata.namespace, object.metadata.name), { kind, namespace: object.metadata.namespace, name: object.metadata.name });
    if (now) this.settle();
  }

  /**
   * A full analysis built in slices of about `sliceMs`, yielding to the event loop between them, so
   * a big cluster does not stall a server. What changes meanwhile, the first `update()` catches up
   * with: a hop that read something that changed after it ran is run again.
   */
  static async build(state: ClusterState, options: AnalysisOptions = {}, sliceMs = 20): Promise<Analysis> {
    const analysis = new Analysis(state, options, false);
    const work = analysis.work();
    let started = performance.now();
    for (let step = 1; !work.next().done; step++) {
      if (step % 64 === 0 && performance.now() - started > sliceMs) {
        await new Promise((resolve) => setImmediate(resolve));
        started = performance.now();
      }
    }
    return analysis;
  }

  /** Every hop, in the order units were built. */
  nodeList(): GraphNode[] {
    return [...this.nodes.values()];
  }

  edgeList(): GraphEdge[] {
    return [...this.edges.values()];
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  outgoing(id: string): readonly GraphEdge[] {
    return this.links.from(id);
  }

  incoming(id: string): readonly GraphEdge[] {
    return this.links.to(id);
  }

  /** The reads recorded, and the shared facts kept (for the bench). */
  stats(): { readers: number; keys: number; reads: number; memos: number } {
    return { readers: this.hops.size + this.units.size + this.tracking.memoCount(), ...this.tracking.dependencies.size(), memos: this.tracking.memoCount() };
  }

  /** The state's journal position this analysis has caught up with. */
  get position(): number {
    return this.sequence;
  }

  /** How many changes the state has made since the last update; null when its journal no longer reaches back. */
  pending(): number | null {
    return this.state.changesSince(this.sequence)?.length ?? null;
  }

  /**
   * Catches up with the state's journal (and the clock): re-runs what the changes affect and says what
   * changed. Null when the journal no longer reaches back to the last update: build a new Analysis.
   */
  update(now = Date.now()): AnalysisChanges | null {
    if (!this.tracking.enabled) throw new Error('a one-shot analysis cannot be updated; build it with incremental: true');
    const changes = this.state.changesSince(this.sequence);
    if (changes === null) return null;
    this.sequence = this.state.sequence;
    this.time = now;
    this.pass = newPass();
    const touch = (key: string) => this.pass.queue.push(key);
    const kinds = new Set<Kind>();
    for (const change of changes) {
      kinds.add(change.kind);
      touchedKeys(change, this.tracking.dependencies, touch);
      if (isUnitKind(change.kind)) this.pass.units.set(unitName(change.kind, change.namespace, change.name), { kind: change.kind, namespace: change.namespace, name: change.name });
    }
    for (const kind of kinds) {
      if (this.state.has(kind) === this.presence.get(kind)) continue;
      this.presence.set(kind, this.state.has(kind));
      touch(presenceKey(kind));
    }
    for (const fact of ['namespaces', 'podNodes'] as const) {
      if (this.state.versions[fact] === this.facts[fact]) continue;
      this.facts[fact] = this.state.versions[fact];
      touch(factKey(fact === 'podNodes' ? 'pod-nodes' : 'namespaces'));
    }
    for (const [reader, at] of this.expiries) {
      if (at >= now) continue;
      this.expiries.delete(reader);
      this.mark(reader);
    }
    const result = this.settle();
    this.tracking.collect();
    if (result.nodes.upsert.length || result.nodes.remove.length || result.edges.upsert.length || result.edges.remove.length) this.version++;
    return result;
  }

  private mark(reader: Reader): void {
    if (reader.kind === 'hop') this.pass.hops.add(reader.name);
    else if (reader.kind === 'memo') this.pass.memos.add(reader.name);
    else {
      const unit = this.units.get(reader.name);
      if (unit) this.pass.units.set(reader.name, unit);
    }
  }

  private settle(): AnalysisChanges {
    const work = this.work();
    for (;;) {
      const step = work.next();
      if (step.done) return step.value;
    }
  }

  /** Rebuilds touched units, refreshes touched facts, re-runs touched hops, then health; a step at a time. */
  private *work(): Generator<void, AnalysisChanges> {
    const pass = this.pass;
    const touch = (key: string) => pass.queue.push(key);
    for (;;) {
      while (pass.queue.length) for (const reader of this.tracking.dependencies.readersOf(pass.queue.pop()!) ?? []) this.mark(reader);
      if (pass.units.size) {
        const units = [...pass.units.values()];
        pass.units.clear();
        for (const unit of units) {
          this.rebuild(unit.kind, unit.namespace, unit.name);
          yield;
        }
        this.links.sort();
        continue;
      }
      if (pass.memos.size) {
        const memos = [...pass.memos];
        pass.memos.clear();
        for (const name of memos) this.tracking.invalidate(name, touch);
        continue;
      }
      break;
    }
    for (const id of pass.hops) {
      this.evaluate(id);
      yield;
    }
    return this.finish();
  }

  private rebuild(kind: UnitKind, namespace: string | undefined, name: string): void {
    const key = unitName(kind, namespace, name);
    const old = this.units.get(key);
    const reader = old?.reader ?? new Reader('unit', key);
    const topology = this.tracking.run(reader, () => buildUnit(this.reader, kind, namespace, name, this.summaries));
    const oldNodes = old?.nodes ?? [];
    const oldEdges = (old?.edges ?? []).map((id) => this.edges.get(id)!);
    for (const id of oldNodes) this.own(id, -1);
    if (old?.service) this.backends.delete(old.service);
    if (oldEdges.length) this.links.remove(oldEdges);
    const unit: Unit = { kind, namespace, name, reader, nodes: [], edges: [], service: null };
    if (topology) {
      for (const node of topology.nodes) {
        this.nodes.set(node.id, node);
        this.baseHealth.set(node.id, { health: node.health, backend: node.kind === 'service' ? node.backendHealth : undefined });
        this.own(node.id, 1);
        unit.nodes.push(node.id);
      }
      if (topology.backends) {
        unit.service = nodeId('service', namespace, name);
        this.backends.set(unit.service, topology.backends);
      }
      for (const edge of topology.edges) {
        this.edges.set(edge.id, edge);
        this.links.add(edge);
        unit.edges.push(edge.id);
        this.pass.edges.add(edge.id);
      }
      this.units.set(key, unit);
    } else {
      this.tracking.drop(reader);
      this.units.delete(key);
    }
    if (oldEdges.length) {
      const kept = new Set(unit.edges);
      for (const edge of oldEdges) {
        if (kept.has(edge.id)) continue;
        this.edges.delete(edge.id);
        this.pass.removedEdges.add(edge.id);
      }
    }
    if (this.tracking.enabled) {
      // What read these hops or their links reads them again.
      const touched = new Set<string>([...oldNodes, ...unit.nodes]);
      for (const edge of [...oldEdges, ...(topology?.edges ?? [])]) touched.add(edge.source).add(edge.target);
      for (const id of touched) this.pass.queue.push(hopKey(id));
    }
    for (const id of oldNodes) if (!this.owners.has(id)) this.forget(id);
    for (const id of unit.nodes) this.pass.hops.add(id);
  }

  /** Counts a unit's contribution of a hop. */
  private own(id: string, delta: 1 | -1): void {
    const count = (this.owners.get(id) ?? 0) + delta;
    if (count > 0) this.owners.set(id, count);
    else this.owners.delete(id);
  }

  /** A hop no unit contributes any more. */
  private forget(id: string): void {
    if (!this.nodes.delete(id)) return;
    this.baseHealth.delete(id);
    this.ownHealth.delete(id);
    const reader = this.hops.get(id);
    if (reader) {
      this.tracking.drop(reader);
      this.expiries.delete(reader);
      this.hops.delete(id);
    }
    this.namedEdges.set(id, [], (edge) => this.pass.edges.add(edge));
    this.pass.hops.delete(id);
    this.pass.removedNodes.add(id);
  }

  private evaluate(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    let reader = this.hops.get(id);
    if (!reader) this.hops.set(id, (reader = new Reader('hop', id)));
    this.expiries.delete(reader);
    this.tracking.run(reader, () => {
      this.local.clear();
      runChecks(node, this.checks.get(node.kind) ?? [], this.ctx, this.timings);
      if (node.kind === 'endpoints') this.verdicts(node.id, node.service);
    });
    this.namedEdges.set(id, [...new Set(node.findings.flatMap((f) => (f.edge ? [f.edge] : [])))], (edge) => this.pass.edges.add(edge));
  }

  /** The NetworkPolicy verdict on each of an EndpointSlices hop's pod edges that some policy restricts. */
  private verdicts(endpointsId: string, serviceId: string): void {
    applyVerdicts(this.links.from(endpointsId), edgePolicies(this.ctx.reach(serviceId)?.pods ?? []), (edge) => this.pass.edges.add(edge));
  }

  private olderThan(timestamp: number, age: number): boolean {
    const due = timestamp + age;
    if (this.time > due) return true;
    const reader = this.tracking.currentReader();
    if (reader) this.expiries.set(reader, Math.min(this.expiries.get(reader) ?? Infinity, due));
    return false;
  }

  /** Health of the hops and edges this pass touched, and the changes to report. */
  private finish(): AnalysisChanges {
    const pass = this.pass;
    const services = new Set<string>();
    for (const id of pass.hops) {
      const node = this.nodes.get(id);
      if (!node) continue;
      const own = worstOf(node.findings, this.baseHealth.get(id)?.health ?? 'ok');
      if (node.kind === 'service') {
        this.ownHealth.set(id, own);
        services.add(id);
      } else node.health = own;
      if (node.kind === 'endpoints') services.add(node.service);
    }
    for (const id of services) {
      const node = this.nodes.get(id);
      if (node?.kind !== 'service') continue;
      const endpoints = this.nodes.get(nodeId('endpoints', node.ref?.namespace, node.ref?.name ?? ''));
      Object.assign(node, serviceHealth(this.ownHealth.get(id) ?? 'ok', endpoints?.health, this.baseHealth.get(id)?.backend));
      pass.hops.add(id);
    }
    const upsertEdges: GraphEdge[] = [];
    for (const id of pass.edges) {
      const edge = this.edges.get(id);
      if (!edge) continue;
      edge.health = edgeHealth(edge, [...this.namedEdges.hopsNaming(id)].flatMap((hop) => this.nodes.get(hop)?.findings ?? []));
      upsertEdges.push(edge);
    }
    return {
      nodes: { upsert: [...pass.hops].flatMap((id) => this.nodes.get(id) ?? []), remove: [...pass.removedNodes].filter((id) => !this.nodes.has(id)) },
      edges: { upsert: upsertEdges, remove: [...pass.removedEdges].filter((id) => !this.edges.has(id)) },
    };
  }
}
