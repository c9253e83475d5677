// The time series of one route -> Service edge: the profiles' grouped queries as range queries,
// kept to the series that map onto that edge.
import { RED_PROFILES } from '../../lib/metrics/profiles';
import type { ScreenEdge } from '../../lib/metrics/screen';
import { seriesPlan, type EdgeSeries } from '../../lib/metrics/series';
import { PrometheusError, type PrometheusClient } from './client';

export async function edgeSeries(client: PrometheusClient, edge: ScreenEdge, window: string, at: number): Promise<EdgeSeries> {
  const { span, step, inner } = seriesPlan(window);
  const namespaces = [...new Set([edge.route.namespace, edge.service.namespace])];
  try {
    const byTime = new Map<number, Map<string, number>>();
    for (const profile of RED_PROFILES) {
      const labels = Object.fromEntries(profile.renamable.map((l) => [l, l]));
      const names = await client.labelNames(profile.probe, at);
      if (names.length === 0) continue;
      for (const l of profile.renamable) if (names.includes(`exported_${l}`)) labels[l] = `exported_${l}`;
      const result = await client.queryRange(profile.queries(labels, namespaces, inner).byClass, at - span, at, step);
      for (const series of result) {
        const target = profile.target(series.metric, labels);
        const hits =
          target &&
          ((target.kind === 'edge' && target.id === edge.id) ||
            (target.kind === 'service' && target.namespace === edge.service.namespace && target.name === edge.service.name) ||
            (target.kind === 'route' && edge.route.kind === 'httproute' && target.namespace === edge.route.namespace && target.name === edge.route.name) ||
            (target.kind === 'serviceKey' && edge.service.ports.some((p) => `${edge.service.namespace}-${edge.service.name}-${p}` === target.key)));
        if (!hits) continue;
        for (const [t, v] of series.points) {
          const classes = byTime.get(t) ?? new Map<string, number>();
          classes.set(series.metric.class ?? '?', (classes.get(series.metric.class ?? '?') ?? 0) + v);
          byTime.set(t, classes);
        }
      }
    }
    const points = [...byTime]
      .sort(([a], [b]) => a - b)
      .map(([t, classes]) => {
        const rate = [...classes.values()].reduce((s, v) => s + v, 0);
        return { t, rate, errorRatio: rate > 0 ? (classes.get('5') ?? 0) / rate : null };
      });
    return { edge: edge.id, window, points, status: 'ok' };
  } catch (error) {
    return { edge: edge.id, window, points: [], status: error instanceof PrometheusError ? error.kind : 'error', message: (error as Error).message };
  }
}
