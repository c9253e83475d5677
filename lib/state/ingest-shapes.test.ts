import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { container, pod, service } from '../testing/fixtures';
import { stateFromObjects } from './cluster-state';

type Json = Record<string, unknown>;
const without = (object: Json): Json => ({ ...object, metadata: { ...(object.metadata as Json), namespace: undefined } });

describe('reading inputs as Kubernetes would', () => {
  it('reads extensions/v1beta1 and networking.k8s.io/v1beta1 Ingresses: serviceName and servicePort become v1 backends, spec.backend the default one', () => {
    const old = (apiVersion: string, name: string, port: number | string): Json => ({
      apiVersion,
      kind: 'Ingress',
      metadata: { name, namespace: 'shop', annotations: { 'kubernetes.io/ingress.class': 'nginx' } },
      spec: { backend: { serviceName: 'fallback', servicePort: 80 }, rules: [{ host: `${name}.example.com`, http: { paths: [{ path: '/', backend: { serviceName: 'web', servicePort: port } }] } }] },
    });
    const state = stateFromObjects([old('extensions/v1beta1', 'a', 80), old('networking.k8s.io/v1beta1', 'b', 'http'), service('shop', 'web', { app: 'web' })]);
    expect(state.get('Ingress', 'shop', 'b')?.spec.rules?.[0]?.http?.paths[0]?.backend).toEqual({ service: { name: 'web', port: { name: 'http' } } });
    const graph = buildGraph(state, { namespaces: null });
    expect(graph.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['ingress/shop/a->service/shop/web', 'ingress/shop/b->service/shop/web', 'ingress/shop/a->service/shop/fallback']));
    expect(graph.nodes.find((n) => n.id === 'ingress/shop/a')?.findings.map((f) => f.id)).toContain('ING-SVC-MISSING');
    expect(graph.notes).toContain('Read 4 × Ingress with serviceName/servicePort backends (extensions/v1beta1, networking.k8s.io/v1beta1), as networking.k8s.io/v1.');
  });

  it('puts namespaced objects that name no namespace in default (or the one given), and says so', () => {
    const web = pod('x', 'web-1', { labels: { app: 'web' }, containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }])] });
    const policy: Json = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web-only' }, spec: { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] } };
    const objects = [without(web), without(service('x', 'web', { app: 'web' })), policy];
    const graph = buildGraph(stateFromObjects(objects), { namespaces: null });
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['service/default/web', 'pod/default/web-1']));
    expect(graph.nodes.flatMap((n) => n.findings.map((f) => f.id))).not.toContain('NP-NO-TARGET');
    expect(JSON.stringify(graph)).not.toMatch(/undefined\/|namespace \.|-n {2}/);
    expect(graph.notes).toEqual(expect.arrayContaining(['Read 1 × Pod without a namespace, in namespace default.', 'Read 1 × NetworkPolicy without a namespace, in namespace default.']));
    const given = buildGraph(stateFromObjects(objects, { defaultNamespace: 'shop' }), { namespaces: null });
    expect(given.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['service/shop/web', 'pod/shop/web-1']));
  });
});
