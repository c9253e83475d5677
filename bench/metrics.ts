// The metrics row of `npm run bench`: the time the metrics layer adds for 200 route -> Service
// edges (and their pods), one batched round against Debian's real Prometheus.
import type { ScreenEdge } from '../lib/metrics/screen';
import { PrometheusClient } from '../server/prometheus/client';
import { metricsLayer } from '../server/prometheus/layer';
import { histogram, openMetrics, type CounterSeries } from '../test/prometheus/openmetrics';
import { startPrometheus } from '../test/prometheus/prometheus';

const EDGES = Number(process.argv[2] ?? 200);
const END = 1_795_392_765;
const namespaces = Array.from({ length: 10 }, (_, i) => `ns-${i}`);
const series: CounterSeries[] = [];
const screen: ScreenEdge[] = [];
for (let e = 0; e < EDGES; e++) {
  const namespace = namespaces[e % namespaces.length]!;
  const labels = { namespace, ingress: `ing-${e}`, service: `svc-${e}`, method: 'GET', path: '/' };
  for (const [status, rate] of [['200', 9], ['404', 0.5], ['503', 0.5]] as const) series.push({ name: 'nginx_ingress_controller_requests', labels: { ...labels, status }, rate });
  series.push(...histogram('nginx_ingress_controller_request_duration_seconds', { ...labels, status: '200' }, 10, [['0.1', 0.5], ['0.25', 0.9], ['0.5', 1], ['+Inf', 1]]));
  for (let p = 0; p < 3; p++) series.push({ name: 'kube_pod_container_status_restarts_total', labels: { namespace, pod: `svc-${e}-${p}`, container: 'app' }, rate: p === 0 ? 0.001 : 0 });
  screen.push({ id: `ingress/${namespace}/ing-${e}->service/${namespace}/svc-${e}`, route: { kind: 'ingress', namespace, name: `ing-${e}` }, service: { namespace, name: `svc-${e}`, ports: [80] } });
}

const prometheus = await startPrometheus({ openMetrics: openMetrics(series, END) });
try {
  const client = new PrometheusClient({ url: prometheus.url });
  const request = { namespaces, window: '5m', at: END, edges: screen };
  const first = await metricsLayer(client, request);
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push((await metricsLayer(client, request)).tookMs);
  runs.sort((a, b) => a - b);
  console.log(JSON.stringify({ edges: Object.keys(first.edges).length, series: series.length, firstMs: first.tookMs, medianMs: runs[2], status: first.status }));
} finally {
  await prometheus.stop();
}
