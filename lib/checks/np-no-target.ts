import { compilePolicy } from '../netpol/policy';
import { evidence } from './evidence';
import { kubectlPolicies, policyRef } from '../netpol/evidence';
import { defineCheck, type CheckContext } from './types';

/** Whether a policy selects a pod, kept per policy: most pod changes leave the answer as it was. */
function selectsSomePod(ctx: CheckContext, name: string): boolean {
  return ctx.memo(
    `policy-selects ${name}`,
    () => {
      const [namespace, policyName] = name.split('/') as [string, string];
      const policy = ctx.state.get('NetworkPolicy', namespace, policyName);
      const selector = policy && compilePolicy(policy).podSelector;
      return !!selector && ctx.state.selectMatching('Pod', namespace, selector).length > 0;
    },
    Object.is,
  );
}

/** Policies on no request path have no hop of their own: they are listed on the Client hop. */
export const npNoTarget = defineCheck({
  id: 'NP-NO-TARGET',
  hop: 'client',
  title: 'NetworkPolicy selects no pod',
  run(_node, ctx) {
    const inert = ctx.state
      .list('NetworkPolicy')
      .map((policy) => `${policy.metadata.namespace}/${policy.metadata.name}`)
      .filter((name) => !selectsSomePod(ctx, name));
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
