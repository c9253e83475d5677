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
    if (!route) return [];
    const parents = routeParents(ctx, route);
    // A source without any GatewayClass (a dump of namespaced kinds) cannot tell.
    if (!ctx.state.has('GatewayClass')) {
      const classes = [...new Set(parents.flatMap(({ gateway }) => str(gateway?.spec.gatewayClassName) ?? []))];
      return classes.length ? [{ notChecked: `the input has no GatewayClasses, so whether ${classes.join(', ')} exist${classes.length > 1 ? '' : 's'} is unknown` }] : [];
    }
    return parents.flatMap(({ gateway }) => {
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
