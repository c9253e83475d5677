import type { EdgePolicy, GraphEdge } from '../graph/types';
import type { PodReach } from '../netpol/reach';
import { blockingPolicies } from '../netpol/evidence';

/** The NetworkPolicy verdict on each pod edge that some policy restricts: the worst over the edge's pods and ports. */
export function edgePolicies(pods: readonly PodReach[]): Map<string, EdgePolicy> {
  const out = new Map<string, EdgePolicy>();
  for (const r of pods) {
    if (!r.restricted) continue;
    const verdict = r.blocked ? 'blocked' : r.partial ? 'partial' : 'allowed';
    const previous = out.get(r.edge);
    if (previous && (previous.verdict === 'blocked' || verdict === 'allowed')) continue;
    const decisive = r.verdicts.find((v) => v.allowed === (verdict === 'allowed')) ?? r.verdicts[0]!;
    const policies = verdict === 'allowed' ? [decisive.egress.allowedBy?.policy, decisive.ingress.allowedBy?.policy].filter((p): p is string => !!p) : blockingPolicies(r.verdicts);
    out.set(r.edge, { verdict, policies, reason: decisive.reason });
  }
  return out;
}

/** Sets (or clears) each pod edge's verdict; every edge is reported, as a cleared verdict changes it too. */
export function applyVerdicts(edges: Iterable<GraphEdge>, policies: ReadonlyMap<string, EdgePolicy>, changed: (edgeId: string) => void): void {
  for (const edge of edges) {
    const policy = policies.get(edge.id);
    if (policy) edge.policy = policy;
    else delete edge.policy;
    changed(edge.id);
  }
}
