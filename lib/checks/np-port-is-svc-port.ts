import { evidence, field } from './evidence';
import { controllerEndpoint } from '../netpol/reach';
import { blockingPolicies, kubectlPolicies, policiesVerb, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

/** Blocked on the pod port, but allowed on the Service port: the policy was written for the port before DNAT. */
export const npPortIsSvcPort = defineCheck({
  id: 'NP-PORT-IS-SVC-PORT',
  hop: 'endpoints',
  title: 'NetworkPolicy allows the Service port, not the pod port',
  run(node, ctx) {
    const reach = ctx.reach(node.service);
    const hits = (reach?.pods ?? []).filter(
      (r) =>
        r.blocked &&
        r.servicePort.port !== r.port &&
        reach!.controllerPods.some((c) => ctx.netpol.allowed({ from: controllerEndpoint(c), to: { kind: 'pod', pod: r.pod }, port: r.servicePort.port, protocol: r.protocol }).allowed),
    );
    if (hits.length === 0) return [];
    const first = hits[0]!;
    const policies = blockingPolicies(first.verdicts);
    return [
      {
        severity: 'critical',
        message: `${policiesVerb(policies, 'allows', 'allow')} port ${first.servicePort.port} (the Service port) but the pods listen on ${first.port}: NetworkPolicy sees the pod port after the Service's DNAT, so the ingress controller is blocked. Allow port ${first.port} (or the container port's name) instead.`,
        evidence: evidence({ objects: policies.map(policyRef), fields: [field(first.pod, 'spec.containers[].ports[].containerPort', first.port)], kubectl: kubectlPolicies(policies) }),
      },
    ];
  },
});
