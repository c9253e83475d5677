import type { CompiledPolicy } from '../netpol/policy';
import { evidence } from './evidence';
import { kubectlPolicies, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

function kind(policy: CompiledPolicy): string {
  const sides = (['ingress', 'egress'] as const).flatMap((d) => {
    const rules = policy[d];
    if (rules === null) return [];
    if (rules.length === 0) return [`default deny for ${d}`];
    return rules.some((r) => r.peers === null && r.ports === null) ? [`allow all ${d}`] : [`${d} rules for every pod`];
  });
  return sides.join(' and ');
}

export const npSelectsAll = defineCheck({
  id: 'NP-SELECTS-ALL',
  hop: 'endpoints',
  title: 'Policy selects every pod of the namespace',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    const pod = backends?.selected[0];
    if (!pod) return [];
    const empty = ctx.netpol.policiesFor(pod).filter((p) => p.podSelector && Object.keys(p.podSelector.matchLabels ?? {}).length === 0 && (p.podSelector.matchExpressions ?? []).length === 0);
    return empty.map((p) => ({
      severity: 'info' as const,
      message: `NetworkPolicy ${p.namespace}/${p.name} selects every pod of namespace ${p.namespace}: ${kind(p)}. Traffic to these pods needs an allow rule from another policy.`,
      evidence: evidence({ objects: [policyRef(`${p.namespace}/${p.name}`)], kubectl: kubectlPolicies([`${p.namespace}/${p.name}`]) }),
    }));
  },
});
