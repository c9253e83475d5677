import { kubectlGet } from '../k8s/kubectl';
import { externalNameProblem } from '../k8s/external-name';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcExternalName = defineCheck({
  id: 'SVC-EXTERNALNAME',
  hop: 'service',
  title: 'ExternalName Service',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    if (service?.spec.type !== 'ExternalName') return [];
    const problem = externalNameProblem(service.spec.externalName);
    const ports = (service.spec.ports ?? []).length > 0;
    return [
      {
        severity: problem || ports ? 'warning' : 'info',
        message: `Service ${service.metadata.namespace}/${service.metadata.name} is an ExternalName (a DNS CNAME to ${service.spec.externalName ?? '?'}): no proxying${ports ? ', and its ports and targetPorts are ignored (clients must use the external port themselves)' : ''}${problem ? `; ${problem}, so lookups fail (timeout / NXDOMAIN)` : ''}.`,
        evidence: evidence({ fields: [field(service, 'spec.externalName', service.spec.externalName)], kubectl: [kubectlGet('Service', service.metadata.namespace, service.metadata.name, '{.spec.externalName}')] }),
      },
    ];
  },
});
