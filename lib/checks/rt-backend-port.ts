import { edgeId, nodeId } from '../graph/ids';
import { evidence, field } from './evidence';
import { routeBackends } from './rt-backends';
import { defineCheck } from './types';

export const rtBackendPort = defineCheck({
  id: 'RT-BACKEND-PORT',
  hop: 'httproute',
  title: 'Route backend port is not a Service port',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeBackends(ctx, route).flatMap((b) => {
      const ports = (b.service?.spec.ports ?? []).map((p) => p.port);
      if (!b.service || (b.ref.port !== undefined && ports.includes(b.ref.port))) return [];
      return [
        {
          severity: 'critical' as const,
          edge: edgeId(node.id, nodeId('service', b.namespace, b.ref.name)),
          message: `HTTPRoute ${route.metadata.name} sends to Service ${b.namespace}/${b.ref.name} on port ${b.ref.port ?? '(none)'}, but the Service has ${ports.join(', ') || 'no ports'} (Gateway API matches the Service port, never the targetPort): those requests get 500.`,
          evidence: evidence({ fields: [field(route, `${b.field}.port`, b.ref.port), field(b.service, 'spec.ports[*].port', ports.join(', '))], kubectl: [`kubectl get service ${b.ref.name} -n ${b.namespace} -o jsonpath='{.spec.ports}'`] }),
        },
      ];
    });
  },
});
