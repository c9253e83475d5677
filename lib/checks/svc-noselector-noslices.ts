import { isSelectorless } from '../graph/service-backends';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcNoSelectorNoSlices = defineCheck({
  id: 'SVC-NOSELECTOR-NOSLICES',
  hop: 'service',
  title: 'Selector-less Service without endpoints',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends || !isSelectorless(service)) return [];
    if (backends.slices.some((s) => (s.endpoints ?? []).length > 0)) return [];
    const { namespace = '', name } = service.metadata;
    return [
      {
        severity: 'critical',
        message: `Service ${namespace}/${name} has no selector, so the EndpointSlice controller leaves it alone, and no EndpointSlice labelled kubernetes.io/service-name=${name} lists an endpoint: 503 through an ingress, connection refused in-cluster. Create the slice (with that label), or add a selector.`,
        evidence: evidence({ fields: [field(service, 'spec.selector', undefined)], kubectl: [kubectlSlicesOf(namespace, name)] }),
      },
    ];
  },
});
