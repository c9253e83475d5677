import type { Graph } from '../graph/types';
import { findProblems } from '../view/problem-index';
import { sourceOfGraph } from '../view/source';

export interface ProblemCounts {
  critical: number;
  warning: number;
}

/** Problems by the namespace they are in ('' for cluster-wide ones), so a scoped viewer is told only of theirs. */
export type ProblemsByNamespace = Record<string, ProblemCounts>;

/** The problems of a frozen graph (the Problems list's, as its page counts them), per namespace that has any. */
export function problemCounts(graph: Graph): ProblemsByNamespace {
  const counts: ProblemsByNamespace = {};
  for (const problem of findProblems(sourceOfGraph(graph), null)) {
    if (problem.severity === 'info') continue;
    const namespace = (counts[problem.namespace ?? ''] ??= { critical: 0, warning: 0 });
    namespace[problem.severity]++;
  }
  return counts;
}

export function totalProblems(counts: ProblemsByNamespace): ProblemCounts {
  const total = { critical: 0, warning: 0 };
  for (const c of Object.values(counts)) {
    total.critical += c.critical;
    total.warning += c.warning;
  }
  return total;
}
