import { blockingPolicies } from '../netpol/evidence';
import { CHECKS } from '../checks/registry';
import type { ControllerPods } from '../netpol/controllers';
import { makeCheckContext } from './check-context';
import { runChecks } from '../checks/run';
import type { Check, CheckContext } from '../checks/types';
import type { ClusterState } from '../state/cluster-state';
import { worse, worstOf } from '../graph/health';
import { buildTopology, type Scope, type Topology } from '../graph/topology';
import { GRAPH_SCHEMA_VERSION, type EdgePolicy, type Graph, type GraphNode, type SourceInfo, type SyncStatus } from '../graph/types';

export interface BuildOptions {
  source?: SourceInfo;
  checks?: readonly Check[];
  /** The source's own notices (e.g. kinds it may not list), shown with the graph. */
  notices?: readonly string[];
  sync?: SyncStatus;
  /** IngressClass / GatewayClass controller -> the labels of its pods (for NetworkPolicy verdicts). */
  controllers?: readonly ControllerPods[];
  /** The time findings are judged at (ms since the epoch); now by default. */
  now?: number;
}

function skippedNotes(state: ClusterState): string[] {
  return [...state.skipped()].map(([what, count]) => `Skipped ${count} × ${what}.`);
}

/** The NetworkPolicy verdict on each endpoints -> pod edge that some policy restricts. */
function policyVerdicts(topology: Topology, ctx: CheckContext): Map<string, EdgePolicy> {
  const out = new Map<string, EdgePolicy>();
  for (const node of topology.nodes.values()) {
    if (node.kind !== 'service') continue;
    for (const r of ctx.reach(node.id)?.pods ?? []) {
      if (!r.restricted) continue;
      const verdict = r.blocked ? 'blocked' : r.partial ? 'partial' : 'allowed';
      const previous = out.get(r.edge);
      if (previous && (previous.verdict === 'blocked' || verdict === 'allowed')) continue;
      const decisive = r.verdicts.find((v) => v.allowed === (verdict === 'allowed')) ?? r.verdicts[0]!;
      const policies = verdict === 'allowed' ? [decisive.egress.allowedBy?.policy, decisive.ingress.allowedBy?.policy].filter((p): p is string => !!p) : blockingPolicies(r.verdicts);
      out.set(r.edge, { verdict, policies, reason: decisive.reason });
    }
  }
  return out;
}

function rollUpEndpoints(service: GraphNode | undefined, endpoints: GraphNode | undefined): void {
  if (service?.kind !== 'service' || !endpoints) return;
  service.backendHealth = endpoints.health;
  service.health = worse(service.health, endpoints.health);
}

/** ClusterState -> the request-path Graph for a scope, with every check's findings and each hop's health. */
export function buildGraph(state: ClusterState, scope: Scope, options: BuildOptions = {}): Graph {
  const topology = buildTopology(state, scope);
  const ctx = makeCheckContext(state, topology, options.controllers, options.now);
  runChecks(topology, ctx, options.checks ?? CHECKS);
  const edgeHealth = new Map<string, Graph['edges'][number]['health']>();
  for (const node of topology.nodes.values()) {
    node.health = worstOf(node.findings, node.health);
    for (const finding of node.findings) {
      if (finding.edge) edgeHealth.set(finding.edge, worse(edgeHealth.get(finding.edge) ?? 'ok', finding.severity));
    }
  }
  const edges = [...topology.edges.values()];
  const policies = policyVerdicts(topology, ctx);
  for (const edge of edges) {
    edge.health = edgeHealth.get(edge.id) ?? 'ok';
    const policy = policies.get(edge.id);
    if (policy) {
      edge.policy = policy;
      edge.health = worse(edge.health, policy.verdict === 'blocked' ? 'critical' : policy.verdict === 'partial' ? 'warning' : 'ok');
    }
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
