import type { ClusterState } from '../state/cluster-state';
import type { Scope } from '../graph/topology';
import { GRAPH_SCHEMA_VERSION, type Graph, type GraphEdge, type GraphNode, type SourceInfo, type SyncStatus } from '../graph/types';
import { Analysis, type AnalysisOptions } from './analysis';

export interface GraphMeta {
  source?: SourceInfo;
  /** The source's own notices (e.g. kinds it may not list), shown with the graph. */
  notices?: readonly string[];
  sync?: SyncStatus;
}

export type BuildOptions = GraphMeta & Omit<AnalysisOptions, 'incremental'>;

function skippedNotes(state: ClusterState): string[] {
  return [...state.skipped()].map(([what, count]) => `Skipped ${count} × ${what}.`);
}

/** Whether a hop belongs to a view of some namespaces (the Client belongs to every view). */
export function inView(node: GraphNode, namespaces: ReadonlySet<string> | null): boolean {
  return !namespaces || node.kind === 'client' || namespaces.has(node.ref?.namespace ?? '');
}

/**
 * The Graph of a view: the hops in its namespaces (all with null) and the links between them. The
 * analysis covers the whole state, so a view's findings are those of the whole cluster as the
 * viewer may see it, whichever namespaces they look at.
 */
export function graphOf(state: ClusterState, nodes: readonly GraphNode[], edges: readonly GraphEdge[], scope: Scope, meta: GraphMeta): Graph {
  const namespaces = scope.namespaces ? new Set(scope.namespaces) : null;
  const shown = namespaces ? nodes.filter((n) => inView(n, namespaces)) : [...nodes];
  const ids = namespaces ? new Set(shown.map((n) => n.id)) : null;
  const graph: Graph = {
    schemaVersion: GRAPH_SCHEMA_VERSION,
    source: meta.source ?? { kind: 'file', name: 'objects' },
    scope: { namespaces: scope.namespaces },
    namespaces: state.namespaces(),
    nodes: shown,
    edges: ids ? edges.filter((e) => ids.has(e.source) && ids.has(e.target)) : [...edges],
    notes: [...(meta.notices ?? []), ...skippedNotes(state)],
  };
  if (meta.sync && !meta.sync.ready) graph.sync = meta.sync;
  return graph;
}

/** ClusterState -> the request-path Graph for a scope, with every check's findings and each hop's health (one-shot). */
export function buildGraph(state: ClusterState, scope: Scope, options: BuildOptions = {}): Graph {
  const analysis = new Analysis(state, options);
  return graphOf(state, analysis.nodeList(), analysis.edgeList(), scope, options);
}
