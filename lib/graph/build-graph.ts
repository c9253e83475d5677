import { CHECKS } from '../checks/registry';
import { makeCheckContext } from '../checks/context';
import { runChecks } from '../checks/run';
import type { Check } from '../checks/types';
import type { ClusterState } from '../state/cluster-state';
import { worse, worstOf } from './health';
import { buildTopology, type Scope } from './topology';
import { GRAPH_SCHEMA_VERSION, type Graph, type GraphNode, type SourceInfo, type SyncStatus } from './types';

export interface BuildOptions {
  source?: SourceInfo;
  checks?: readonly Check[];
  /** The source's own notices (e.g. kinds it may not list), shown with the graph. */
  notices?: readonly string[];
  sync?: SyncStatus;
}

function skippedNotes(state: ClusterState): string[] {
  return [...state.skipped()].map(([what, count]) => `Skipped ${count} × ${what}.`);
}

function rollUpEndpoints(service: GraphNode | undefined, endpoints: GraphNode | undefined): void {
  if (service?.kind !== 'service' || !endpoints) return;
  service.backendHealth = endpoints.health;
  service.health = worse(service.health, endpoints.health);
}

/** ClusterState -> the request-path Graph for a scope, with every check's findings and each hop's health. */
export function buildGraph(state: ClusterState, scope: Scope, options: BuildOptions = {}): Graph {
  const topology = buildTopology(state, scope);
  runChecks(topology, makeCheckContext(state, topology), options.checks ?? CHECKS);
  const edgeHealth = new Map<string, Graph['edges'][number]['health']>();
  for (const node of topology.nodes.values()) {
    node.health = worstOf(node.findings, node.health);
    for (const finding of node.findings) {
      if (finding.edge) edgeHealth.set(finding.edge, worse(edgeHealth.get(finding.edge) ?? 'ok', finding.severity));
    }
  }
  const edges = [...topology.edges.values()];
  for (const edge of edges) {
    edge.health = edgeHealth.get(edge.id) ?? 'ok';
    if (edge.kind === 'service-endpoints') rollUpEndpoints(topology.nodes.get(edge.source), topology.nodes.get(edge.target));
  }
  const graph: Graph = {
    schemaVersion: GRAPH_SCHEMA_VERSION,
    source: options.source ?? { kind: 'file', name: 'objects' },
    scope: { namespaces: scope.namespaces },
    namespaces: state.namespaces(),
    nodes: [...topology.nodes.values()],
    edges,
    notes: [...(options.notices ?? []), ...skippedNotes(state)],
  };
  if (options.sync && !options.sync.ready) graph.sync = options.sync;
  return graph;
}
