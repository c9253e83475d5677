import type { BackendRef, HTTPRoute, Service } from '../k8s/types';
import type { CheckContext } from './types';

export interface RouteBackend {
  ref: BackendRef;
  /** `spec.rules[i].backendRefs[j]` */
  field: string;
  namespace: string;
  /** Undefined when no such Service exists (only for Service refs). */
  service: Service | undefined;
}

/** Every Service backendRef of a route, with its Service when it exists. */
export function routeBackends(ctx: CheckContext, route: HTTPRoute): RouteBackend[] {
  return (route.spec.rules ?? []).flatMap((rule, i) =>
    (rule.backendRefs ?? []).flatMap((ref, j) => {
      if ((ref.group ?? '') !== '' || (ref.kind ?? 'Service') !== 'Service') return [];
      const namespace = ref.namespace ?? route.metadata.namespace ?? '';
      return [{ ref, field: `spec.rules[${i}].backendRefs[${j}]`, namespace, service: ctx.state.get('Service', namespace, ref.name) }];
    }),
  );
}
