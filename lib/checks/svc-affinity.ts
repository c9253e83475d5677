import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { isRouted } from './routed';
import { defineCheck } from './types';

export const svcAffinity = defineCheck({
  id: 'SVC-AFFINITY',
  hop: 'service',
  title: 'sessionAffinity ClientIP',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    if (service?.spec.sessionAffinity !== 'ClientIP') return [];
    const routed = isRouted(ctx, node.id);
    return [
      {
        severity: routed ? 'warning' : 'info',
        message: `Service ${service.metadata.namespace}/${service.metadata.name} has sessionAffinity: ClientIP${routed ? ': its clients are ingress controller pods, so every request of a controller pod sticks to one endpoint (hot spots); ingress-nginx itself ignores the setting and balances over pod IPs. Use the controller\u2019s affinity annotations instead.' : ': each client sticks to one endpoint for hours (timeoutSeconds, default 10800); clients behind NAT all land on one pod.'}`,
        evidence: evidence({ fields: [field(service, 'spec.sessionAffinity', 'ClientIP')], kubectl: [kubectlGet('Service', service.metadata.namespace, service.metadata.name, '{.spec.sessionAffinity}')] }),
      },
    ];
  },
});
