import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenEdge } from '../../lib/metrics/screen';
import { PrometheusClient } from '../../server/prometheus/client';
import { metricsLayer } from '../../server/prometheus/layer';
import { edgeSeries } from '../../server/prometheus/series';
import { histogram, openMetrics, type CounterSeries } from '../prometheus/openmetrics';
import { startPrometheus, type TestPrometheus } from '../prometheus/prometheus';

// A fixed end time, so every query is pinned to the fixture (gotcha 10 of the recipe).
const END = 1_795_392_765;
const controller = { controller_class: 'k8s.io/ingress-nginx', controller_namespace: 'ingress-nginx', controller_pod: 'ingress-nginx-controller-abc' };
const SECONDS = [['0.1', 0.5], ['0.25', 0.9], ['0.5', 1], ['+Inf', 1]] as [string, number][];
const MILLISECONDS = [['100', 0.5], ['250', 0.9], ['500', 1], ['+Inf', 1]] as [string, number][];

/** ingress-nginx: shop/shop -> web 10 req/s (1 x 503, 0.5 x 404), p95 0.375 s; blog/blog -> wordpress 2 req/s, all 200. */
function nginx(ns: (namespace: string) => Record<string, string>, svc: (service: string) => Record<string, string>): CounterSeries[] {
  const series = (namespace: string, ingress: string, service: string, status: string, rate: number): CounterSeries => ({
    name: 'nginx_ingress_controller_requests',
    labels: { ...controller, ...ns(namespace), ingress, ...svc(service), method: 'GET', path: '/', host: `${ingress}.example.com`, status },
    rate,
  });
  const buckets = (namespace: string, ingress: string, service: string, rate: number) =>
    histogram('nginx_ingress_controller_request_duration_seconds', { ...controller, ...ns(namespace), ingress, ...svc(service), method: 'GET', path: '/', status: '200' }, rate, SECONDS);
  return [series('shop', 'shop', 'web', '200', 8.5), series('shop', 'shop', 'web', '404', 0.5), series('shop', 'shop', 'web', '503', 1), ...buckets('shop', 'shop', 'web', 10), series('blog', 'blog', 'wordpress', '200', 2), ...buckets('blog', 'blog', 'wordpress', 2)];
}

