// The metrics layer for a graph: discover which exporters the Prometheus has (once per client),
// then one batched round of queries for the namespaces on screen, mapped onto graph edges.
import { INGRESS_NGINX, nginxEdge, nginxQueries, type NginxLabels } from '../../lib/metrics/ingress-nginx';
import type { MetricsLayer, RedMetrics } from '../../lib/metrics/types';
import { PrometheusError, type PrometheusClient, type Sample } from './client';

interface Discovery {
  nginx: NginxLabels | null;
}

const discovered = new WeakMap<PrometheusClient, Promise<Discovery>>();

/** Which label names the exporters' series carry: the Prometheus Operator renames clashing ones to `exported_*`. */
async function discover(client: PrometheusClient, at: number): Promise<Discovery> {
  const names = await client.labelNames(INGRESS_NGINX.requests, at);
  if (names.length === 0) return { nginx: null };
  const pick = (label: string) => (names.includes(`exported_${label}`) ? `exported_${label}` : label);
  return { nginx: { namespace: pick('namespace'), service: pick('service') } };
}

function discovery(client: PrometheusClient, at: number): Promise<Discovery> {
  let found = discovered.get(client);
  if (!found) {
    found = discover(client, at);
    discovered.set(client, found);
    found.catch(() => discovered.delete(client));
  }
  return found;
}

function red(byClass: Sample[], p95: Sample | undefined): RedMetrics {
  const total = byClass.reduce((sum, s) => sum + s.value, 0);
  const share = (cls: string) => (total > 0 ? byClass.filter((s) => s.metric.class === cls).reduce((sum, s) => sum + s.value, 0) / total : null);
  return { rate: total, errorRatio: share('5'), clientErrorRatio: share('4'), p95Seconds: total > 0 && p95 ? p95.value : null };
}

export interface LayerRequest {
  namespaces: readonly string[];
  window: string;
  /** Unix seconds every query is pinned to. */
  at: number;
}

export async function metricsLayer(client: PrometheusClient, request: LayerRequest): Promise<MetricsLayer> {
  const started = performance.now();
  const base = { window: request.window, at: request.at, edges: {}, profiles: [] as string[] };
  try {
    const found = await discovery(client, request.at);
    if (!found.nginx || request.namespaces.length === 0) {
      return { ...base, status: found.nginx ? 'ok' : 'absent', message: found.nginx ? undefined : 'Prometheus has no request metrics of a known ingress controller', tookMs: performance.now() - started };
    }
    const labels = found.nginx;
    const queries = nginxQueries(labels, request.namespaces, request.window);
    const [byClass, p95] = await Promise.all([client.query(queries.byStatusClass, request.at), client.query(queries.p95, request.at)]);
    const grouped = new Map<string, Sample[]>();
    for (const s of byClass) {
      const edge = nginxEdge(s.metric, labels);
      if (edge) grouped.set(edge, [...(grouped.get(edge) ?? []), s]);
    }
    const latency = new Map(p95.flatMap((s) => (nginxEdge(s.metric, labels) ? [[nginxEdge(s.metric, labels)!, s] as const] : [])));
    const edges = Object.fromEntries([...grouped].map(([edge, samples]) => [edge, red(samples, latency.get(edge))]));
    return { ...base, status: 'ok', profiles: ['ingress-nginx'], edges, tookMs: performance.now() - started };
  } catch (error) {
    const kind = error instanceof PrometheusError ? error.kind : 'error';
    return { ...base, status: kind, message: (error as Error).message, tookMs: performance.now() - started };
  }
}
