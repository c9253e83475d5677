// "Because …": a finding's chain of causes down to its root, as the side panel and the CLI say it
// (EPS-NOT-READY because POD-NOT-READY on 3 pods, because PRB-EVENT-HTTP-STATUS).
import { addTo } from '../util/group';
import type { Finding, FindingRef, GraphNode } from './types';

/** Causes with one check id, and the hops they are on. */
export interface CauseGroup {
  id: string;
  hops: string[];
}

/** The most steps followed towards the root (chains are two or three long). */
export const CHAIN_LIMIT = 8;

function grouped(refs: readonly FindingRef[]): CauseGroup[] {
  const groups = new Map<string, string[]>();
  for (const ref of refs) addTo(groups, ref.id, ref.hop);
  return [...groups].map(([id, hops]) => ({ id, hops }));
}

/**
 * A finding's causes, one step a line: its own, grouped by check; then, from the first of them the
 * graph has, that finding's; and so on to a root cause (or to a hop the graph does not carry).
 */
export function causeChain(finding: Finding, node: (id: string) => GraphNode | undefined): CauseGroup[][] {
  const steps: CauseGroup[][] = [];
  const seen = new Set<Finding>([finding]);
  let at: Finding | undefined = finding;
  while (at?.because?.length && steps.length < CHAIN_LIMIT) {
    steps.push(grouped(at.because));
    let next: Finding | undefined;
    for (const ref of at.because) {
      next = node(ref.hop)?.findings.find((f) => f.id === ref.id);
      if (next) break;
    }
    at = next && !seen.has(next) ? next : undefined;
    if (at) seen.add(at);
  }
  return steps;
}
