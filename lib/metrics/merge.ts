import { worse } from '../graph/health';
import type { Graph } from '../graph/types';
import type { MetricsLayer } from './types';
import { addTo } from '../util/group';

/** The graph with the metrics layer's findings on their hops and edges, and health updated; the input is not changed. */
export function withMetricFindings(graph: Graph, layer: MetricsLayer | undefined): Graph {
  if (!layer?.findings.length) return graph;
  const byHop = new Map<string, MetricsLayer['findings']>();
  for (const f of layer.findings) addTo(byHop, f.hop, f);
  const edgeSeverity = new Map<string, MetricsLayer['findings'][number]['severity']>();
  for (const f of layer.findings) if (f.edge) edgeSeverity.set(f.edge, worse(edgeSeverity.get(f.edge) ?? 'info', f.severity) as typeof f.severity);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const extra = byHop.get(n.id);
      return extra ? { ...n, findings: [...n.findings, ...extra], health: extra.reduce((h, f) => worse(h, f.severity), n.health) } : n;
    }),
    edges: graph.edges.map((e) => (edgeSeverity.has(e.id) ? { ...e, health: worse(e.health, edgeSeverity.get(e.id)!) } : e)),
  };
}
