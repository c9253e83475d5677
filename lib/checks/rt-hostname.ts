import { hostnamesIntersect } from '../routing/hostnames';
import { evidence, field } from './evidence';
import { gatewayName, routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const rtHostname = defineCheck({
  id: 'RT-HOSTNAME',
  hop: 'httproute',
  title: 'Route hostnames match no listener',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    const hostnames = route?.spec.hostnames ?? [];
    if (!route || hostnames.length === 0) return [];
    return routeParents(ctx, route).flatMap(({ gateway, listeners }) => {
      if (!gateway || listeners.length === 0) return [];
      if (listeners.some((l) => l.hostname === null || hostnames.some((h) => hostnamesIntersect(h, l.hostname!)))) return [];
      return [
        {
          severity: 'critical' as const,
          message: `No hostname of HTTPRoute ${route.metadata.name} (${hostnames.join(', ')}) intersects a listener of Gateway ${gatewayName(gateway)} (${listeners.map((l) => l.hostname).join(', ')}): NoMatchingListenerHostname, users see 404.`,
          evidence: evidence({ fields: [field(route, 'spec.hostnames', hostnames.join(', ')), field(gateway, 'spec.listeners[*].hostname', listeners.map((l) => l.hostname).join(', '))], kubectl: [`kubectl get gateway ${gateway.metadata.name} -n ${gateway.metadata.namespace} -o yaml`] }),
        },
      ];
    });
  },
});
