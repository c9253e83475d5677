import { edgeId, nodeId } from '../graph/ids';
import type { GatewayApiObject } from '../k8s/types';
import { granted } from '../routing/httproute';
import { evidence, field } from './evidence';
import { routeBackends } from './rt-backends';
import { defineCheck } from './types';

export const rtXnsGrant = defineCheck({
  id: 'RT-XNS-GRANT',
  hop: 'httproute',
  title: 'Cross-namespace backend without a ReferenceGrant',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeBackends(ctx, route).flatMap((b) => {
      if (b.namespace === route.metadata.namespace || granted({ referenceGrants: ctx.state.listIn('ReferenceGrant', b.namespace) as GatewayApiObject[] }, route, b.namespace, b.ref.name)) return [];
      return [
        {
          severity: 'critical' as const,
          edge: edgeId(node.id, nodeId('service', b.namespace, b.ref.name)),
          message: `HTTPRoute ${route.metadata.namespace}/${route.metadata.name} sends to Service ${b.namespace}/${b.ref.name} in another namespace, and no ReferenceGrant in ${b.namespace} allows HTTPRoutes from ${route.metadata.namespace} to use it (RefNotPermitted): those requests get 500.`,
          evidence: evidence({ fields: [field(route, `${b.field}.namespace`, b.namespace)], kubectl: [`kubectl get referencegrant -n ${b.namespace} -o yaml`] }),
        },
      ];
    });
  },
});
