// What a view is built from: the hops and their links, by id, and the hop index. The server's shared
// analysis is one; a plain Graph (tests, snapshots) is another.
import type { GraphEdge, GraphNode } from '../graph/types';
import { addTo } from '../util/group';
import { HopIndex } from './hop-index';

export interface ViewSource {
  node(id: string): GraphNode | undefined;
  from(id: string): readonly GraphEdge[];
  to(id: string): readonly GraphEdge[];
  readonly index: HopIndex;
}

export function sourceOfGraph(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): ViewSource {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const from = new Map<string, GraphEdge[]>();
  const to = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    addTo(from, edge.source, edge);
    addTo(to, edge.target, edge);
  }
  return { node: (id) => nodes.get(id), from: (id) => from.get(id) ?? [], to: (id) => to.get(id) ?? [], index: new HopIndex(graph.nodes) };
}
