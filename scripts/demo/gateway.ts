// Gateway API objects as a controller (Envoy Gateway) reports them, with status.
import { ago, type Json, rv, uid } from './kube';

const meta = (name: string, namespace: string | undefined, minutes: number): Json => ({ creationTimestamp: ago(minutes), generation: 1, name, ...(namespace ? { namespace } : {}), resourceVersion: rv(), uid: uid() });
const cond = (type: string, status: boolean, reason: string, minutes: number): Json => ({ lastTransitionTime: ago(minutes), message: '', observedGeneration: 1, reason, status: status ? 'True' : 'False', type });

export function gatewayClass(name: string, controllerName: string, minutes: number): Json {
  return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: meta(name, undefined, minutes), spec: { controllerName }, status: { conditions: [cond('Accepted', true, 'Accepted', minutes)] } };
}

export function gateway(namespace: string, name: string, className: string, hostname: string, address: string, minutes: number): Json {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: meta(name, namespace, minutes),
    spec: { gatewayClassName: className, listeners: [{ name: 'http', hostname, port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'All' } } }] },
    status: {
      addresses: [{ type: 'IPAddress', value: address }],
      conditions: [cond('Accepted', true, 'Accepted', minutes), cond('Programmed', true, 'Programmed', minutes)],
      listeners: [{ name: 'http', attachedRoutes: 2, supportedKinds: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }], conditions: [cond('Accepted', true, 'Accepted', minutes), cond('Programmed', true, 'Programmed', minutes), cond('ResolvedRefs', true, 'ResolvedRefs', minutes)] }],
    },
  };
}

export interface RouteSpec {
  namespace: string;
  name: string;
  gateway: { namespace: string; name: string };
  hostnames: string[];
  rules: Json[];
  /** The ResolvedRefs reason the controller reports when a backend is not usable. */
  unresolved?: string;
}

export function httpRoute(r: RouteSpec, controllerName: string, minutes: number): Json {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: meta(r.name, r.namespace, minutes),
    spec: { parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', ...r.gateway }], hostnames: r.hostnames, rules: r.rules },
    status: {
      parents: [
        {
          controllerName,
          parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', ...r.gateway },
          conditions: [cond('Accepted', true, 'Accepted', minutes), r.unresolved ? cond('ResolvedRefs', false, r.unresolved, minutes) : cond('ResolvedRefs', true, 'ResolvedRefs', minutes)],
        },
      ],
    },
  };
}
