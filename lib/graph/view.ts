// A view of a graph: the hops of some namespaces (all with null) and the links between them. The
// analysis covers everything the viewer may see; a view only chooses what to show.
import type { GraphEdge, GraphNode } from './types';

/** The namespace of a hop, from its id (`kind/namespace/name`); undefined for the Client. */
export function namespaceOfId(id: string): string | undefined {
  const first = id.indexOf('/');
  if (first < 0) return undefined;
  return id.slice(first + 1, id.indexOf('/', first + 1));
}

export type ViewNamespaces = ReadonlySet<string> | null;

export const viewNamespaces = (namespaces: readonly string[] | null): ViewNamespaces => (namespaces ? new Set(namespaces) : null);

/** Whether a hop is in the view (the Client is in every view). */
export function idInView(id: string, view: ViewNamespaces): boolean {
  if (!view) return true;
  const namespace = namespaceOfId(id);
  return namespace === undefined || view.has(namespace);
}

export const nodeInView = (node: GraphNode, view: ViewNamespaces) => idInView(node.id, view);
export const edgeInView = (edge: Pick<GraphEdge, 'source' | 'target'>, view: ViewNamespaces) => idInView(edge.source, view) && idInView(edge.target, view);
