import { causesOf } from '../checks/causes';
import type { CheckId } from '../checks/classes';
import { orderHopFindings } from '../graph/finding-order';
import { worse } from '../graph/health';
import { nodeId } from '../graph/ids';
import type { Finding, FindingRef, Graph, GraphNode } from '../graph/types';
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

const failingNow = (findings: readonly Finding[] | undefined) => findings?.find((f) => f.class === 'failing-now');

/**
 * Why a route -> Service edge answers 5xx, when the graph says: the route's findings failing now on
 * that edge (ING-SVC-MISSING: the controller answers 503), else the first failing now of the Service,
 * else of its EndpointSlices (whose own causes say the rest).
 */
function causesOf5xx(finding: Finding, node: GraphNode, byId: ReadonlyMap<string, GraphNode>): FindingRef[] {
  const onEdge = node.findings.filter((f) => f.edge === finding.edge && f.class === 'failing-now');
  if (onEdge.length) return onEdge.map((f) => ({ id: f.id, hop: f.hop }));
  const service = byId.get(finding.edge!.slice(finding.edge!.indexOf('->') + 2));
  const endpoints = service?.kind === 'service' && service.ref ? byId.get(nodeId('endpoints', service.ref.namespace, service.ref.name)) : undefined;
  const cause = failingNow(service?.findings) ?? failingNow(endpoints?.findings);
  return cause ? [{ id: cause.id, hop: cause.hop }] : [];
}

/**
 * The graph with the metrics layer's findings on their hops and edges, with their causes where the
 * graph shows them, each hop's findings in their order, and health updated; the input is not changed.
 */
export function withMetricFindings(graph: Graph, layer: MetricsLayer | undefined): Graph {
  if (!layer?.findings.length) return graph;
  const byHop = new Map<string, MetricsLayer['findings']>();
  for (const f of layer.findings) addTo(byHop, f.hop, f);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeSeverity = new Map<string, MetricsLayer['findings'][number]['severity']>();
  for (const f of layer.findings) if (f.edge) edgeSeverity.set(f.edge, worse(edgeSeverity.get(f.edge) ?? 'info', f.severity) as typeof f.severity);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const measured = byHop.get(n.id);
      if (!measured) return n;
      const ids = new Set(n.findings.map((f) => f.id));
      const extra = measured.map((f) => {
        const because = causesOf(f.id as CheckId, n.id, f.id === 'MET-5XX-RATIO' && f.edge ? causesOf5xx(f, n, byId) : undefined, ids);
        const finding = onHop(f, n);
        return because.length ? { ...finding, because } : finding;
      });
      return { ...n, findings: orderHopFindings(n, [...n.findings, ...extra]), health: extra.reduce((h, f) => worse(h, f.severity), n.health) };
    }),
    edges: graph.edges.map((e) => (edgeSeverity.has(e.id) ? { ...e, health: worse(e.health, edgeSeverity.get(e.id)!) } : e)),
  };
}
