import type { Graph, GraphEdge, GraphNode } from './types';

/** What changed between two graphs of one scope: hops and links added, changed or removed. */
export interface GraphPatch {
  nodes: { upsert: GraphNode[]; remove: string[] };
  edges: { upsert: GraphEdge[]; remove: string[] };
  /** The graph's other fields, which are small: sent whole. */
  rest: Omit<Graph, 'nodes' | 'edges'>;
}

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): { upsert: T[]; remove: string[] } {
  const old = new Map(before.map((item) => [item.id, JSON.stringify(item)]));
  const upsert = after.filter((item) => old.get(item.id) !== JSON.stringify(item));
  const present = new Set(after.map((item) => item.id));
  return { upsert, remove: [...old.keys()].filter((id) => !present.has(id)) };
}

export function diffGraph(before: Graph, after: Graph): GraphPatch {
  const { nodes, edges, ...rest } = after;
  return { nodes: diffById(before.nodes, nodes), edges: diffById(before.edges, edges), rest };
}

function applyById<T extends { id: string }>(items: readonly T[], change: { upsert: T[]; remove: string[] }): T[] {
  const removed = new Set(change.remove);
  const updated = new Map(change.upsert.map((item) => [item.id, item]));
  const out = items.filter((item) => !removed.has(item.id)).map((item) => updated.get(item.id) ?? item);
  const known = new Set(items.map((item) => item.id));
  return [...out, ...change.upsert.filter((item) => !known.has(item.id))];
}

/** The graph after the patch; items keep their order, new ones come last. */
export function applyPatch(graph: Graph, patch: GraphPatch): Graph {
  return { ...patch.rest, nodes: applyById(graph.nodes, patch.nodes), edges: applyById(graph.edges, patch.edges) };
}
