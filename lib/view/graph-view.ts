import type { Graph, Problem } from '../graph/types';
import { buildView } from './build-view';
import { findProblems } from './problem-index';
import type { ViewRequest } from './request';
import { sourceOfGraph } from './source';

/** A whole graph (a snapshot's) as a view, folded as a live one is, with its Problems list. */
export function viewOfGraph(graph: Graph, request: ViewRequest): { graph: Graph; problems: Problem[] } {
  const source = sourceOfGraph(graph);
  const problems = findProblems(source, request.namespaces);
  const { nodes, edges, groups, detail } = buildView(source, request, problems);
  return { graph: { ...graph, nodes, edges, groups, detail }, problems };
}
