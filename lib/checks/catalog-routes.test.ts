import { describe, expect, it } from 'vitest';
import { findingsOf, graphOf, ingress, ingressClass, namespace, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const ING = 'ingress/shop/shop';
const web = pod('shop', 'web-1', { labels: { app: 'web' } });
const svc = service('shop', 'web', { app: 'web' });
const base = [svc, slice('shop', 'web', [{ pod: web }]), web];
const withMeta = (o: Json, meta: Json): Json => ({ ...o, metadata: { ...(o.metadata as Json), ...meta } });
const controller = pod('ingress-nginx', 'ctrl', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } });

describe('Ingress hop', () => {
  it('ING-CLASS-UNSET: critical without a default class, warning with one, silent with a class', () => {
    const bare = withMeta(ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), {});
    delete (bare.spec as Json).ingressClassName;
    expect(findingsOf(graphOf([...base, bare]), ING, 'ING-CLASS-UNSET')[0]?.severity).toBe('critical');
    expect(findingsOf(graphOf([...base, bare, ingressClass('nginx', 'k8s.io/ingress-nginx', true)]), ING, 'ING-CLASS-UNSET')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([...base, ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])]), ING, 'ING-CLASS-UNSET')).toEqual([]);
  });

  it('ING-CLASS-NO-CONTROLLER: fires when no controller pod of the class runs, not when one is Ready', () => {
    const objects = [...base, ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])];
    expect(findingsOf(graphOf(objects), ING, 'ING-CLASS-NO-CONTROLLER')[0]?.message).toContain('no Ready pod of its controller k8s.io/ingress-nginx runs');
    expect(findingsOf(graphOf([...objects, controller]), ING, 'ING-CLASS-NO-CONTROLLER')).toEqual([]);
  });

  it('ING-PORT-NUMERIC: info for port numbers, silent for port names', () => {
    expect(findingsOf(graphOf([...base, ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])]), ING, 'ING-PORT-NUMERIC')[0]?.severity).toBe('info');
    expect(findingsOf(graphOf([...base, ingress('shop', 'shop', [{ path: '/', service: 'web', port: 'http' }])]), ING, 'ING-PORT-NUMERIC')).toEqual([]);
  });

  it('ING-EXTERNALNAME: names the external host, warns for a loopback one', () => {
    const ext = (name: string) => service('shop', 'web', null, [], { type: 'ExternalName', externalName: name });
    const route = ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]);
    expect(findingsOf(graphOf([ext('api.partner.example'), route]), ING, 'ING-EXTERNALNAME')[0]?.severity).toBe('info');
    expect(findingsOf(graphOf([ext('127.0.0.1'), route]), ING, 'ING-EXTERNALNAME')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([...base, route]), ING, 'ING-EXTERNALNAME')).toEqual([]);
  });

  it('ING-DUP-HOSTPATH: the newer of two Ingresses with the same host, path and class loses; canaries are exempt', () => {
    const old = withMeta(ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), { name: 'old', creationTimestamp: '2026-01-01T00:00:00Z' });
    const dup = withMeta(ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), { creationTimestamp: '2026-02-01T00:00:00Z' });
    const graph = graphOf([...base, ingressClass('nginx'), old, dup]);
    expect(findingsOf(graph, ING, 'ING-DUP-HOSTPATH')[0]?.message).toContain('also defined by the older Ingress shop/old');
    expect(findingsOf(graph, 'ingress/shop/old', 'ING-DUP-HOSTPATH')).toEqual([]);
    const canary = withMeta(dup, { annotations: { 'nginx.ingress.kubernetes.io/canary': 'true' } });
    expect(findingsOf(graphOf([...base, ingressClass('nginx'), old, canary]), ING, 'ING-DUP-HOSTPATH')).toEqual([]);
  });

  it('ING-REGEX-HOST: one Ingress with use-regex changes the others on its host', () => {
    const regex = withMeta(ingress('shop', 'shop', [{ path: '/api/.*', service: 'web', port: 80 }]), { name: 'regex', annotations: { 'nginx.ingress.kubernetes.io/use-regex': 'true' } });
    const plain = ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]);
    const graph = graphOf([...base, regex, plain]);
    expect(findingsOf(graph, ING, 'ING-REGEX-HOST')[0]?.message).toContain('Ingress shop/regex sets nginx.ingress.kubernetes.io/use-regex: "true" on host shop.example.com');
    const rewriteSame = withMeta(ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), { annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } });
    expect(findingsOf(graphOf([...base, rewriteSame]), ING, 'ING-REGEX-HOST')).toEqual([]);
  });
});

