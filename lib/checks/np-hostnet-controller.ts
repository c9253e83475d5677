import { evidence, field } from './evidence';
import { blockingPolicies, kubectlPolicies, podName, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

/** A hostNetwork controller sends from its node's IP, which pod and namespace selectors cannot match. */
export const npHostnetController = defineCheck({
  id: 'NP-HOSTNET-CONTROLLER',
  hop: 'endpoints',
  title: 'Host-network controller allowed only by selectors',
  run(node, ctx) {
    const reach = ctx.reach(node.service);
    if (!reach) return [];
    const hostNet = reach.controllerPods.filter((c) => c.spec.hostNetwork);
    const hits = reach.pods.filter((r) => r.blocked && hostNet.some((c) => ctx.netpol.allowed({ from: { kind: 'pod', pod: c }, to: { kind: 'pod', pod: r.pod }, port: r.port, protocol: r.protocol }).allowed));
    if (hits.length === 0) return [];
    const policies = blockingPolicies(hits.flatMap((r) => r.verdicts));
    return [
      {
        severity: 'critical',
        message: `The controller pod${hostNet.length > 1 ? 's' : ''} ${hostNet.map(podName).join(', ')} use${hostNet.length > 1 ? '' : 's'} the host network, so traffic comes from the node's IP: ${policies.join(', ')} admit${policies.length > 1 ? '' : 's'} the controller only by pod or namespace selector, which cannot match a node IP (most CNIs). Add an ipBlock for the node addresses.`,
        evidence: evidence({ objects: policies.map(policyRef), fields: hostNet.map((c) => field(c, 'spec.hostNetwork', true)), kubectl: kubectlPolicies(policies) }),
      },
    ];
  },
});
