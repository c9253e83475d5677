import type { GatewayApiObject } from '../k8s/types';
import { str } from '../state/read';
import { evidence, field } from './evidence';
import { condition, gatewayName, routeParents } from './gateway-parents';
import { defineCheck } from './types';

export const gwcNotAccepted = defineCheck({
  id: 'GWC-NOT-ACCEPTED',
  hop: 'httproute',
  title: 'GatewayClass not accepted by its controller',
  liveState: true,
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    const seen = new Set<string>();
    return routeParents(ctx, route).flatMap(({ gateway }) => {
      const className = gateway && str(gateway.spec.gatewayClassName);
      const gatewayClass = className ? (ctx.state.get('GatewayClass', undefined, className) as GatewayApiObject | undefined) : undefined;
      if (!gateway || !gatewayClass || seen.has(className!)) return [];
      seen.add(className!);
      const accepted = condition(gatewayClass.status?.conditions, 'Accepted');
      if (accepted?.status === 'True') return [];
      return [
        {
          severity: 'critical' as const,
          message: `GatewayClass ${className} of Gateway ${gatewayName(gateway)} is not accepted by its controller (${accepted ? `Accepted=${accepted.status}${accepted.reason ? `, ${accepted.reason}` : ''}` : 'no Accepted condition: no controller for it'}): its Gateways are not programmed.`,
          evidence: evidence({ fields: [field(gatewayClass, 'status.conditions[Accepted]', accepted ?? '(absent)')], kubectl: [`kubectl get gatewayclass ${className} -o yaml`] }),
        },
      ];
    });
  },
});