const RT = 'httproute/shop/r';
const gwClass = (accepted = 'True'): Json => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'eg' }, spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' }, status: { conditions: [{ type: 'Accepted', status: accepted }] } });
const gateway = (listener: Json = {}, status: Json[] = [{ type: 'Accepted', status: 'True' }, { type: 'Programmed', status: 'True' }], className = 'eg'): Json => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'infra' },
  spec: { gatewayClassName: className, listeners: [{ name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'All' } }, ...listener }] },
  status: { conditions: status },
});
const route = (spec: Json = {}, status: Json | null = { parents: [{ parentRef: { name: 'public', namespace: 'infra' }, conditions: [{ type: 'Accepted', status: 'True' }, { type: 'ResolvedRefs', status: 'True' }] }] }): Json => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { name: 'r', namespace: 'shop' },
  spec: { parentRefs: [{ name: 'public', namespace: 'infra' }], rules: [{ backendRefs: [{ name: 'web', port: 80 }] }], ...spec },
  ...(status ? { status } : {}),
});
const healthy = [...base, namespace('shop'), namespace('infra'), gwClass(), gateway(), route()];
const ids = (objects: Json[]) => [...new Set(graphOf(objects).nodes.find((n) => n.id === RT)?.findings.map((f) => f.id))].sort();

describe('Gateway API hop', () => {
  it('a healthy Gateway and route raise nothing', () => {
    expect(ids(healthy)).toEqual([]);
  });
  it('RT-PARENT-MISSING, GW-CLASS-MISSING, GWC-NOT-ACCEPTED, GW-NOT-READY', () => {
    expect(ids([...base, gwClass(), route()])).toEqual(['RT-PARENT-MISSING']);
    expect(ids([...base, gwClass(), gateway({}, undefined, 'nope'), route()])).toContain('GW-CLASS-MISSING');
    expect(ids([...base, gwClass('False'), gateway(), route()])).toEqual(['GWC-NOT-ACCEPTED']);
    const notProgrammed = gateway({}, [{ type: 'Accepted', status: 'True' }, { type: 'Programmed', status: 'False', reason: 'AddressNotAssigned' }]);
    expect(findingsOf(graphOf([...base, gwClass(), notProgrammed, route()]), RT, 'GW-NOT-READY')[0]?.message).toContain('Programmed=False (AddressNotAssigned)');
  });
  it('RT-NOT-ALLOWED and RT-HOSTNAME', () => {
    expect(findingsOf(graphOf([...base, gwClass(), gateway({ allowedRoutes: { namespaces: { from: 'Same' } } }), route()]), RT, 'RT-NOT-ALLOWED')[0]?.message).toContain('takes routes only from namespace infra');
    expect(ids([...base, gwClass(), gateway({ hostname: '*.example.com' }), route({ hostnames: ['shop.example.org'] })])).toEqual(['RT-HOSTNAME']);
    expect(ids([...base, gwClass(), gateway({ hostname: '*.example.com' }), route({ hostnames: ['a.b.example.com'] })])).toEqual([]);
  });
  it('RT-STATUS reads the controller verdict, and a missing status entry', () => {
    const rejected = { parents: [{ parentRef: { name: 'public', namespace: 'infra' }, conditions: [{ type: 'Accepted', status: 'True' }, { type: 'ResolvedRefs', status: 'False', reason: 'RefNotPermitted' }] }] };
    expect(findingsOf(graphOf([...base, gwClass(), gateway(), route({}, rejected)]), RT, 'RT-STATUS')[0]?.message).toContain('ResolvedRefs=False (RefNotPermitted)');
    expect(findingsOf(graphOf([...base, gwClass(), gateway(), route({}, null)]), RT, 'RT-STATUS')[0]?.message).toContain('has not reconciled');
  });
  it('RT-REGEX-INVALID: a path, header or query regex that RE2 refuses; silent for valid RE2', () => {
    const matching = (match: Json) => route({ rules: [{ matches: [match], backendRefs: [{ name: 'web', port: 80 }] }] });
    const lookahead = findingsOf(graphOf([...base, gwClass(), gateway(), matching({ path: { type: 'RegularExpression', value: '/(?=api)' } })]), RT, 'RT-REGEX-INVALID');
    expect(lookahead.map((f) => f.evidence.fields[0]?.path)).toEqual(['spec.rules[0].matches[0].path.value']);
    expect(lookahead[0]?.message).toContain('invalid or unsupported Perl syntax');
    expect(ids([...base, gwClass(), gateway(), matching({ headers: [{ name: 'x-v', type: 'RegularExpression', value: '(a)\\1' }] })])).toEqual(['RT-REGEX-INVALID']);
    expect(ids([...base, gwClass(), gateway(), matching({ path: { type: 'RegularExpression', value: '/(a+)+$' }, queryParams: [{ name: 'v', type: 'RegularExpression', value: '[0-9]+' }] })])).toEqual([]);
  });

  it('RT-BACKEND-MISSING, RT-BACKEND-PORT, RT-XNS-GRANT, RT-NO-READY', () => {
    expect(ids([...base, gwClass(), gateway(), route({ rules: [{ backendRefs: [{ name: 'gone', port: 80 }] }] })])).toEqual(['RT-BACKEND-MISSING']);
    expect(ids([...base, gwClass(), gateway(), route({ rules: [{ backendRefs: [{ name: 'web', port: 8080 }] }] })])).toEqual(['RT-BACKEND-PORT']);
    const other = [service('pay', 'api', { app: 'api' }), pod('pay', 'api-1', { labels: { app: 'api' } })];
    const xns = route({ rules: [{ backendRefs: [{ name: 'api', namespace: 'pay', port: 80 }] }] });
    expect(ids([...base, ...other, gwClass(), gateway(), xns])).toContain('RT-XNS-GRANT');
    const grant = { apiVersion: 'gateway.networking.k8s.io/v1beta1', kind: 'ReferenceGrant', metadata: { name: 'shop-to-api', namespace: 'pay' }, spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'shop' }], to: [{ group: '', kind: 'Service' }] } };
    expect(ids([...base, ...other, gwClass(), gateway(), xns, grant])).not.toContain('RT-XNS-GRANT');
    const sick = pod('shop', 'web-1', { labels: { app: 'web' }, ready: false });
    expect(ids([svc, slice('shop', 'web', [{ pod: sick, ready: false }]), sick, gwClass(), gateway(), route()])).toEqual(['RT-NO-READY']);
  });
});

