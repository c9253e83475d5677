import { evidence, field } from './evidence';
import { nodesWithoutLocalEndpoint, trafficPolicyKubectl } from './svc-traffic-policy';
import { defineCheck } from './types';

export const svcEtpLocal = defineCheck({
  id: 'SVC-ETP-LOCAL',
  hop: 'service',
  title: 'externalTrafficPolicy Local without endpoints on some nodes',
  run(node, ctx) {
    const backends = ctx.backends(node.id);
    const service = backends?.service;
    if (!service || service.spec.externalTrafficPolicy !== 'Local' || (service.spec.type !== 'NodePort' && service.spec.type !== 'LoadBalancer')) return [];
    const uncovered = nodesWithoutLocalEndpoint(ctx, backends!);
    if (uncovered.length === 0) return [];
    return [
      {
        severity: 'info',
        message: `Service ${service.metadata.namespace}/${service.metadata.name} has externalTrafficPolicy: Local, and ${uncovered.length} node${uncovered.length > 1 ? 's have' : ' has'} no local ready endpoint (${uncovered.slice(0, 5).join(', ')}): external traffic reaching ${uncovered.length > 1 ? 'them' : 'it'} is dropped (timeout). A load balancer that health-checks the healthCheckNodePort skips those nodes.`,
        evidence: evidence({ fields: [field(service, 'spec.externalTrafficPolicy', 'Local')], kubectl: [trafficPolicyKubectl(service), 'kubectl get endpointslices -o wide -A'] }),
      },
    ];
  },
});
