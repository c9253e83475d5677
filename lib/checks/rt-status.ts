import { kubectlGet } from '../k8s/kubectl';
import { arr, rec, str } from '../state/read';
import { evidence, field } from './evidence';
import { condition, routeParents } from './gateway-parents';
import { defineCheck } from './types';

/** The controller's own verdict per parentRef, from status.parents. */
export const rtStatus = defineCheck({
  id: 'RT-STATUS',
  hop: 'httproute',
  title: 'The Gateway controller rejected the route',
  liveState: true,
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    const parents = arr(route.status?.parents).map(rec);
    return routeParents(ctx, route).flatMap(({ ref, gateway }) => {
      if (!gateway) return [];
      const namespace = ref.namespace ?? route.metadata.namespace;
      const entry = parents.find((p) => {
        const r = rec(p?.parentRef);
        return str(r?.name) === ref.name && (str(r?.namespace) ?? route.metadata.namespace) === namespace && str(r?.sectionName) === ref.sectionName;
      });
      const problems: string[] = [];
      if (!entry) problems.push('no status for this parent: the controller has not reconciled the route');
      else {
        const accepted = condition(entry.conditions, 'Accepted');
        const resolved = condition(entry.conditions, 'ResolvedRefs');
        if (accepted?.status === 'False') problems.push(`Accepted=False (${accepted.reason ?? '?'}): users see 404`);
        if (resolved?.status === 'False') problems.push(`ResolvedRefs=False (${resolved.reason ?? '?'}): requests for the broken backends get 500`);
      }
      if (problems.length === 0) return [];
      return [
        {
          severity: 'critical' as const,
          message: `For Gateway ${namespace}/${ref.name}, HTTPRoute ${route.metadata.name} reports ${problems.join('; ')}.`,
          evidence: evidence({ fields: [field(route, 'status.parents', entry ?? '(none)')], kubectl: [kubectlGet('HTTPRoute', route.metadata.namespace, route.metadata.name, '{.status.parents}')] }),
        },
      ];
    });
  },
});