/** Every other profile, each with rates whose ratios and quantiles are known. */
const others: CounterSeries[] = [
  // Traefik: shop/api port 8080, 4 req/s, 1 of them 500.
  { name: 'traefik_service_requests_total', labels: { service: 'shop-api-8080@kubernetes', code: '200', method: 'GET', protocol: 'http' }, rate: 3 },
  { name: 'traefik_service_requests_total', labels: { service: 'shop-api-8080@kubernetes', code: '500', method: 'GET', protocol: 'http' }, rate: 1 },
  ...histogram('traefik_service_request_duration_seconds', { service: 'shop-api-8080@kubernetes', code: '200', method: 'GET', protocol: 'http' }, 4, SECONDS),
  // Envoy Gateway: HTTPRoute shop/storefront rule 0, 5.5 req/s, 0.5 of them 5xx; latency in ms.
  { name: 'envoy_cluster_upstream_rq_xx', labels: { envoy_cluster_name: 'httproute/shop/storefront/rule/0', envoy_response_code_class: '2' }, rate: 5 },
  { name: 'envoy_cluster_upstream_rq_xx', labels: { envoy_cluster_name: 'httproute/shop/storefront/rule/0', envoy_response_code_class: '5' }, rate: 0.5 },
  ...histogram('envoy_cluster_upstream_rq_time', { envoy_cluster_name: 'httproute/shop/storefront/rule/0' }, 5.5, MILLISECONDS),
  // Contour: pay/api port 80, 2 req/s, half of them 4xx.
  { name: 'envoy_cluster_upstream_rq_xx', labels: { envoy_cluster_name: 'pay_api_80', envoy_response_code_class: '2' }, rate: 1 },
  { name: 'envoy_cluster_upstream_rq_xx', labels: { envoy_cluster_name: 'pay_api_80', envoy_response_code_class: '4' }, rate: 1 },
  // Istio: pay/ledger as its sidecar reports it, 4 req/s, 1 of them 503; latency in ms.
  { name: 'istio_requests_total', labels: { reporter: 'destination', destination_service_namespace: 'pay', destination_service_name: 'ledger', response_code: '200' }, rate: 3 },
  { name: 'istio_requests_total', labels: { reporter: 'destination', destination_service_namespace: 'pay', destination_service_name: 'ledger', response_code: '503' }, rate: 1 },
  { name: 'istio_requests_total', labels: { reporter: 'source', destination_service_namespace: 'pay', destination_service_name: 'ledger', response_code: '503' }, rate: 9 },
  ...histogram('istio_request_duration_milliseconds', { reporter: 'destination', destination_service_namespace: 'pay', destination_service_name: 'ledger' }, 4, MILLISECONDS),
  // kube-state-metrics: web-1 restarts once every 100 s (3 in 5 minutes); the kubelet: web-2 fails readiness 6 times in 5 minutes.
  { name: 'kube_pod_container_status_restarts_total', labels: { namespace: 'shop', pod: 'web-1', container: 'app', uid: 'u1' }, rate: 0.01 },
  { name: 'prober_probe_total', labels: { namespace: 'shop', pod: 'web-2', container: 'app', pod_uid: 'u2', probe_type: 'Readiness', result: 'failed' }, rate: 0.02 },
  { name: 'prober_probe_total', labels: { namespace: 'shop', pod: 'web-2', container: 'app', pod_uid: 'u2', probe_type: 'Readiness', result: 'successful' }, rate: 0.08 },
  // kube-proxy: node-b queued a sync 200 s ago that never completed; node-a is fine.
  { name: 'kubeproxy_sync_proxy_rules_last_queued_timestamp_seconds', labels: { instance: 'node-b' }, rate: 0, value: END - 200 },
  { name: 'kubeproxy_sync_proxy_rules_last_timestamp_seconds', labels: { instance: 'node-b' }, rate: 0, value: END - 300 },
  { name: 'kubeproxy_sync_proxy_rules_last_queued_timestamp_seconds', labels: { instance: 'node-a' }, rate: 0, value: END - 10 },
  { name: 'kubeproxy_sync_proxy_rules_last_timestamp_seconds', labels: { instance: 'node-a' }, rate: 0, value: END - 5 },
  // CoreDNS: 2 % SERVFAIL.
  { name: 'coredns_dns_responses_total', labels: { server: 'dns://:53', zone: '.', rcode: 'NOERROR' }, rate: 0.98 },
  { name: 'coredns_dns_responses_total', labels: { server: 'dns://:53', zone: '.', rcode: 'SERVFAIL' }, rate: 0.02 },
];

const edge = (id: string, route: ScreenEdge['route'], service: ScreenEdge['service']): ScreenEdge => ({ id, route, service });
const SCREEN: ScreenEdge[] = [
  edge('ingress/shop/shop->service/shop/web', { kind: 'ingress', namespace: 'shop', name: 'shop' }, { namespace: 'shop', name: 'web', ports: [80] }),
  edge('ingress/blog/blog->service/blog/wordpress', { kind: 'ingress', namespace: 'blog', name: 'blog' }, { namespace: 'blog', name: 'wordpress', ports: [80] }),
  edge('ingress/shop/legacy->service/shop/api', { kind: 'ingress', namespace: 'shop', name: 'legacy' }, { namespace: 'shop', name: 'api', ports: [8080] }),
  edge('httproute/shop/storefront->service/shop/frontend', { kind: 'httproute', namespace: 'shop', name: 'storefront' }, { namespace: 'shop', name: 'frontend', ports: [80] }),
  edge('ingress/pay/pay->service/pay/api', { kind: 'ingress', namespace: 'pay', name: 'pay' }, { namespace: 'pay', name: 'api', ports: [80] }),
  edge('httproute/pay/ledger->service/pay/ledger', { kind: 'httproute', namespace: 'pay', name: 'ledger' }, { namespace: 'pay', name: 'ledger', ports: [80] }),
];