describe('ING-TLS-SECRET', () => {
  const tls = (name: string) => ({ ...ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), spec: { ...(ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]).spec as Json), tls: [{ hosts: ['shop.example.com'], secretName: name }] } });
  const secret = (name: string, type?: string, data: Json = { 'tls.crt': 'LS0t', 'tls.key': 'LS0t' }): Json => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'shop' }, ...(type ? { type } : {}), data });
  it('fires for a missing Secret, a wrong type, or missing keys', () => {
    expect(findingsOf(graphOf([...base, tls('shop-tls'), secret('other', 'kubernetes.io/tls')]), ING, 'ING-TLS-SECRET')[0]?.message).toContain('The TLS Secret shop-tls for shop.example.com does not exist in namespace shop');
    expect(findingsOf(graphOf([...base, tls('shop-tls'), secret('shop-tls', 'Opaque')]), ING, 'ING-TLS-SECRET')[0]?.message).toContain('is of type Opaque');
    expect(findingsOf(graphOf([...base, tls('shop-tls'), secret('shop-tls', 'kubernetes.io/tls', { 'tls.crt': 'LS0t' })]), ING, 'ING-TLS-SECRET')[0]?.message).toContain('lacks tls.key');
  });
  it('is silent for a TLS Secret, for metadata-only Secrets, and when no Secret is known at all', () => {
    expect(findingsOf(graphOf([...base, tls('shop-tls'), secret('shop-tls', 'kubernetes.io/tls')]), ING, 'ING-TLS-SECRET')).toEqual([]);
    expect(findingsOf(graphOf([...base, tls('shop-tls'), secret('shop-tls', undefined, {})]), ING, 'ING-TLS-SECRET')).toEqual([]);
    expect(findingsOf(graphOf([...base, tls('shop-tls')]), ING, 'ING-TLS-SECRET')).toEqual([]);
  });
});
