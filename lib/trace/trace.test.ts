import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { fromRecording, type RecordedMetrics } from '../metrics/recorded';
import { screenEdges } from '../metrics/screen';
import { DEFAULT_THRESHOLDS } from '../metrics/thresholds';
import type { MetricsLayer } from '../metrics/types';
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

const DEMO = join(import.meta.dirname, '../../demo');

function demo() {
  const state = stateFromObjects((JSON.parse(readFileSync(join(DEMO, 'cluster.json'), 'utf8')) as { items: Json[] }).items);
  const graph = buildGraph(state, { namespaces: null });
  const recorded = JSON.parse(readFileSync(join(DEMO, 'metrics.json'), 'utf8')) as RecordedMetrics;
  const metrics = fromRecording(recorded, { namespaces: null, edges: screenEdges(graph) }, DEFAULT_THRESHOLDS);
  return { trace: (url: string, layer: MetricsLayer | null = null) => traceRequest(state, graph, toTraceRequest(traceRequestSchema.parse({ url })), layer), metrics };
}

/** An https Ingress for shop.example.com whose TLS entry names `secret`, with one Secret in the input (so the check can judge). */
function withTls(secret: string, hosts = ['shop.example.com']) {
  const objects = world([{ apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'shop-tls', namespace: 'shop' }, data: { 'tls.crt': '', 'tls.key': '' } }]);
  const shop = objects.find((o) => o.kind === 'Ingress')!;
  (shop.spec as Json).tls = [{ hosts, secretName: secret }];
  return objects;
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

  it('says which hop the request stops at, and none when pods serve it', () => {
    expect(trace(world(), { url: 'https://shop.example.com/api' }).stoppedAt).toBeNull();
    expect(trace(world(), { url: 'shop.example.com/nothing' }).stoppedAt).toBe('client');
    expect(trace(world(), { url: 'http://shop.example.com/old/x' }).stoppedAt).toBe('service/shop/gone');
    expect(trace(world([], { ready: false }), { url: 'http://shop.example.com/api' }).stoppedAt).toBe('endpoints/shop/web');
    const deny = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'shop' }, spec: { podSelector: {} } };
    const blocked = trace(world([deny]), { url: 'http://shop.example.com/api' });
    expect(blocked.stoppedAt).toBe('endpoints/shop/web');
    expect(blocked.nodes).toContain(blocked.stoppedAt);
  });

  it('fails an https request at the TLS handshake when the TLS Secret for its host is missing, before any routing', () => {
    const result = trace(withTls('gone-tls'), { url: 'https://shop.example.com/api' });
    expect(result.outcome).toMatchObject({ status: 'tls-error', ok: false, findings: ['ING-TLS-SECRET'] });
    expect(result.outcome.summary).toMatch(/^The TLS Secret gone-tls for shop\.example\.com does not exist .* Past the handshake \(a client that skips verification, such as curl -k\): Served by 2 ready pods/);
    expect(result.stoppedAt).toBe('ingress/shop/shop');
    // Plain http has no handshake; a Secret that exists, or a TLS entry for other hosts, does not fail it.
    expect(trace(withTls('gone-tls'), { url: 'http://shop.example.com/api' }).outcome.status).toBe(200);
    expect(trace(withTls('shop-tls'), { url: 'https://shop.example.com/api' }).outcome.status).toBe(200);
    expect(trace(withTls('gone-tls', ['other.example.com']), { url: 'https://shop.example.com/api' }).outcome.status).toBe(200);
    expect(trace(withTls('gone-tls', ['*.example.com']), { url: 'https://shop.example.com/api' }).outcome.status).toBe('tls-error');
  });

  it('on the demo, reports the missing TLS Secret of reviews.example.com first, then the 504 behind it', () => {
    const { trace: traceDemo } = demo();
    const result = traceDemo('https://reviews.example.com/');
    expect(result.outcome.status).toBe('tls-error');
    expect(result.outcome.findings).toEqual(['ING-TLS-SECRET', 'NP-INGRESS-CTRL-BLOCKED']);
    expect(result.outcome.summary).toContain('reviews-tls');
    expect(result.outcome.summary).toContain('the controller answers 504');
    expect(result.stoppedAt).toBe('ingress/reviews/reviews');
    expect(traceDemo('http://reviews.example.com/').outcome.status).toBe('timeout');
  });

  it('lists the findings that explain a failure as hops list them: the root cause first, failing now before risks', () => {
    const { trace: traceDemo } = demo();
    expect(traceDemo('https://shop.example.com/api/cart').outcome).toMatchObject({ status: 503, findings: ['PRB-EVENT-HTTP-STATUS', 'WL-REPLICAS', 'EPS-NOT-READY', 'POD-NOT-READY'] });
    // Root causes (the critical one first) before the effect they explain.
    expect(traceDemo('https://pay.example.com/').outcome).toMatchObject({ status: 503, findings: ['SVC-TARGETPORT-NAMED', 'PRB-EVENT-TIMEOUT', 'EPS-PORT-SUBSET'] });
  });

  it('says "200 expected, but" when hops on the path fail now: an OOM loop, a crash loop, a measured 5xx ratio', () => {
    const { trace: traceDemo, metrics } = demo();
    const url = 'https://shop.example.com/api/recommendations';
    const bare = traceDemo(url);
    expect(bare.outcome).toMatchObject({ status: 200, ok: true });
    expect(bare.outcome.warnings.map((w) => `${w.id} ${w.hop}`)).toEqual(['POD-OOMKILLED pod/shop/recommendations-dgffbfjjc-kcs9w', 'POD-CRASHLOOP pod/shop/recommendations-dgffbfjjc-kcs9w']);
    const measured = traceDemo(url, metrics);
    expect(measured.outcome.warnings.map((w) => `${w.id} ${w.hop}`)).toEqual(['MET-5XX-RATIO ingress/shop/shop', 'POD-OOMKILLED pod/shop/recommendations-dgffbfjjc-kcs9w', 'POD-CRASHLOOP pod/shop/recommendations-dgffbfjjc-kcs9w']);
    expect(measured.outcome.warnings[0]!.message).toContain('12 %');
    expect(measured.outcome.summary).toMatch(/^Served by 1 ready pod of Service shop\/recommendations on port 80\. 200 expected, but the path is failing now: MET-5XX-RATIO on Ingress shop\/shop, POD-OOMKILLED on Pod shop\/recommendations-dgffbfjjc-kcs9w, POD-CRASHLOOP on Pod shop\/recommendations-dgffbfjjc-kcs9w\.$/);
    expect(measured.stoppedAt).toBeNull();
    // The same Ingress measures 5xx on its other paths: not on this one.
    const frontend = traceDemo('https://shop.example.com/', metrics);
    expect(frontend.outcome).toMatchObject({ status: 200, summary: 'Served by 8 ready pods of Service shop/frontend on port 80.', warnings: [] });
  });

  it('rejects what is not an http(s) URL', () => {
    expect(traceRequestSchema.safeParse({ url: 'ftp://x/y' }).success).toBe(false);
    expect(traceRequestSchema.safeParse({ url: 'http://a b' }).error?.issues[0]?.message).toBe('"http://a b" is not an http(s) URL');
    expect(traceRequestSchema.safeParse({ url: 'x.com', method: 'GET /' }).success).toBe(false);
  });
});
