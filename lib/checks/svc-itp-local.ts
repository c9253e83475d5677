import { evidence, field } from './evidence';
import { nodesWithoutLocalEndpoint, trafficPolicyKubectl } from './svc-traffic-policy';
import { defineCheck } from './types';

export const svcItpLocal = defineCheck({
  id: 'SVC-ITP-LOCAL',
  hop: 'service',
  title: 'internalTrafficPolicy Local without endpoints on client nodes',
  run(node, ctx) {
    const backends = ctx.backends(node.id);
    const service = backends?.service;
    if (!service || service.spec.internalTrafficPolicy !== 'Local') return [];
    // Clients are any pods in the cluster: those on nodes without a local endpoint time out.
    const clientNodes = ctx.state.podNodes();
    const uncovered = nodesWithoutLocalEndpoint(ctx, backends!).filter((n) => clientNodes.has(n));
    if (uncovered.length === 0) return [];
    return [
      {
        severity: 'warning',
        message: `Service ${service.metadata.namespace}/${service.metadata.name} has internalTrafficPolicy: Local, and pods run on ${uncovered.length} node${uncovered.length > 1 ? 's' : ''} without a local ready endpoint (${uncovered.slice(0, 5).join(', ')}): calls to its ClusterIP from there are dropped (timeout). Only kube-proxy paths are affected; ingress controllers that send to pod IPs are not.`,
        evidence: evidence({ fields: [field(service, 'spec.internalTrafficPolicy', 'Local')], kubectl: [trafficPolicyKubectl(service)] }),
      },
    ];
  },
});
