import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const rtParentMissing = defineCheck({
  id: 'RT-PARENT-MISSING',
  hop: 'httproute',
  title: 'Route parent Gateway does not exist',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeParents(ctx, route)
      .filter((p) => !p.gateway)
      .map((p) => {
        const namespace = p.ref.namespace ?? route.metadata.namespace;
        return {
          severity: 'critical' as const,
          message: `HTTPRoute ${route.metadata.name} attaches to Gateway ${namespace}/${p.ref.name}, which does not exist: the route is not attached anywhere, users see 404.`,
          evidence: evidence({ fields: [field(route, `spec.parentRefs[${p.index}]`, p.ref)], kubectl: [kubectlGet('HTTPRoute', route.metadata.namespace, route.metadata.name, '{.spec.parentRefs}'), `kubectl get gateway -n ${namespace}`] }),
        };
      });
  },
});
