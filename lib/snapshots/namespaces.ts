import type { Graph } from '../graph/types';

/** The namespaces a frozen graph shows hops in: a viewer who may list none of them is not shown the snapshot. */
export function graphNamespaces(graph: Graph): string[] {
  return [...new Set(graph.nodes.map((n) => n.ref?.namespace).filter((ns): ns is string => !!ns))].sort();
}
