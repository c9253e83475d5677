import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcType = defineCheck({
  id: 'SVC-TYPE',
  hop: 'service',
  title: 'Service exposed on node ports',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const type = service?.spec.type;
    if (!service || (type !== 'NodePort' && type !== 'LoadBalancer')) return [];
    const nodePorts = (service.spec.ports ?? []).map((p) => p.nodePort).filter((p): p is number => p !== undefined);
    return [
      {
        severity: 'info',
        message: `Service ${service.metadata.namespace}/${service.metadata.name} is ${type === 'LoadBalancer' ? 'a LoadBalancer' : 'a NodePort'}${nodePorts.length ? ` (node ports ${nodePorts.join(', ')})` : ''}: reachable from outside the cluster, through every node.`,
        evidence: evidence({ fields: [field(service, 'spec.type', type)], kubectl: [kubectlGet('Service', service.metadata.namespace, service.metadata.name, '{.spec.type}')] }),
      },
    ];
  },
});
