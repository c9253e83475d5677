// One analysis of the cluster as one access scope sees it, kept current change by change and shared
// by every route and connection of that scope: two tabs cost one analysis. Views of it (what a
// browser draws, lib/view) and the Problems list are built once per catch-up and view, and kept.
import type { Access } from '../../lib/access/access';
import { mayRead } from '../../lib/access/access';
import { scopeState } from '../../lib/access/scope-state';
import { Analysis, type AnalysisChanges, type AnalysisOptions } from '../../lib/analysis/analysis';
import { graphRest, type GraphMeta } from '../../lib/analysis/build-graph';
import type { LiveHops } from '../../lib/snapshots/changes';
import { viewPatch } from '../../lib/graph/patch';
import type { Graph, GraphEdge, GraphNode, Problem } from '../../lib/graph/types';
import { edgeInView, nodeInView, viewNamespaces } from '../../lib/graph/view';
import type { ClusterState } from '../../lib/state/cluster-state';
import { buildView, CARD_BUDGET, type View } from '../../lib/view/build-view';
import { HopIndex } from '../../lib/view/hop-index';
import { ProblemIndex } from '../../lib/view/problem-index';
import { viewKey, type ViewRequest } from '../../lib/view/request';
import { searchHops, type SearchResult } from '../../lib/view/search';
import type { ViewSource } from '../../lib/view/source';

export type AnalysisUpdate = { kind: 'changes'; version: number; changes: AnalysisChanges } | { kind: 'rebuilt'; version: number };

/** More pending changes than this, and a fresh build is cheaper than catching up (a first sync, a relist). */
const REBUILD_ABOVE = 20_000;
const encoder = new TextEncoder();

/** Graphs and views kept per analysis version (the namespace filters and views in use). */
const VIEWS_KEPT = 8;
/** Bodies kept per view: one per distinct meta (viewers of one scope mostly share it). */
const BODIES_KEPT = 4;



export class SharedAnalysis {
  /** The source version this analysis reflects (the stream's event id). */
  version: number;
  /** Bumped at every catch-up: kept graphs of views are good until it changes. */
  private revision = 0;
  private analysis: Analysis;
  private readonly listeners = new Set<(update: AnalysisUpdate) => void>();
  private readonly graphs = new Map<string, { revision: number; nodes: GraphNode[]; edges: GraphEdge[] }>();
  private readonly views = new Map<string, { revision: number; view: View; cards?: string; bodies: Map<string, Uint8Array<ArrayBuffer>> }>();
  /** The hops by namespace, and the problems, kept with the analysis, for views. */
  private index: HopIndex;
  private problemIndex: ProblemIndex;
  /** The last patch made from each view (kept while the view is). */
  private readonly patches = new WeakMap<View, { to: View; changes: AnalysisChanges; rest: string; json: string }>();
  /** The shared state's journal position a scoped copy has caught up with. */
  private copied: number;
  private busy: Promise<void> = Promise.resolve();

  private constructor(
    private readonly shared: ClusterState,
    private readonly access: Access,
    private state: ClusterState,
    analysis: Analysis,
    version: number,
    private readonly options: AnalysisOptions,
  ) {
    this.analysis = analysis;
    this.index = new HopIndex(analysis.nodeList());
    this.problemIndex = new ProblemIndex(this.source);
    this.version = version;
    this.copied = shared.sequence;
  }

  /** What views are built from: the analysis's hops and links, and the index. */
  private get source(): ViewSource {
    const analysis = this.analysis;
    return { node: (id) => analysis.node(id), from: (id) => analysis.outgoing(id), to: (id) => analysis.incoming(id), index: this.index };
  }

  /** Every problem this scope has, most harmful first. */
  problems(): Problem[] {
    return this.problemIndex.list();
  }

