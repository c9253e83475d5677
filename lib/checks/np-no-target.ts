import { selectorMatches } from '../k8s/label-selector';
import { compilePolicy } from '../netpol/policy';
import { evidence } from './evidence';
import { kubectlPolicies, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

/** Policies on no request path have no hop of their own: they are listed on the Client hop. */
export const npNoTarget = defineCheck({
  id: 'NP-NO-TARGET',
  hop: 'client',
  title: 'NetworkPolicy selects no pod',
  run(_node, ctx) {
    const pods = ctx.state.list('Pod');
    const inert = ctx.state
      .list('NetworkPolicy')
      .map(compilePolicy)
      .filter((p) => !pods.some((pod) => pod.metadata.namespace === p.namespace && p.podSelector !== null && selectorMatches(p.podSelector, pod.metadata.labels)))
      .map((p) => `${p.namespace}/${p.name}`);
    if (inert.length === 0) return [];
    return [
      {
        severity: 'info',
        message: `NetworkPolic${inert.length > 1 ? 'ies' : 'y'} ${inert.slice(0, 5).join(', ')}${inert.length > 5 ? ` and ${inert.length - 5} more` : ''} select${inert.length > 1 ? '' : 's'} no pod: inert (often a label typo in spec.podSelector).`,
        evidence: evidence({ objects: inert.slice(0, 5).map(policyRef), kubectl: kubectlPolicies(inert.slice(0, 2)) }),
      },
    ];
  },
});
