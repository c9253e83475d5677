import { edgeId, nodeId } from '../graph/ids';
import { evidence, field } from './evidence';
import { routeBackends } from './rt-backends';
import { defineCheck } from './types';

export const rtBackendMissing = defineCheck({
  id: 'RT-BACKEND-MISSING',
  hop: 'httproute',
  title: 'Route backend Service does not exist',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return routeBackends(ctx, route)
      .filter((b) => !b.service)
      .map((b) => ({
        severity: 'critical' as const,
        edge: edgeId(node.id, nodeId('service', b.namespace, b.ref.name)),
        message: `HTTPRoute ${route.metadata.name} sends ${b.ref.weight !== undefined ? `weight ${b.ref.weight} of its traffic` : 'requests'} to Service ${b.namespace}/${b.ref.name}, which does not exist: those requests get 500.`,
        evidence: evidence({ fields: [field(route, b.field, b.ref)], objects: [{ kind: 'Service', namespace: b.namespace, name: b.ref.name }], kubectl: [`kubectl get service ${b.ref.name} -n ${b.namespace}`] }),
      }));
  },
});
