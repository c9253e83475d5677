import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../server/prometheus/client';
import { metricsLayer } from '../../server/prometheus/layer';
import { histogram, openMetrics, type CounterSeries } from '../prometheus/openmetrics';
import { startPrometheus, type TestPrometheus } from '../prometheus/prometheus';

// A fixed end time, so every query is pinned to the fixture (gotcha 10 of the recipe).
const END = 1_795_392_765;
const controller = { controller_class: 'k8s.io/ingress-nginx', controller_namespace: 'ingress-nginx', controller_pod: 'ingress-nginx-controller-abc' };

/** shop/shop -> web: 10 req/s, 1 of them 503 and 0.5 404; p95 0.375 s. blog/blog -> wordpress: 2 req/s, all 200. */
function nginx(ns: (namespace: string) => Record<string, string>, svc: (service: string) => Record<string, string>): CounterSeries[] {
  const series = (namespace: string, ingress: string, service: string, status: string, rate: number): CounterSeries => ({
    name: 'nginx_ingress_controller_requests',
    labels: { ...controller, ...ns(namespace), ingress, ...svc(service), method: 'GET', path: '/', host: `${ingress}.example.com`, status },
    rate,
  });
  const buckets = (namespace: string, ingress: string, service: string, rate: number) =>
    histogram('nginx_ingress_controller_request_duration_seconds', { ...controller, ...ns(namespace), ingress, ...svc(service), method: 'GET', path: '/', status: '200' }, rate, [
      ['0.1', 0.5],
      ['0.25', 0.9],
      ['0.5', 1],
      ['+Inf', 1],
    ]);
  return [
    series('shop', 'shop', 'web', '200', 8.5),
    series('shop', 'shop', 'web', '404', 0.5),
    series('shop', 'shop', 'web', '503', 1),
    ...buckets('shop', 'shop', 'web', 10),
    series('blog', 'blog', 'wordpress', '200', 2),
    ...buckets('blog', 'blog', 'wordpress', 2),
  ];
}

let plain: TestPrometheus;
let renamed: TestPrometheus;

beforeAll(async () => {
  plain = await startPrometheus({ openMetrics: openMetrics(nginx((namespace) => ({ namespace }), (service) => ({ service })), END) });
  // As the Prometheus Operator stores them without honorLabels: the exporter's namespace and
  // service become exported_*, and the target's own labels take their names.
  renamed = await startPrometheus({
    openMetrics: openMetrics(
      nginx((namespace) => ({ exported_namespace: namespace, namespace: 'ingress-nginx' }), (service) => ({ exported_service: service, service: 'ingress-nginx-controller-metrics' })),
      END,
    ),
  });
}, 60_000);

afterAll(async () => {
  await plain?.stop();
  await renamed?.stop();
});

describe('the metrics layer against a real Prometheus', () => {
  it('gives each Ingress -> Service edge its rate, 5xx and 4xx ratios and p95, exactly as the fixture encodes them', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: plain.url }), { namespaces: ['shop', 'blog'], window: '5m', at: END });
    expect(layer).toMatchObject({ status: 'ok', profiles: ['ingress-nginx'], window: '5m', at: END });
    const web = layer.edges['ingress/shop/shop->service/shop/web']!;
    expect(web.rate).toBeCloseTo(10, 9);
    expect(web.errorRatio).toBeCloseTo(0.1, 9);
    expect(web.clientErrorRatio).toBeCloseTo(0.05, 9);
    expect(web.p95Seconds).toBeCloseTo(0.375, 9);
    expect(layer.edges['ingress/blog/blog->service/blog/wordpress']).toMatchObject({ errorRatio: 0, clientErrorRatio: 0 });
    expect(layer.edges['ingress/blog/blog->service/blog/wordpress']!.rate).toBeCloseTo(2, 9);
  });

  it('asks only for the namespaces on screen', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: plain.url }), { namespaces: ['blog'], window: '5m', at: END });
    expect(Object.keys(layer.edges)).toEqual(['ingress/blog/blog->service/blog/wordpress']);
  });

  it('finds exported_namespace / exported_service when the Prometheus Operator renamed them', async () => {
    const layer = await metricsLayer(new PrometheusClient({ url: renamed.url }), { namespaces: ['shop'], window: '5m', at: END });
    expect(layer.edges['ingress/shop/shop->service/shop/web']!.errorRatio).toBeCloseTo(0.1, 9);
    expect(Object.keys(layer.edges)).toEqual(['ingress/shop/shop->service/shop/web']);
  });

  it('says why there are no metrics: absent, unreachable, or an error from Prometheus', async () => {
    const empty = await startPrometheus({});
    try {
      expect(await metricsLayer(new PrometheusClient({ url: empty.url }), { namespaces: ['shop'], window: '5m', at: END })).toMatchObject({ status: 'absent', message: 'Prometheus has no request metrics of a known ingress controller' });
    } finally {
      await empty.stop();
    }
    const down = await metricsLayer(new PrometheusClient({ url: 'http://127.0.0.1:9' }), { namespaces: ['shop'], window: '5m', at: END });
    expect(down).toMatchObject({ status: 'unreachable', message: expect.stringContaining('Prometheus at http://127.0.0.1:9 is unreachable') });
    await expect(new PrometheusClient({ url: plain.url }).query('sum(', END)).rejects.toThrow(/^Prometheus answered 400: .*parse error/);
  });

  it('times out a Prometheus that does not answer, and says after how long', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const layer = await metricsLayer(new PrometheusClient({ url, timeoutMs: 300 }), { namespaces: ['shop'], window: '5m', at: END });
      expect(layer).toMatchObject({ status: 'timeout', message: 'Prometheus timed out after 0.3 s' });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
