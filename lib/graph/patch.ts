import type { Graph, GraphEdge, GraphNode, GroupNode } from './types';

export interface ItemsPatch<T> {
  upsert: T[];
  remove: string[];
}

/** What changed in a view between two moments: cards and links added, changed or removed. */
export interface GraphPatch {
  nodes: ItemsPatch<GraphNode>;
  edges: ItemsPatch<GraphEdge>;
  groups: ItemsPatch<GroupNode>;
  /** The graph's other fields, which are small: sent whole. */
  rest: Omit<Graph, 'nodes' | 'edges' | 'groups'>;
}

export interface ViewItems {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  groups: readonly GroupNode[];
}

/** Items of `after` that are new or changed, and the ids of those that went. `changed` says which kept ids changed. */
function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[], changed: (item: T, old: T) => boolean): ItemsPatch<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const present = new Set<string>();
  const upsert: T[] = [];
  for (const item of after) {
    present.add(item.id);
    const was = old.get(item.id);
    if (!was || changed(item, was)) upsert.push(item);
  }
  return { upsert, remove: [...old.keys()].filter((id) => !present.has(id)) };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The patch from one view to the next. Hops and links are the analysis's own objects, changed in
 * place: `changed` names those an update touched. Group cards, and links to them, are made anew by
 * every view, and are small: they are compared whole.
 */
export function viewPatch(before: ViewItems, after: ViewItems, changed: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }, rest: GraphPatch['rest']): GraphPatch {
  return {
    nodes: diffById(before.nodes, after.nodes, (node) => changed.nodes.has(node.id)),
    edges: diffById(before.edges, after.edges, (edge, old) => changed.edges.has(edge.id) || (edge !== old && !sameJson(edge, old))),
    groups: diffById(before.groups, after.groups, (group, old) => !sameJson(group, old)),
    rest,
  };
}

function applyById<T extends { id: string }>(items: readonly T[], change: ItemsPatch<T>): T[] {
  const removed = new Set(change.remove);
  const updated = new Map(change.upsert.map((item) => [item.id, item]));
  const out = items.filter((item) => !removed.has(item.id)).map((item) => updated.get(item.id) ?? item);
  const known = new Set(items.map((item) => item.id));
  return [...out, ...change.upsert.filter((item) => !known.has(item.id))];
}

/** The graph after the patch; items keep their order, new ones come last. */
export function applyPatch(graph: Graph, patch: GraphPatch): Graph {
  return { ...patch.rest, nodes: applyById(graph.nodes, patch.nodes), edges: applyById(graph.edges, patch.edges), groups: applyById(graph.groups ?? [], patch.groups) };
}