  /** Each hop's health now, and how many hops these namespaces hold (all with null; the Client counted), from the index: what a snapshot's "changed since" compares with. */
  liveHops(namespaces: string[] | null): LiveHops {
    const analysis = this.analysis;
    let count = 1;
    for (const namespace of namespaces ?? this.index.namespaceNames()) count += this.index.in(namespace)?.ids.size ?? 0;
    return { health: (id) => analysis.node(id)?.health, count };
  }

  /** Hops matching a search, in the namespaces given (all with null). */
  search(query: string, namespaces: string[] | null): SearchResult {
    return searchHops(this.source, this.state, query, namespaces);
  }

  /** The view a browser draws (kept until the next catch-up). Do not change it. */
  view(request: ViewRequest): View {
    const key = viewKey(request);
    let kept = this.views.get(key);
    if (kept?.revision !== this.revision) {
      kept = { revision: this.revision, view: buildView(this.source, request, this.problems(), CARD_BUDGET, kept?.view.hint), bodies: new Map() };
      this.views.delete(key);
      this.views.set(key, kept);
      if (this.views.size > VIEWS_KEPT) this.views.delete(this.views.keys().next().value!);
    }
    return kept.view;
  }

  /** A view as Graph JSON: its cards are serialized once per view and catch-up, the whole once per view, catch-up and meta. */
  viewBody(request: ViewRequest, meta: GraphMeta): Uint8Array<ArrayBuffer> {
    const view = this.view(request);
    const kept = this.views.get(viewKey(request))!;
    kept.cards ??= `,"nodes":${JSON.stringify(view.nodes)},"edges":${JSON.stringify(view.edges)},"groups":${JSON.stringify(view.groups)}}`;
    const rest = JSON.stringify(this.viewRest(request, meta));
    let body = kept.bodies.get(rest);
    if (!body) {
      body = encoder.encode(`${rest.slice(0, -1)}${kept.cards}`);
      if (kept.bodies.size >= BODIES_KEPT) kept.bodies.clear();
      kept.bodies.set(rest, body);
    }
    return body;
  }

  /**
   * The patch from a view a connection has to the view now, as JSON: connections of one view that
   * are at the same place share it (the comparison of group cards is not made per connection).
   */
  viewPatchJson(request: ViewRequest, from: View, changes: AnalysisChanges, meta: GraphMeta): { view: View; json: string } {
    const to = this.view(request);
    const rest = this.viewRest(request, meta);
    const restJson = JSON.stringify(rest);
    const known = this.patches.get(from);
    if (known?.to === to && known.changes === changes && known.rest === restJson) return { view: to, json: known.json };
    const changed = { nodes: new Set(changes.nodes.upsert.map((n) => n.id)), edges: new Set(changes.edges.upsert.map((e) => e.id)) };
    const json = JSON.stringify(viewPatch(from, to, changed, rest));
    this.patches.set(from, { to, changes, rest: restJson, json });
    return { view: to, json };
  }

  /** A view's fields other than its cards and links. */
  viewRest(request: ViewRequest, meta: GraphMeta): Omit<Graph, 'nodes' | 'edges' | 'groups'> {
    return { ...graphRest(this.state, { namespaces: request.namespaces }, meta), detail: this.view(request).detail };
  }

  /** How far into the shared state's journal this analysis has read. */
  get consumed(): number {
    return this.state === this.shared ? this.analysis.position : this.copied;
  }

