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
    const classes = [...new Set(parents.flatMap(({ gateway }) => str(gateway?.spec.gatewayClassName) ?? []))];
    // A source without any GatewayClass (a dump of namespaced kinds) cannot tell.
    if (!ctx.state.has('GatewayClass')) return classes.length ? [{ notChecked: `the input has no GatewayClasses, so whether ${classes.join(', ')} exist${classes.length > 1 ? '' : 's'} is unknown` }] : [];
    // Nor can manifests, which hold the platform's GatewayClasses only by chance.
    if (ctx.manifests) {
      const absent = classes.filter((c) => !ctx.state.get('GatewayClass', undefined, c));
      return absent.length ? [{ notChecked: `GatewayClass ${absent.join(', ')} ${absent.length > 1 ? 'are' : 'is'} not in the manifests, so whether the cluster has ${absent.length > 1 ? 'them' : 'it'} is unknown` }] : [];
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
