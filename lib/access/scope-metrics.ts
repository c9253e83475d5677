import type { Graph } from '../graph/types';
import type { MetricsLayer } from '../metrics/types';
import { mayList, type Access } from './access';

/** The metrics of the hops and edges in this graph only. */
export function metricsOfGraph(layer: MetricsLayer, graph: Graph): MetricsLayer {
  const hops = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  return {
    ...layer,
    edges: Object.fromEntries(Object.entries(layer.edges).filter(([id]) => edges.has(id))),
    nodes: Object.fromEntries(Object.entries(layer.nodes).filter(([id]) => hops.has(id))),
    findings: layer.findings.filter((f) => hops.has(f.hop) && (!f.edge || edges.has(f.edge))),
  };
}

/** The metrics of the hops and edges in this viewer's graph only; kube-proxy instances only for those who may list Nodes. */
export function scopeMetrics(layer: MetricsLayer, graph: Graph, access: Access): MetricsLayer {
  if (access.kind === 'everything') return layer;
  return { ...metricsOfGraph(layer, graph), kubeProxyStuck: mayList(access, 'Node', undefined) ? layer.kubeProxyStuck : null };
}