let full: TestPrometheus;
let renamed: TestPrometheus;

beforeAll(async () => {
  full = await startPrometheus({ openMetrics: openMetrics([...nginx((namespace) => ({ namespace }), (service) => ({ service })), ...others], END) });
  // As the Prometheus Operator stores them without honorLabels: the exporter's namespace and
  // service become exported_*, and the target's own labels take their names.
  renamed = await startPrometheus({
    openMetrics: openMetrics(nginx((namespace) => ({ exported_namespace: namespace, namespace: 'ingress-nginx' }), (service) => ({ exported_service: service, service: 'ingress-nginx-controller-metrics' })), END),
  });
}, 60_000);

afterAll(async () => {
  await full?.stop();
  await renamed?.stop();
});

const request = (namespaces: string[], edges = SCREEN) => ({ namespaces, window: '5m', at: END, edges });

describe('the metrics layer against a real Prometheus', () => {
  it('finds every profile the Prometheus has', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: full.url }), request(['shop', 'blog', 'pay']));
    expect(layer).toMatchObject({ status: 'ok', window: '5m', at: END });
    expect(layer.profiles).toEqual(['ingress-nginx', 'traefik', 'envoy-gateway', 'contour', 'istio', 'kube-state-metrics', 'kubelet-prober', 'kube-proxy', 'coredns']);
  });

  it('gives each route -> Service edge its rate, 5xx and 4xx ratios and p95 (ms normalised), exactly as the fixture encodes them', async () => {
    const { edges } = await metricsLayer(new PrometheusClient({ url: full.url }), request(['shop', 'blog', 'pay']));
    const check = (id: string, expected: { rate: number; errorRatio: number; clientErrorRatio: number; p95Seconds: number | null }) => {
      const m = edges[id];
      expect(m, id).toBeDefined();
      expect(m!.rate, `${id} rate`).toBeCloseTo(expected.rate, 9);
      expect(m!.errorRatio, `${id} 5xx`).toBeCloseTo(expected.errorRatio, 9);
      expect(m!.clientErrorRatio, `${id} 4xx`).toBeCloseTo(expected.clientErrorRatio, 9);
      if (expected.p95Seconds === null) expect(m!.p95Seconds, `${id} p95`).toBeNull();
      else expect(m!.p95Seconds, `${id} p95`).toBeCloseTo(expected.p95Seconds, 9);
    };
    check('ingress/shop/shop->service/shop/web', { rate: 10, errorRatio: 0.1, clientErrorRatio: 0.05, p95Seconds: 0.375 });
    check('ingress/blog/blog->service/blog/wordpress', { rate: 2, errorRatio: 0, clientErrorRatio: 0, p95Seconds: 0.375 });
    check('ingress/shop/legacy->service/shop/api', { rate: 4, errorRatio: 0.25, clientErrorRatio: 0, p95Seconds: 0.375 });
    check('httproute/shop/storefront->service/shop/frontend', { rate: 5.5, errorRatio: 0.5 / 5.5, clientErrorRatio: 0, p95Seconds: 0.375 });
    check('ingress/pay/pay->service/pay/api', { rate: 2, errorRatio: 0, clientErrorRatio: 0.5, p95Seconds: null });
    check('httproute/pay/ledger->service/pay/ledger', { rate: 4, errorRatio: 0.25, clientErrorRatio: 0, p95Seconds: 0.375 });
  });

  it('puts restarts and readiness failures in the window on pods, kube-proxy stuck syncs and SERVFAIL on their hops, with MET-* findings', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: full.url }), request(['shop', 'blog', 'pay']));
    expect(layer.nodes['pod/shop/web-1']!.restarts).toBeCloseTo(3, 9);
    expect(layer.nodes['pod/shop/web-2']!.readinessFailures).toBeCloseTo(6, 9);
    expect(layer.nodes['service/kube-system/kube-dns']!.servfailRatio).toBeCloseTo(0.02, 9);
    expect(layer.kubeProxyStuck).toEqual(['node-b']);
    const ids = layer.findings.map((f) => `${f.id} ${f.severity} ${f.edge ?? f.hop}`).sort();
    expect(ids).toEqual([
      'MET-4XX-RATIO critical ingress/pay/pay->service/pay/api',
      'MET-5XX-RATIO critical httproute/pay/ledger->service/pay/ledger',
      'MET-5XX-RATIO critical ingress/shop/legacy->service/shop/api',
      'MET-5XX-RATIO critical ingress/shop/shop->service/shop/web',
      'MET-DNS-SERVFAIL warning service/kube-system/kube-dns',
      'MET-KP-SYNC-STUCK critical client',
      'MET-PROBE-FAILURES warning pod/shop/web-2',
      'MET-RESTARTS warning pod/shop/web-1',
    ]);
    expect(layer.findings.find((f) => f.edge === 'ingress/shop/shop->service/shop/web')?.message).toBe('10 % of the 10.0 req/s from shop/shop -> shop/web got a 5xx in the last 5m (threshold 10 %).');
  });

  it('draws one edge over time: 30 points over the window, each at the fixture rate and ratio', async () => {
    const series = await edgeSeries(new PrometheusClient({ url: full.url }), SCREEN[0]!, '5m', END);
    expect(series.status).toBe('ok');
    expect(series.points.length).toBe(21);
    for (const p of series.points) {
      expect(p.rate).toBeCloseTo(10, 6);
      expect(p.errorRatio).toBeCloseTo(0.1, 6);
    }
    const envoy = await edgeSeries(new PrometheusClient({ url: full.url }), SCREEN[3]!, '1h', END);
    expect(envoy.points.at(-1)!.rate).toBeCloseTo(5.5, 6);
  });

  it('asks only for the namespaces and edges on screen', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: full.url }), request(['blog'], SCREEN.filter((e) => e.id.startsWith('ingress/blog'))));
    expect(Object.keys(layer.edges)).toEqual(['ingress/blog/blog->service/blog/wordpress']);
    expect(Object.keys(layer.nodes)).toEqual(['service/kube-system/kube-dns']);
  });

  it('finds exported_namespace / exported_service when the Prometheus Operator renamed them', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: renamed.url }), request(['shop']));
    expect(layer.edges['ingress/shop/shop->service/shop/web']!.errorRatio).toBeCloseTo(0.1, 9);
    expect(Object.keys(layer.edges)).toEqual(['ingress/shop/shop->service/shop/web']);
  });

  it('says why there are no metrics: absent, unreachable, or an error from Prometheus', async () => {
    const empty = await startPrometheus({});
    try {
      expect(await metricsLayer(new PrometheusClient({ url: empty.url }), request(['shop']))).toMatchObject({ status: 'absent', message: expect.stringContaining('Prometheus has none of the metrics Hopscope knows') });
    } finally {
      await empty.stop();
    }
    const down = await metricsLayer(new PrometheusClient({ url: 'http://127.0.0.1:9' }), request(['shop']));
    expect(down).toMatchObject({ status: 'unreachable', message: expect.stringContaining('Prometheus at http://127.0.0.1:9 is unreachable') });
    await expect(new PrometheusClient({ url: full.url }).query('sum(', END)).rejects.toThrow(/^Prometheus answered 400: .*parse error/);
  });

  it('times out a Prometheus that does not answer, and says after how long', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const layer = await metricsLayer(new PrometheusClient({ url, timeoutMs: 300 }), request(['shop']));
      expect(layer).toMatchObject({ status: 'timeout', message: 'Prometheus timed out after 0.3 s' });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
