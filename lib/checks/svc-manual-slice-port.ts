import { isSelectorless } from '../graph/service-backends';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcManualSlicePort = defineCheck({
  id: 'SVC-MANUAL-SLICE-PORT',
  hop: 'service',
  title: 'Manual EndpointSlice does not join the Service ports',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends || !isSelectorless(service)) return [];
    const names = new Set((service.spec.ports ?? []).map((p) => `${p.name ?? ''}/${p.protocol ?? 'TCP'}`));
    const families = service.spec.ipFamilies ?? ['IPv4'];
    const { namespace = '', name } = service.metadata;
    return backends.slices.flatMap((slice) => {
      const problems: string[] = [];
      const unmatched = (slice.ports ?? []).filter((p) => !names.has(`${p.name ?? ''}/${p.protocol ?? 'TCP'}`));
      if (unmatched.length) problems.push(`its port${unmatched.length > 1 ? 's' : ''} ${unmatched.map((p) => `"${p.name ?? ''}"/${p.protocol ?? 'TCP'}`).join(', ')} match${unmatched.length > 1 ? '' : 'es'} no Service port by name (kube-proxy joins them by name; an unnamed port is "")`);
      if (slice.addressType && !families.includes(slice.addressType)) problems.push(`its addressType ${slice.addressType} is not among the Service's ipFamilies (${families.join(', ')})`);
      if (problems.length === 0 || (slice.endpoints ?? []).length === 0) return [];
      return [
        {
          severity: 'critical' as const,
          message: `EndpointSlice ${slice.metadata.name} of selector-less Service ${namespace}/${name}: ${problems.join('; and ')}, so those endpoints are never used: connection refused on that port.`,
          evidence: evidence({ fields: [field(slice, 'ports', (slice.ports ?? []).map((p) => `${p.name ?? '""'}/${p.protocol ?? 'TCP'}:${p.port}`).join(', '))], kubectl: [kubectlSlicesOf(namespace, name)] }),
        },
      ];
    });
  },
});
