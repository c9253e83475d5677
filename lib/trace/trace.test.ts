import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { stateFromObjects } from '../state/cluster-state';
import { container, ingress, ingressClass, namespace, pod, service, slice } from '../testing/fixtures';
import { toTraceRequest, traceRequestSchema, type TraceRequestInput } from './request';
import { traceRequest } from './trace';

type Json = Record<string, unknown>;

function world(extra: Json[] = [], options: { ready?: boolean } = {}) {
  const web = [1, 2].map((i) => pod('shop', `web-${i}`, { labels: { app: 'web' }, ready: options.ready ?? true, podIP: `10.1.0.${i}`, containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }])] }));
  return [
    namespace('shop'),
    namespace('ingress-nginx'),
    ingressClass('nginx'),
    ingress('shop', 'shop', [
      { path: '/api', service: 'web', port: 80 },
      { path: '/old', service: 'gone', port: 80 },
    ]),
    service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]),
    slice('shop', 'web', web.map((p) => ({ pod: p, ready: options.ready ?? true }))),
    ...web,
    pod('ingress-nginx', 'ctrl', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' }, podIP: '10.2.0.9' }),
    ...extra,
  ];
}

function trace(objects: Json[], input: TraceRequestInput) {
  const state = stateFromObjects(objects);
  const graph = buildGraph(state, { namespaces: null });
  return traceRequest(state, graph, toTraceRequest(traceRequestSchema.parse(input)));
}

describe('trace a URL', () => {
  it('follows a request to the ready pods, with the rule that matched', () => {
    const result = trace(world(), { url: 'https://shop.example.com/api/cart?id=1' });
    expect(result.outcome).toMatchObject({ status: 200, ok: true, summary: 'Served by 2 ready pods of Service shop/web on port 80.' });
    expect(result.route).toEqual({ node: 'ingress/shop/shop', rule: 'shop.example.com /api (Prefix)' });
    expect(result.pods).toEqual(['pod/shop/web-1', 'pod/shop/web-2']);
    expect(result.edges).toContain('endpoints/shop/web->pod/shop/web-1');
    expect(result.request).toMatchObject({ host: 'shop.example.com', path: '/api/cart', query: 'id=1', method: 'GET' });
  });

  it('answers 404 when no rule matches, and says why', () => {
    const result = trace(world(), { url: 'shop.example.com/nothing' });
    expect(result.outcome.status).toBe(404);
    expect(result.why.join(' ')).toContain('No path of host "shop.example.com" matches /nothing');
  });

  it('answers 503 for a missing Service and names the finding', () => {
    const result = trace(world(), { url: 'http://shop.example.com/old/x' });
    expect(result.outcome).toMatchObject({ status: 503, findings: ['ING-SVC-MISSING'] });
  });

  it('answers 503 when no endpoint is ready', () => {
    const result = trace(world([], { ready: false }), { url: 'http://shop.example.com/api' });
    expect(result.outcome.status).toBe(503);
    expect(result.outcome.findings).toEqual(expect.arrayContaining(['EPS-NOT-READY']));
  });

  it('times out when a NetworkPolicy blocks the controller from every pod', () => {
    const deny = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'shop' }, spec: { podSelector: {} } };
    const result = trace(world([deny]), { url: 'http://shop.example.com/api' });
    expect(result.outcome).toMatchObject({ status: 'timeout', ok: false });
    expect(result.outcome.findings).toContain('NP-INGRESS-CTRL-BLOCKED');
    expect(result.policy).toMatchObject({ verdict: 'blocked', policies: ['shop/deny'] });
  });

  it('rejects what is not an http(s) URL', () => {
    expect(traceRequestSchema.safeParse({ url: 'ftp://x/y' }).success).toBe(false);
    expect(traceRequestSchema.safeParse({ url: 'http://a b' }).error?.issues[0]?.message).toBe('"http://a b" is not an http(s) URL');
    expect(traceRequestSchema.safeParse({ url: 'x.com', method: 'GET /' }).success).toBe(false);
  });
});
