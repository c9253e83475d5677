import { arr, rec, str } from '../state/read';
import { evidence, field } from './evidence';
import { condition, gatewayName, routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const gwNotReady = defineCheck({
  id: 'GW-NOT-READY',
  hop: 'httproute',
  title: 'Gateway or listener not ready',
  liveState: true,
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    const seen = new Set<string>();
    return routeParents(ctx, route).flatMap(({ gateway, listeners }) => {
      if (!gateway || seen.has(gatewayName(gateway))) return [];
      seen.add(gatewayName(gateway));
      const problems: string[] = [];
      for (const type of ['Accepted', 'Programmed']) {
        const c = condition(gateway.status?.conditions, type);
        if (c?.status !== 'True') problems.push(`${type}=${c?.status ?? 'absent'}${c?.reason ? ` (${c.reason})` : ''}`);
      }
      const listenerStatus = arr(gateway.status?.listeners).map(rec);
      for (const l of listeners) {
        const status = listenerStatus.find((s) => str(s?.name) === l.name);
        for (const [type, bad] of [['Accepted', 'False'], ['Programmed', 'False'], ['ResolvedRefs', 'False'], ['Conflicted', 'True']] as const) {
          const c = condition(status?.conditions, type);
          if (c?.status === bad) problems.push(`listener ${l.name} ${type}=${bad}${c.reason ? ` (${c.reason})` : ''}`);
        }
      }
      if (problems.length === 0) return [];
      return [
        {
          severity: 'critical' as const,
          message: `Gateway ${gatewayName(gateway)} is not ready: ${problems.join(', ')}. Requests through it are refused, time out, or fail TLS.`,
          evidence: evidence({ fields: [field(gateway, 'status.conditions', problems.join(', '))], kubectl: [`kubectl describe gateway ${gateway.metadata.name} -n ${gateway.metadata.namespace}`] }),
        },
      ];
    });
  },
});
