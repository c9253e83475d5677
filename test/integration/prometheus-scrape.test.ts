import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenEdge } from '../../lib/metrics/screen';
import type { MetricsLayer } from '../../lib/metrics/types';
import { PrometheusClient } from '../../server/prometheus/client';
import { metricsLayer } from '../../server/prometheus/layer';
import { startExporter, type Exporter } from '../prometheus/exporter';
import { startPrometheus, type TestPrometheus } from '../prometheus/prometheus';

// The live path end to end: Prometheus scrapes an exporter every second, the test changes what the
// exporter reports, and the metrics layer follows (no backfill, no fixed time).
const EDGE = 'ingress/shop/shop->service/shop/web';
const SCREEN: ScreenEdge[] = [{ id: EDGE, route: { kind: 'ingress', namespace: 'shop', name: 'shop' }, service: { namespace: 'shop', name: 'web', ports: [80] } }];

let exporter: Exporter;
let prometheus: TestPrometheus;

beforeAll(async () => {
  exporter = await startExporter({ namespace: 'shop', ingress: 'shop', service: 'web', method: 'GET', path: '/' }, { '200': 19, '503': 1 });
  prometheus = await startPrometheus({ scrapeConfig: `  - job_name: fixture\n    static_configs:\n      - targets: ['${exporter.target}']` });
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await exporter?.close();
});

async function layerUntil(what: string, check: (layer: MetricsLayer) => boolean): Promise<MetricsLayer> {
  const client = new PrometheusClient({ url: prometheus.url });
  const deadline = Date.now() + 45_000;
  for (;;) {
    const layer = await metricsLayer(client, { namespaces: ['shop'], window: '10s', at: Date.now() / 1000, edges: SCREEN });
    if (check(layer)) return layer;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(layer.edges)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a Prometheus that scrapes a live exporter', { timeout: 90_000 }, () => {
  it('shows the error ratio the exporter reports, and follows when it changes', async () => {
    // 20 req/s, 5 % errors, once the 10 s window holds enough scrapes.
    const first = await layerUntil('20 req/s with 5 % errors', (l) => Math.abs((l.edges[EDGE]?.rate ?? 0) - 20) < 3 && Math.abs((l.edges[EDGE]?.errorRatio ?? 0) - 0.05) < 0.02);
    expect(first.findings).toEqual([]);
    exporter.setRates({ '200': 10, '503': 10 });
    const second = await layerUntil('half errors', (l) => (l.edges[EDGE]?.errorRatio ?? 0) > 0.4);
    expect(second.findings.map((f) => f.id)).toEqual(['MET-5XX-RATIO']);
  });
});
