import { describe, expect, it } from 'vitest';
import type { GatewayApiObject } from '../k8s/types';
import { stateFromObjects } from '../state/cluster-state';
import { routeHTTP } from './httproute';

type Json = Record<string, unknown>;
const gateway = (listeners: Json[]): Json => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'gw', namespace: 'infra' }, spec: { gatewayClassName: 'eg', listeners } });
const route = (ns: string, name: string, spec: Json): Json => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name, namespace: ns }, spec: { parentRefs: [{ name: 'gw', namespace: 'infra' }], ...spec } });
const ns = (name: string, labels: Record<string, string> = {}): Json => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels } } });
const grant = (from: string, to: string, name?: string): Json => ({
  apiVersion: 'gateway.networking.k8s.io/v1beta1',
  kind: 'ReferenceGrant',
  metadata: { name: 'g', namespace: to },
  spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: from }], to: [{ group: '', kind: 'Service', ...(name ? { name } : {}) }] },
});

function world(objects: Json[]) {
  const state = stateFromObjects(objects);
  return {
    gateways: state.list('Gateway') as GatewayApiObject[],
    routes: state.list('HTTPRoute'),
    referenceGrants: state.list('ReferenceGrant') as GatewayApiObject[],
    namespaceLabels: (n: string) => state.get('Namespace', undefined, n)?.metadata.labels,
  };
}
const all = { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'All' } } };

describe('HTTPRoute routing', () => {
  it('needs a ReferenceGrant for a backend in another namespace: without one that backend gets 500', () => {
    const r = route('shop', 'r', { rules: [{ backendRefs: [{ name: 'api', namespace: 'payments', port: 80 }] }] });
    const without = routeHTTP(world([gateway([all]), r]), { method: 'GET', path: '/' });
    expect(without.match?.backends[0]?.invalid).toBe('no ReferenceGrant in namespace payments lets HTTPRoutes from shop use Service api');
    const withGrant = routeHTTP(world([gateway([all]), r, grant('shop', 'payments', 'api')]), { method: 'GET', path: '/' });
    expect(withGrant.match?.backends[0]?.invalid).toBeNull();
    const otherName = routeHTTP(world([gateway([all]), r, grant('shop', 'payments', 'web')]), { method: 'GET', path: '/' });
    expect(otherName.match?.backends[0]?.invalid).not.toBeNull();
  });

  it('keeps weights of split backends, and flags a backendRef without a port', () => {
    const r = route('infra', 'r', { rules: [{ backendRefs: [{ name: 'v1', port: 80, weight: 90 }, { name: 'v2', weight: 10 }] }] });
    const decision = routeHTTP(world([gateway([all]), r]), { method: 'GET', path: '/' });
    expect(decision.match?.backends.map((b) => [b.name, b.weight, b.invalid])).toEqual([
      ['v1', 90, null],
      ['v2', 10, 'backendRef v2 has no port'],
    ]);
  });

  it('honours allowedRoutes: Same, and Selector on the route namespace labels', () => {
    const r = route('shop', 'r', { rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] });
    const same = routeHTTP(world([gateway([{ name: 'http', port: 80, protocol: 'HTTP' }]), r]), { method: 'GET', path: '/' });
    expect(same.match).toBeNull();
    expect(same.why).toContain('HTTPRoute shop/r is not attached: listener http takes routes only from namespace infra.');
    const selector = { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Selector', selector: { matchLabels: { expose: 'yes' } } } } };
    expect(routeHTTP(world([gateway([selector]), r, ns('shop', { expose: 'yes' })]), { method: 'GET', path: '/' }).match?.route.name).toBe('r');
    expect(routeHTTP(world([gateway([selector]), r, ns('shop')]), { method: 'GET', path: '/' }).match).toBeNull();
  });

  it('ranks the more specific route hostname first, and ignores the port in the Host header', () => {
    const wide = route('infra', 'wide', { hostnames: ['*.example.com'], rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/api' } }], backendRefs: [{ name: 'wide', port: 80 }] }] });
    const exact = route('infra', 'exact', { hostnames: ['shop.example.com'], rules: [{ backendRefs: [{ name: 'exact', port: 80 }] }] });
    const decision = routeHTTP(world([gateway([all]), wide, exact]), { host: 'shop.example.com:8443', method: 'GET', path: '/api' });
    expect(decision.match?.route.name).toBe('exact');
    expect(routeHTTP(world([gateway([all]), wide, exact]), { host: 'a.b.example.com', method: 'GET', path: '/api' }).match?.route.name).toBe('wide');
  });

  it('matches RegularExpression values with RE2: a catastrophic pattern costs what the input costs, and a pattern RE2 refuses matches nothing', () => {
    const evil = route('infra', 'evil', { rules: [{ matches: [{ path: { type: 'RegularExpression', value: '/(a+)+$' } }], backendRefs: [{ name: 'evil', port: 80 }] }] });
    const versions = route('infra', 'versions', { rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ name: 'X-Version', type: 'RegularExpression', value: 'v[0-9]+' }] }], backendRefs: [{ name: 'versioned', port: 80 }] }] });
    const lookahead = route('infra', 'lookahead', { rules: [{ matches: [{ path: { type: 'RegularExpression', value: '/(?=shop).*' } }], backendRefs: [{ name: 'never', port: 80 }] }] });
    const w = world([gateway([all]), evil, versions, lookahead]);
    // 30 'a' and a '!' take JavaScript's backtracking RegExp tens of seconds (2^30 paths); RE2 one pass.
    expect(routeHTTP(w, { method: 'GET', path: `/${'a'.repeat(30)}!` }).match).toBeNull();
    expect(routeHTTP(w, { method: 'GET', path: `/${'a'.repeat(30)}` }).match?.route.name).toBe('evil');
    expect(routeHTTP(w, { method: 'GET', path: '/x', headers: { 'x-version': 'v12' } }).match?.route.name).toBe('versions');
    expect(routeHTTP(w, { method: 'GET', path: '/x', headers: { 'x-version': 'v12-beta' } }).match).toBeNull();
    expect(routeHTTP(w, { method: 'GET', path: '/shop' }).match).toBeNull();
  });
});
