import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { stateFromObjects } from '../state/cluster-state';
import { event, ingress, ingressClass, namespace, nodeOf, pod, service, slice } from '../testing/fixtures';

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
