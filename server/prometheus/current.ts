// Where the metrics layer comes from: the configured Prometheus, the demo's recording, or nowhere.
import { readFile } from 'node:fs/promises';
import { fromRecording, type RecordedMetrics } from '../../lib/metrics/recorded';
import type { ScreenEdge } from '../../lib/metrics/screen';
import type { MetricsLayer } from '../../lib/metrics/types';
import { loadConfig } from '../config';
import { PrometheusClient } from './client';
import { metricsLayer } from './layer';
import { edgeSeries } from './series';
import { seriesPlan, type EdgeSeries } from '../../lib/metrics/series';

let client: PrometheusClient | null = null;
let recording: Promise<RecordedMetrics> | null = null;

export interface MetricsRequest {
  sourceKind: string;
  namespaces: string[] | null;
  allNamespaces: string[];
  window: string;
  /** Unix seconds; now when absent. */
  at?: number;
  edges: ScreenEdge[];
}

export async function currentMetrics(request: MetricsRequest): Promise<MetricsLayer> {
  const config = loadConfig();
  const at = request.at ?? Math.floor(Date.now() / 1000);
  if (request.sourceKind === 'demo') {
    recording ??= readFile(config.demoMetricsFile, 'utf8').then((text) => JSON.parse(text) as RecordedMetrics);
    return fromRecording(await recording, { namespaces: request.namespaces, edges: request.edges }, config.thresholds, request.window);
  }
  if (!config.prometheus) {
    return { status: 'absent', message: 'No Prometheus configured: set HOPSCOPE_PROMETHEUS_URL to see request rates, errors and latency per hop.', window: request.window, at, profiles: [], edges: {}, nodes: {}, kubeProxyStuck: null, findings: [], tookMs: 0 };
  }
  client ??= new PrometheusClient(config.prometheus);
  return metricsLayer(client, { namespaces: request.namespaces ?? request.allNamespaces, window: request.window, at, edges: request.edges, thresholds: config.thresholds, ...(config.prometheus.profiles ? { profiles: config.prometheus.profiles } : {}) });
}

/** The time series of one edge on screen: from Prometheus, or (demo) the recording held flat over the window. */
export async function currentEdgeSeries(request: { sourceKind: string; edge: ScreenEdge; window: string; at?: number }): Promise<EdgeSeries> {
  const config = loadConfig();
  const at = request.at ?? Math.floor(Date.now() / 1000);
  if (request.sourceKind === 'demo') {
    recording ??= readFile(config.demoMetricsFile, 'utf8').then((text) => JSON.parse(text) as RecordedMetrics);
    const recorded = await recording;
    const value = recorded.edges[request.edge.id];
    const { span, step } = seriesPlan(request.window);
    const points = value ? Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => ({ t: recorded.at - span + i * step, rate: value.rate, errorRatio: value.errorRatio })) : [];
    return { edge: request.edge.id, window: request.window, points, status: 'ok', message: 'Recorded at one instant with the demo: flat over the window.' };
  }
  if (!config.prometheus) return { edge: request.edge.id, window: request.window, points: [], status: 'absent', message: 'No Prometheus configured.' };
  client ??= new PrometheusClient(config.prometheus);
  return edgeSeries(client, request.edge, request.window, at);
}
