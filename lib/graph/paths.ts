import type { Graph, GraphEdge, GraphNode } from './types';
import { addTo } from '../util/group';

export interface RequestPath {
  /** The Ingress or HTTPRoute the path starts at; null for Services reached only from inside the cluster. */
  entry: GraphNode | null;
  /** Every hop after the entry, in breadth-first order (Services, then EndpointSlices, then Pods). */
  hops: GraphNode[];
}

type Link = Pick<GraphEdge, 'source' | 'target'>;

function adjacency(edges: readonly Link[], from: 'source' | 'target'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const to = from === 'source' ? 'target' : 'source';
  for (const edge of edges) addTo(out, edge[from], edge[to]);
  return out;
}

function walk(start: string, next: Map<string, string[]>): string[] {
  const seen = new Set([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const id of next.get(queue[i]!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return queue.slice(1);
}

/** Ids of every hop downstream of `id` (where its requests go). */
export function downstreamOf(graph: { edges: readonly Link[] }, id: string): string[] {
  return walk(id, adjacency(graph.edges, 'source'));
}

/** Ids of every hop upstream of `id` (where its requests come from). */
export function upstreamOf(graph: { edges: readonly Link[] }, id: string): string[] {
  return walk(id, adjacency(graph.edges, 'target'));
}

/** The request paths of a graph: one per Ingress/HTTPRoute, then one per Service no entry reaches. */
export function requestPaths(graph: Graph): RequestPath[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const next = adjacency(graph.edges, 'source');
  const reached = new Set<string>();
  const paths: RequestPath[] = [];
  for (const entry of graph.nodes.filter((n) => n.kind === 'ingress' || n.kind === 'httproute')) {
    const hops = walk(entry.id, next).map((id) => byId.get(id)!);
    hops.forEach((h) => reached.add(h.id));
    paths.push({ entry, hops });
  }
  for (const service of graph.nodes.filter((n) => n.kind === 'service' && !reached.has(n.id))) {
    paths.push({ entry: null, hops: [service, ...walk(service.id, next).map((id) => byId.get(id)!)] });
  }
  return paths;
}