  /** Builds the analysis of what `access` may see (yielding to the event loop while it works). */
  static async open(shared: ClusterState, access: Access, version: number, options: Omit<AnalysisOptions, 'incremental'> = {}): Promise<SharedAnalysis> {
    const copied = shared.sequence;
    const state = scopeState(shared, access);
    const incremental = { ...options, incremental: true };
    const entry = new SharedAnalysis(shared, access, state, await Analysis.build(state, incremental), version, incremental);
    entry.copied = copied;
    return entry;
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The scoped state (the shared one itself for a viewer who may see everything). */
  get cluster(): ClusterState {
    return this.state;
  }

  subscribe(listener: (update: AnalysisUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private kept(namespaces: string[] | null): { nodes: GraphNode[]; edges: GraphEdge[]; body?: Uint8Array } {
    const key = JSON.stringify(namespaces);
    let kept = this.graphs.get(key);
    if (kept?.revision !== this.revision) {
      const view = viewNamespaces(namespaces);
      const nodes = this.analysis.nodeList();
      const edges = this.analysis.edgeList();
      kept = { revision: this.revision, nodes: view ? nodes.filter((n) => nodeInView(n, view)) : nodes, edges: view ? edges.filter((e) => edgeInView(e, view)) : edges };
      this.graphs.delete(key);
      this.graphs.set(key, kept);
      if (this.graphs.size > VIEWS_KEPT) this.graphs.delete(this.graphs.keys().next().value!);
    }
    return kept;
  }

  /** A graph's fields other than its hops and links, for a view. */
  rest(namespaces: string[] | null, meta: GraphMeta): Omit<Graph, 'nodes' | 'edges'> {
    return graphRest(this.state, { namespaces }, meta);
  }

  /** The graph of a view (namespaces; null for all), kept until the analysis catches up again. Do not change it. */
  graph(namespaces: string[] | null, meta: GraphMeta): Graph {
    const { nodes, edges } = this.kept(namespaces);
    return { ...this.rest(namespaces, meta), nodes, edges };
  }

  /** Catches up with the source (one at a time), and tells the subscribers what changed. */
  catchUp(version: number, now = Date.now()): Promise<void> {
    this.busy = this.busy.then(async () => {
      const update = await this.step(version, now);
      this.version = version;
      this.revision++;
      if (update) for (const listener of this.listeners) listener(update);
    });
    return this.busy;
  }

  private async step(version: number, now: number): Promise<AnalysisUpdate | null> {
    if (this.state !== this.shared && !this.copyChanges()) {
      this.state = scopeState(this.shared, this.access);
      this.copied = this.shared.sequence;
      this.rebuilt(await Analysis.build(this.state, this.options));
      return { kind: 'rebuilt', version };
    }
    const pending = this.analysis.pending();
    if (pending === null || pending > REBUILD_ABOVE) {
      this.rebuilt(await Analysis.build(this.state, this.options));
      return { kind: 'rebuilt', version };
    }
    const changes = this.analysis.update(now);
    if (this.state !== this.shared) this.state.release(this.analysis.position);
    if (!changes) {
      this.rebuilt(await Analysis.build(this.state, this.options));
      return { kind: 'rebuilt', version };
    }
    for (const node of changes.nodes.upsert) this.index.upsert(node);
    for (const id of changes.nodes.remove) this.index.remove(id);
    this.problemIndex.update([...changes.nodes.upsert.map((n) => n.id), ...changes.nodes.remove], [...changes.edges.upsert.map((e) => e.id), ...changes.edges.remove]);
    const empty = !changes.nodes.upsert.length && !changes.nodes.remove.length && !changes.edges.upsert.length && !changes.edges.remove.length;
    return empty ? null : { kind: 'changes', version, changes };
  }

  private rebuilt(analysis: Analysis): void {
    this.analysis = analysis;
    this.index = new HopIndex(analysis.nodeList());
    this.problemIndex = new ProblemIndex(this.source);
  }

  /** Copies into a scoped state what changed in the shared one that the viewer may see; false when the journal no longer reaches back. */
  private copyChanges(): boolean {
    const changes = this.shared.changesSince(this.copied);
    if (!changes || changes.length > REBUILD_ABOVE) return false;
    this.copied = this.shared.sequence;
    for (const { kind, namespace, name, before, after } of changes) {
      if (after && mayRead(this.access, after)) this.state.upsert(after);
      else if (before && mayRead(this.access, before)) this.state.remove(kind, namespace, name);
    }
    return true;
  }
}
