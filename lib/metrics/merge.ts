import { worse } from '../graph/health';
import type { Finding, Graph, GraphNode } from '../graph/types';
import type { MetricsLayer } from './types';
import { addTo } from '../util/group';

/**
 * MET-PROBE-FAILURES counts failures; what they did depends on the pod, which only the graph shows:
 * a pod that is ready now went in and out of the endpoints, one that is not stays out.
 */
function onHop(finding: Finding, node: GraphNode): Finding {
  if (finding.id !== 'MET-PROBE-FAILURES' || node.kind !== 'pod') return finding;
  const observed = node.ready
    ? 'It is ready now, so it fails now and then: it flaps in and out of the endpoints whenever failureThreshold probes in a row fail, and users see intermittent 503.'
    : 'It is not ready: the probe keeps failing, so the pod stays out of the endpoints and gets no traffic (see PRB-EVENT-* for why).';
  return { ...finding, message: `${finding.message} ${observed}` };
}

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
      const extra = byHop.get(n.id)?.map((f) => onHop(f, n));
      return extra ? { ...n, findings: [...n.findings, ...extra], health: extra.reduce((h, f) => worse(h, f.severity), n.health) } : n;
    }),
    edges: graph.edges.map((e) => (edgeSeverity.has(e.id) ? { ...e, health: worse(e.health, edgeSeverity.get(e.id)!) } : e)),
  };
}
