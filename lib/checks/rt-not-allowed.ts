import { notAllowed } from '../routing/httproute';
import { evidence, field } from './evidence';
import { gatewayName, routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const rtNotAllowed = defineCheck({
  id: 'RT-NOT-ALLOWED',
  hop: 'httproute',
  title: 'Listener does not allow the route',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    const labels = (ns: string) => ctx.state.get('Namespace', undefined, ns)?.metadata.labels ?? { 'kubernetes.io/metadata.name': ns };
    return routeParents(ctx, route).flatMap(({ gateway, listeners, index }) => {
      if (!gateway) return [];
      const reasons = listeners.map((l) => notAllowed(l, gateway, route, labels));
      if (reasons.length > 0 && reasons.some((r) => r === null)) return [];
      const why = reasons.length ? reasons.join('; ') : 'no listener matches the parentRef\u2019s sectionName / port';
      return [
        {
          severity: 'critical' as const,
          message: `HTTPRoute ${route.metadata.name} may not attach to Gateway ${gatewayName(gateway)}: ${why}. Users see 404.`,
          evidence: evidence({ fields: [field(route, `spec.parentRefs[${index}]`, route.spec.parentRefs?.[index]), field(gateway, 'spec.listeners[*].allowedRoutes', listeners.map((l) => `${l.name}: ${l.allowedFrom}`).join(', '))], kubectl: [`kubectl get gateway ${gateway.metadata.name} -n ${gateway.metadata.namespace} -o yaml`] }),
        },
      ];
    });
  },
});
