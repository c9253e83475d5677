import type { GatewayApiObject, HTTPRoute, ParentRef } from '../k8s/types';
import { listenersOf, parentTargets, type Listener } from '../routing/httproute';
import { arr, rec, str } from '../state/read';
import type { CheckContext } from './types';

export interface RouteParent {
  ref: ParentRef;
  index: number;
  /** The Gateway the parentRef names; undefined when it does not exist (or is not a Gateway). */
  gateway: GatewayApiObject | undefined;
  /** The listeners the parentRef targets (sectionName / port narrow them). */
  listeners: Listener[];
}

const isGatewayRef = (ref: ParentRef) => (ref.group ?? 'gateway.networking.k8s.io') === 'gateway.networking.k8s.io' && (ref.kind ?? 'Gateway') === 'Gateway';

/** The route's Gateway parents (Service parents, GAMMA, are not this hop's business). */
export function routeParents(ctx: CheckContext, route: HTTPRoute): RouteParent[] {
  return (route.spec.parentRefs ?? []).flatMap((ref, index) => {
    if (!isGatewayRef(ref)) return [];
    const gateway = ctx.state.get('Gateway', ref.namespace ?? route.metadata.namespace, ref.name) as GatewayApiObject | undefined;
    const listeners = gateway ? listenersOf(gateway).filter((l) => parentTargets(ref, route, gateway, l)) : [];
    return [{ ref, index, gateway, listeners }];
  });
}

/** A status condition of a Gateway API object (or of one of its listeners / parents): its status and reason. */
export function condition(conditions: unknown, type: string): { status: string; reason?: string } | undefined {
  const c = arr(conditions).map(rec).find((x) => x?.type === type);
  return c ? { status: str(c.status) ?? 'Unknown', reason: str(c.reason) } : undefined;
}

export const gatewayName = (g: GatewayApiObject) => `${g.metadata.namespace}/${g.metadata.name}`;
