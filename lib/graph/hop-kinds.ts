// What Hopscope knows about each kind of hop, in one table: the rest (labels, columns, ids in
// links) derives from it.
import type { HopKind } from './types';

export interface HopKindFacts {
  /** What a person reads on a card. */
  label: string;
  /** The column the request flows through, left to right: Client | routes | Services | EndpointSlices | Pods. */
  column: 0 | 1 | 2 | 3 | 4;
  /** The plural for counts ("12 Services"). */
  plural: string;
  /** A route: where requests from outside enter (an Ingress or a Gateway API route). */
  route: boolean;
}

export const HOP_KINDS: { readonly [K in HopKind]: HopKindFacts } = {
  client: { label: 'Client', column: 0, plural: 'Clients', route: false },
  ingress: { label: 'Ingress', column: 1, plural: 'Ingresses', route: true },
  httproute: { label: 'HTTPRoute', column: 1, plural: 'HTTPRoutes', route: true },
  service: { label: 'Service', column: 2, plural: 'Services', route: false },
  endpoints: { label: 'EndpointSlices', column: 3, plural: 'EndpointSlices', route: false },
  pod: { label: 'Pod', column: 4, plural: 'Pods', route: false },
};

export const HOP_KIND_NAMES = Object.keys(HOP_KINDS) as HopKind[];

export const isRouteKind = (kind: HopKind): kind is 'ingress' | 'httproute' => HOP_KINDS[kind].route;

/** "1 Service", "12 Services". */
export function countOf(kind: HopKind, n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? HOP_KINDS[kind].label : HOP_KINDS[kind].plural}`;
}

/** `Service shop/cart` from the hop id `service/shop/cart`. */
export function hopTitle(id: string): string {
  const [kind, ...rest] = id.split('/');
  const facts = (HOP_KINDS as Partial<Record<string, HopKindFacts>>)[kind ?? ''];
  return facts && rest.length ? `${facts.label} ${rest.join('/')}` : id;
}
