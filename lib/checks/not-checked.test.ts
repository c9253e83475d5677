import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { stateFromObjects } from '../state/cluster-state';
import { allFindings, event, ingress, ingressClass, namespace, nodeOf, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const sick = pod('shop', 'web-1', { labels: { app: 'web' }, ready: false });
const policy: Json = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'shop' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
const tls = ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }], { spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }], rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] } });
const base = [namespace('shop'), ingressClass('nginx'), tls, service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }]), sick, policy];
const notChecked = (objects: Json[], id: string) => nodeOf(buildGraph(stateFromObjects(objects), { namespaces: null }), id).notChecked?.map((n) => n.id) ?? [];

describe('what the input lacks is said, not passed over', () => {
  it('names the checks that could not judge a hop and why: no Secrets, no Nodes, no Events, no controller pods', () => {
    const graph = buildGraph(stateFromObjects(base), { namespaces: null });
    expect(nodeOf(graph, 'ingress/shop/shop').notChecked).toEqual([{ id: 'ING-TLS-SECRET', reason: expect.stringContaining('the input has no Secrets') }]);
    expect(notChecked(base, 'endpoints/shop/web').sort()).toEqual(['EPS-NODE-MISSING', 'NP-INGRESS-CTRL-BLOCKED']);
    expect(nodeOf(graph, 'endpoints/shop/web').notChecked?.find((n) => n.id === 'NP-INGRESS-CTRL-BLOCKED')?.reason).toContain('no pod of k8s.io/ingress-nginx was found');
    expect(notChecked(base, 'pod/shop/web-1')).toEqual(['PRB-EVENT-HTTP-STATUS']);
  });

  it('says nothing of the kind once the input has them', () => {
    const controller = pod('ingress-nginx', 'ctrl', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } });
    const full = [
      ...base,
      controller,
      { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'shop-tls', namespace: 'shop' }, data: { 'tls.crt': 'x', 'tls.key': 'y' } },
      { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } },
      event(sick, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404'),
    ];
    for (const id of ['ingress/shop/shop', 'endpoints/shop/web', 'pod/shop/web-1']) expect(notChecked(full, id), id).toEqual([]);
  });
});

describe('in manifests mode, what the platform provides is not assumed missing when the manifests lack it', () => {
  const manifests = (objects: Json[]) => buildGraph(stateFromObjects(objects), { namespaces: null }, { manifests: true });
  const reasons = (graph: ReturnType<typeof manifests>, id: string) => Object.fromEntries((nodeOf(graph, id).notChecked ?? []).map((n) => [n.id, n.reason]));
  const web = pod('shop', 'web-1', { labels: { app: 'web' } });
  const app = [service('shop', 'web', { app: 'web' }), web, slice('shop', 'web', [{ pod: web }])];

  it('the IngressClass, or a default one for an Ingress without a class', () => {
    const classless = ingress('shop', 'bare', [{ path: '/', service: 'web', port: 80 }]);
    delete (classless.spec as Json).ingressClassName;
    const graph = manifests([...app, ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), classless]);
    expect(reasons(graph, 'ingress/shop/shop')['ING-CLASS-NOTFOUND']).toContain('IngressClass nginx is not in the manifests');
    expect(reasons(graph, 'ingress/shop/bare')['ING-CLASS-UNSET']).toContain('the manifests hold no default IngressClass');
    expect(allFindings(graph, 'ING-CLASS-NOTFOUND')).toEqual([]);
    expect(nodeOf(manifests([...app, classless, ingressClass('nginx', 'k8s.io/ingress-nginx', true)]), 'ingress/shop/bare').findings.map((f) => f.id)).not.toContain('ING-CLASS-UNSET');
  });

  it('a TLS Secret (cert-manager or the platform makes them)', () => {
    const tls = ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }], { spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }], rules: [] } });
    const other = { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'db', namespace: 'shop' }, data: { password: 'x' } };
    const graph = manifests([...app, tls, other]);
    expect(reasons(graph, 'ingress/shop/shop')['ING-TLS-SECRET']).toContain('shop-tls is not in the manifests');
    expect(allFindings(graph, 'ING-TLS-SECRET')).toEqual([]);
    expect(allFindings(buildGraph(stateFromObjects([...app, tls, other]), { namespaces: null }), 'ING-TLS-SECRET')).toHaveLength(1);
  });

  it('the Gateway and its GatewayClass', () => {
    const route: Json = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'web', namespace: 'shop' }, spec: { parentRefs: [{ name: 'platform', namespace: 'infra' }], rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] } };
    const gateway: Json = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'platform', namespace: 'infra' }, spec: { gatewayClassName: 'eg', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] } };
    const gatewayClass: Json = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'other' }, spec: { controllerName: 'example.com/other' } };
    expect(reasons(manifests([...app, route]), 'httproute/shop/web')['RT-PARENT-MISSING']).toBe('Gateway infra/platform is not in the manifests, so whether the cluster has it is unknown');
    expect(reasons(manifests([...app, route, gateway, gatewayClass]), 'httproute/shop/web')['GW-CLASS-MISSING']).toBe('GatewayClass eg is not in the manifests, so whether the cluster has it is unknown');
  });
});

