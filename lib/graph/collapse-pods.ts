import type { GraphEdge, GraphNode, PodNode } from './types';
import { addTo } from '../util/group';

/** Healthy pods of one Service drawn as one card. A view of the Graph, not part of its contract. */
export interface PodGroup {
  id: string;
  kind: 'podgroup';
  /** The EndpointSlices hop the pods hang off. */
  endpoints: string;
  pods: PodNode[];
  /** Every pod of that Service, grouped or not, for the card's summary. */
  total: number;
  ready: number;
}

export interface CollapsedView {
  nodes: (GraphNode | PodGroup)[];
  edges: Pick<GraphEdge, 'id' | 'source' | 'target'>[];
}

/** More pods than this under one Service are collapsed (healthy ones only: pods with warnings or worse always show). */
export const COLLAPSE_ABOVE = 6;

export function groupId(endpointsId: string): string {
  return `group/${endpointsId}`;
}

/**
 * Collapses the healthy pods of Services with many pods into one group card each, unless the
 * Service's EndpointSlices hop is in `expanded`. Pods that back several Services stay separate.
 */
export function collapsePods(graph: { nodes: GraphNode[]; edges: GraphEdge[] }, expanded: ReadonlySet<string>): CollapsedView {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, number>();
  for (const e of graph.edges) incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  const podEdges = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) if (e.kind === 'endpoints-pod') addTo(podEdges, e.source, e);

  const hidden = new Set<string>();
  const groups: PodGroup[] = [];
  for (const [endpoints, edges] of podEdges) {
    if (edges.length <= COLLAPSE_ABOVE || expanded.has(endpoints)) continue;
    const pods = edges.map((e) => byId.get(e.target)).filter((n): n is PodNode => n?.kind === 'pod');
    // A healthy pod behind a broken edge (e.g. blocked by a NetworkPolicy) is not quiet either.
    const brokenEdge = new Set(edges.filter((e) => e.health !== 'ok').map((e) => e.target));
    // Info findings are context (e.g. no preStop behind a Service): such pods still fold into the group.
    const quiet = pods.filter((p) => (p.health === 'ok' || p.health === 'info') && !brokenEdge.has(p.id) && incoming.get(p.id) === 1);
    if (quiet.length < 2) continue;
    quiet.forEach((p) => hidden.add(p.id));
    groups.push({ id: groupId(endpoints), kind: 'podgroup', endpoints, pods: quiet, total: pods.length, ready: pods.filter((p) => p.ready).length });
  }
  if (groups.length === 0) return graph;
  const edges: CollapsedView['edges'] = graph.edges.filter((e) => !hidden.has(e.target));
  for (const g of groups) edges.push({ id: `${g.endpoints}->${g.id}`, source: g.endpoints, target: g.id });
  return { nodes: [...graph.nodes.filter((n) => !hidden.has(n.id)), ...groups], edges };
}
