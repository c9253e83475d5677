import { edgeId, nodeId } from '../graph/ids';
import { hasSelector } from '../graph/service-backends';
import type { EndpointsNode, FindingRef } from '../graph/types';
import type { Service } from '../k8s/types';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { endpointCount } from './eps-empty';
import { evidence } from './evidence';
import { endpointsOf } from './service-endpoints';
import { routeBackends } from './rt-backends';
import { defineCheck } from './types';

/** The finding of the EndpointSlices hop that says why none is ready, by that check's rule. */
function causeOnEndpoints(endpoints: EndpointsNode, service: Service): FindingRef[] {
  if (endpoints.counts.notReady > 0) return [{ id: 'EPS-NOT-READY', hop: endpoints.id }];
  if (hasSelector(service) && endpointCount(endpoints.counts) === 0) return [{ id: 'EPS-EMPTY', hop: endpoints.id }];
  return [];
}

export const rtNoReady = defineCheck({
  id: 'RT-NO-READY',
  hop: 'httproute',
  title: 'Route backend has no ready endpoint',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeBackends(ctx, route).flatMap((b) => {
      const serviceId = nodeId('service', b.namespace, b.ref.name);
      const endpoints = b.service ? endpointsOf(ctx, serviceId) : undefined;
      if (!b.service || !endpoints || endpoints.counts.ready > 0) return [];
      return [
        {
          severity: 'critical' as const,
          edge: edgeId(node.id, serviceId),
          message: `HTTPRoute ${route.metadata.name} sends to Service ${b.namespace}/${b.ref.name}, which has no ready endpoint: the Gateway answers 503 for those requests.`,
          evidence: evidence({ objects: [{ kind: 'Service', namespace: b.namespace, name: b.ref.name }], kubectl: [kubectlSlicesOf(b.namespace, b.ref.name)] }),
          because: causeOnEndpoints(endpoints, b.service),
        },
      ];
    });
  },
});
