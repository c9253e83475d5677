import type { CheckContext } from './types';

/** True when an Ingress or HTTPRoute hop sends requests to this Service hop. */
export function isRouted(ctx: CheckContext, serviceNodeId: string): boolean {
  return ctx.incoming(serviceNodeId).some((e) => e.kind === 'route-service');
}
