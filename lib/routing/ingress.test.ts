import { describe, expect, it } from 'vitest';
import type { Ingress } from '../k8s/types';
import { stateFromObjects } from '../state/cluster-state';
import { routeIngress } from './ingress';

type Path = { path: string; pathType?: string; service: string };
function ing(name: string, rules: { host?: string; paths: Path[] }[], extra: Record<string, unknown> = {}, created = '2026-01-01T00:00:00Z'): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'shop', creationTimestamp: created },
    spec: {
      rules: rules.map((r) => ({ ...(r.host ? { host: r.host } : {}), http: { paths: r.paths.map((p) => ({ path: p.path, pathType: p.pathType ?? 'Prefix', backend: { service: { name: p.service, port: { number: 80 } } } })) } })),
      ...extra,
    },
  };
}
const ingresses = (...objects: Record<string, unknown>[]) => stateFromObjects(objects).list('Ingress') as Ingress[];
const serviceFor = (list: Ingress[], host: string, path: string) => routeIngress(list, { host, path }).match?.backend.service?.name ?? null;

describe('Ingress routing', () => {
  it('picks the host first: rules without a host do not apply to a host that has its own', () => {
    const list = ingresses(ing('a', [{ host: 'shop.example.com', paths: [{ path: '/api', service: 'api' }] }, { paths: [{ path: '/', service: 'catch-all' }] }]));
    expect(serviceFor(list, 'shop.example.com', '/api/cart')).toBe('api');
    expect(serviceFor(list, 'shop.example.com', '/other')).toBeNull();
    expect(serviceFor(list, 'blog.example.com', '/other')).toBe('catch-all');
    expect(routeIngress(list, { host: 'shop.example.com', path: '/other' }).why).toContain('No defaultBackend: the controller answers 404 from its own default backend.');
  });

  it('matches ImplementationSpecific as Prefix and says so', () => {
    const decision = routeIngress(ingresses(ing('a', [{ host: 'h', paths: [{ path: '/api', pathType: 'ImplementationSpecific', service: 'api' }] }])), { host: 'h', path: '/api/x' });
    expect(decision.match?.backend.service?.name).toBe('api');
    expect(decision.why[0]).toContain('ImplementationSpecific, matched as Prefix');
  });

  it('gives a duplicate host and path to the oldest Ingress, and explains why the others lost', () => {
    const older = ing('old', [{ host: 'h', paths: [{ path: '/', service: 'first' }] }], {}, '2026-01-01T00:00:00Z');
    const newer = ing('new', [{ host: 'h', paths: [{ path: '/', service: 'second' }] }], {}, '2026-02-01T00:00:00Z');
    const decision = routeIngress(ingresses(newer, older), { host: 'h', path: '/x' });
    expect(decision.match?.backend.service?.name).toBe('first');
    expect(decision.why).toContain('It beats shop/new h Prefix /: the older Ingress keeps a duplicate host and path.');
  });

  it('prefers the longer path, and Exact at equal length', () => {
    const list = ingresses(ing('a', [{ host: 'h', paths: [{ path: '/a', service: 'prefix' }, { path: '/a', pathType: 'Exact', service: 'exact' }, { path: '/a/b', service: 'deeper' }] }]));
    expect([serviceFor(list, 'h', '/a'), serviceFor(list, 'h', '/a/b/c'), serviceFor(list, 'h', '/a/c')]).toEqual(['exact', 'deeper', 'prefix']);
  });

  it('falls back to spec.defaultBackend when no rule matches', () => {
    const list = ingresses(ing('a', [{ host: 'h', paths: [{ path: '/api', service: 'api' }] }], { defaultBackend: { service: { name: 'fallback', port: { number: 80 } } } }));
    const decision = routeIngress(list, { host: 'h', path: '/nope' });
    expect(decision.match).toMatchObject({ field: 'spec.defaultBackend', backend: { service: { name: 'fallback' } } });
  });

  it('under use-regex (or a rewrite-target) on the host, matches every path of the host as a case-insensitive regex prefix, with RE2', () => {
    const plain = ing('plain', [{ host: 'h', paths: [{ path: '/foo', pathType: 'Exact', service: 'foo' }] }]);
    const regex = ing('regex', [{ host: 'h', paths: [{ path: '/api/v[0-9]+', service: 'api' }, { path: '/(a+)+$', service: 'evil' }] }], {}, '2026-01-02T00:00:00Z');
    regex.metadata = { ...(regex.metadata as object), annotations: { 'nginx.ingress.kubernetes.io/use-regex': 'true' } };
    const list = ingresses(plain, regex);
    expect(serviceFor(list, 'h', '/FOObar')).toBe('foo');
    expect(serviceFor(list, 'h', '/api/v2/cart')).toBe('api');
    expect(routeIngress(list, { host: 'h', path: '/foo' }).why[0]).toContain('shop/regex sets nginx.ingress.kubernetes.io/use-regex: "true"');
    expect(serviceFor(list, 'h', `/${'a'.repeat(30)}!`)).toBeNull();
    expect(serviceFor(ingresses(plain), 'h', '/FOObar')).toBeNull();
    const refused = ing('refused', [{ host: 'h', paths: [{ path: '/(?=x)', service: 'x' }] }], {});
    refused.metadata = { ...(refused.metadata as object), annotations: { 'nginx.ingress.kubernetes.io/use-regex': 'true' } };
    const decision = routeIngress(ingresses(refused), { host: 'h', path: '/x' });
    expect(decision.match).toBeNull();
    expect(decision.why.some((w) => w.includes('is not valid RE2'))).toBe(true);
  });
});
