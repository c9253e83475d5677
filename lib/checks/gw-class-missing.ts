import type { GatewayApiObject } from '../k8s/types';
import { str } from '../state/read';
import { evidence, field } from './evidence';
import { gatewayName, routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const gwClassMissing = defineCheck({
  id: 'GW-CLASS-MISSING',
  hop: 'httproute',
  title: 'Gateway names no existing GatewayClass',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    // A source without any GatewayClass (a dump of namespaced kinds) cannot tell.
    if (!route || !ctx.state.has('GatewayClass')) return [];
    return routeParents(ctx, route).flatMap(({ gateway }) => {
      const className = gateway && str(gateway.spec.gatewayClassName);
      if (!gateway || !className || ctx.state.get('GatewayClass', undefined, className)) return [];
      return [
        {
          severity: 'critical' as const,
          message: `Gateway ${gatewayName(gateway)} names GatewayClass ${className}, which does not exist (the cluster has ${(ctx.state.list('GatewayClass') as GatewayApiObject[]).map((c) => c.metadata.name).join(', ')}): no controller programs it, requests are refused or time out.`,
          evidence: evidence({ fields: [field(gateway, 'spec.gatewayClassName', className)], kubectl: ['kubectl get gatewayclass'] }),
        },
      ];
    });
  },
});
