// One order for findings wherever they are listed (a hop's findings in the Graph, the side panel, the
// CLI, the Problems list, a trace): failing now before risks; within each, root causes before the
// findings that name them as their cause, then the most severe, then (on a route) the most paths broken.
import { addTo } from '../util/group';
import type { Finding, GraphNode, Severity } from './types';

const SEVERITY: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
/** Class (2) x root or effect (2) x severity (3). */
const RANKS = 12;

/** Where a finding comes in that order before paths are counted: 0 (a critical root cause failing now) to 11 (risk context). */
export function findingRank(finding: Pick<Finding, 'class' | 'because' | 'severity'>): number {
  return ((finding.class === 'failing-now' ? 0 : 2) + (finding.because?.length ? 1 : 0)) * 3 + SEVERITY[finding.severity];
}

/** Findings by rank, keeping the order they came in within a rank (a bucket per rank: linear). */
export function orderFindings<F extends Pick<Finding, 'class' | 'because' | 'severity'>>(findings: readonly F[]): F[] {
  const buckets: F[][] = Array.from({ length: RANKS }, () => []);
  for (const finding of findings) buckets[findingRank(finding)]!.push(finding);
  return buckets.flat();
}

/**
 * How far down a chain of causes on its own hop a finding is, where that is more than one step (a
 * pod not ready because it crash-loops because it is OOM-killed: 2): an effect comes after its cause.
 */
function chainDepths(hop: string, findings: readonly Finding[]): Map<Finding, number> {
  const depths = new Map<Finding, number>();
  const chained = findings.filter((f) => f.because?.some((ref) => ref.hop === hop));
  if (!chained.length) return depths;
  const byId = new Map<string, Finding[]>();
  for (const f of findings) addTo(byId, f.id, f);
  const depth = (f: Finding, seen: ReadonlySet<Finding>): number => {
    let deepest = f.because?.length ? 1 : 0;
    for (const ref of f.because ?? []) {
      if (ref.hop !== hop) continue;
      for (const cause of byId.get(ref.id) ?? []) if (!seen.has(cause)) deepest = Math.max(deepest, 1 + depth(cause, new Set([...seen, cause])));
    }
    return deepest;
  };
  for (const f of chained) {
    const d = depth(f, new Set([f]));
    if (d > 1) depths.set(f, d);
  }
  return depths;
}

/**
 * A hop's findings in the order everything lists them; within a rank, an effect after its cause on
 * the hop, and on a route the findings that break the most paths first: one about a backend (its
 * edge) breaks the rules into that Service, one about the route all of them. Elsewhere the findings
 * of a hop break the same paths.
 */
export function orderHopFindings(node: GraphNode, findings: readonly Finding[]): Finding[] {
  const ordered = orderFindings(findings);
  const depths = chainDepths(node.id, findings);
  const route = (node.kind === 'ingress' || node.kind === 'httproute') && ordered.some((f) => f.edge) ? node : null;
  if (!depths.size && !route) return ordered;
  const rules = new Map<string, number>();
  for (const rule of route?.routes ?? []) if (rule.serviceNode) rules.set(rule.serviceNode, (rules.get(rule.serviceNode) ?? 0) + 1);
  const paths = (f: Finding) => (!route ? 0 : f.edge ? (rules.get(f.edge.slice(f.edge.indexOf('->') + 2)) ?? 0) : route.routes.length);
  // Array.prototype.sort is stable.
  return ordered.sort((a, b) => findingRank(a) - findingRank(b) || (depths.get(a) ?? 1) - (depths.get(b) ?? 1) || paths(b) - paths(a));
}
