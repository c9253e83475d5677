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
    const missing = routeParents(ctx, route).filter((p) => !p.gateway);
    // Gateways are often the platform's, not in the app's manifests.
    if (ctx.manifests) return missing.map((p) => ({ notChecked: `Gateway ${p.ref.namespace ?? route.metadata.namespace}/${p.ref.name} is not in the manifests, so whether the cluster has it is unknown` }));
    return missing
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
