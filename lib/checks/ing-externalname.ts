import { ingressBackends } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import { externalNameProblem } from '../k8s/external-name';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const ingExternalName = defineCheck({
  id: 'ING-EXTERNALNAME',
  hop: 'ingress',
  title: 'Ingress backend is an ExternalName Service',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const names = [...new Set(ingressBackends(ingress).map((u) => u.backend.service?.name).filter((n): n is string => !!n))];
    return names.flatMap((name) => {
      const service = ctx.state.get('Service', ingress.metadata.namespace, name);
      if (service?.spec.type !== 'ExternalName') return [];
      const problem = externalNameProblem(service.spec.externalName);
      return [
        {
          severity: problem ? ('warning' as const) : ('info' as const),
          message: `Ingress ${ingress.metadata.name} sends to Service ${name}, an ExternalName for ${service.spec.externalName ?? '?'}: the controller proxies to that host with the original Host header and SNI, which the far side may answer with 404 / 421 / a TLS error${problem ? `; and ${problem}, so ingress-nginx has no endpoint: 503` : ''}.`,
          evidence: evidence({ fields: [field(service, 'spec.externalName', service.spec.externalName)], kubectl: [kubectlGet('Service', service.metadata.namespace, name, '{.spec.type} {.spec.externalName}')] }),
        },
      ];
    });
  },
});
