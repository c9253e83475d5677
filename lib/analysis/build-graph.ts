import type { ClusterState } from '../state/cluster-state';
import type { Scope } from '../graph/topology';
import { GRAPH_SCHEMA_VERSION, type Graph, type GraphEdge, type GraphNode, type SourceInfo, type SyncStatus } from '../graph/types';
import { edgeInView, nodeInView, viewNamespaces } from '../graph/view';
import { Analysis, type AnalysisOptions } from './analysis';

export interface GraphMeta {
  source?: SourceInfo;
  /** The source's own notices (e.g. kinds it may not list), shown with the graph. */
  notices?: readonly string[];
  sync?: SyncStatus;
}

export type BuildOptions = GraphMeta & Omit<AnalysisOptions, 'incremental'>;

/** What the person should know about how the input was read: kinds skipped, objects read otherwise than written. */
function readNotes(state: ClusterState): string[] {
  return [...[...state.skipped()].map(([what, count]) => `Skipped ${count} × ${what}.`), ...[...state.conversions()].map(([what, count]) => `Read ${count} × ${what}.`)];
}

/** A graph's fields other than its hops and links, for a view. */
export function graphRest(state: ClusterState, scope: Scope, meta: GraphMeta): Omit<Graph, 'nodes' | 'edges'> {
  const rest: Omit<Graph, 'nodes' | 'edges'> = {
    schemaVersion: GRAPH_SCHEMA_VERSION,
    source: meta.source ?? { kind: 'file', name: 'objects' },
    scope: { namespaces: scope.namespaces },
    namespaces: state.namespaces(),
    notes: [...(meta.notices ?? []), ...readNotes(state)],
  };
  if (meta.sync && !meta.sync.ready) rest.sync = meta.sync;
  return rest;
}

/**
 * The Graph of a view: the hops in its namespaces (all with null) and the links between them. The
 * analysis covers the whole state, so a view's findings are those of the whole cluster as the
 * viewer may see it, whichever namespaces they look at.
 */
export function graphOf(state: ClusterState, nodes: readonly GraphNode[], edges: readonly GraphEdge[], scope: Scope, meta: GraphMeta): Graph {
  const view = viewNamespaces(scope.namespaces);
  return {
    ...graphRest(state, scope, meta),
    nodes: view ? nodes.filter((n) => nodeInView(n, view)) : [...nodes],
    edges: view ? edges.filter((e) => edgeInView(e, view)) : [...edges],
  };
}

/** ClusterState -> the request-path Graph for a scope, with every check's findings and each hop's health (one-shot). */
export function buildGraph(state: ClusterState, scope: Scope, options: BuildOptions = {}): Graph {
  const analysis = new Analysis(state, options);
  return graphOf(state, analysis.nodeList(), analysis.edgeList(), scope, options);
}
