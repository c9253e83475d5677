import { edgeId, nodeId } from '../graph/ids';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence } from './evidence';
import { endpointsOf } from './service-endpoints';
import { routeBackends } from './rt-backends';
import { defineCheck } from './types';

export const rtNoReady = defineCheck({
  id: 'RT-NO-READY',
  hop: 'httproute',
  title: 'Route backend has no ready endpoint',
  consequence: true,
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeBackends(ctx, route).flatMap((b) => {
      const serviceId = nodeId('service', b.namespace, b.ref.name);
      const endpoints = b.service && endpointsOf(ctx, serviceId);
      if (!endpoints || endpoints.counts.ready > 0) return [];
      return [
        {
          severity: 'critical' as const,
          edge: edgeId(node.id, serviceId),
          message: `HTTPRoute ${route.metadata.name} sends to Service ${b.namespace}/${b.ref.name}, which has no ready endpoint: the Gateway answers 503 for those requests.`,
          evidence: evidence({ objects: [{ kind: 'Service', namespace: b.namespace, name: b.ref.name }], kubectl: [kubectlSlicesOf(b.namespace, b.ref.name)] }),
        },
      ];
    });
  },
});
