// A recorded metrics layer (the demo's): the numbers, cut to what is on screen and held flat over the
// window asked for, with findings made from the thresholds in force, in the same shape a live
// Prometheus gives.
import { metricFindings } from './findings';
import type { ScreenEdge } from './screen';
import { windowSeconds } from './series';
import type { Thresholds } from './thresholds';
import type { HopMetrics, MetricsLayer } from './types';

export type RecordedMetrics = Pick<MetricsLayer, 'window' | 'at' | 'profiles' | 'edges' | 'nodes' | 'kubeProxyStuck'>;

/** A hop's numbers over `scale` times the recorded window: rates and ratios stay, counts grow with it. */
const overWindow = (m: HopMetrics, scale: number): HopMetrics => ({
  ...m,
  ...(m.restarts !== undefined ? { restarts: m.restarts * scale } : {}),
  ...(m.readinessFailures !== undefined ? { readinessFailures: m.readinessFailures * scale } : {}),
});

export function fromRecording(recorded: RecordedMetrics, screen: { namespaces: readonly string[] | null; edges: readonly ScreenEdge[] }, thresholds: Thresholds, window = recorded.window): MetricsLayer {
  const onScreen = new Set(screen.edges.map((e) => e.id));
  const inScope = (nodeId: string) => screen.namespaces === null || screen.namespaces.includes(nodeId.split('/')[1] ?? '');
  const scale = windowSeconds(window) / windowSeconds(recorded.window);
  const edges = Object.fromEntries(Object.entries(recorded.edges).filter(([id]) => onScreen.has(id)));
  const nodes = Object.fromEntries(Object.entries(recorded.nodes).flatMap(([id, m]) => (inScope(id) ? [[id, overWindow(m, scale)]] : [])));
  const findings = metricFindings({ edges, nodes, kubeProxyStuck: recorded.kubeProxyStuck, window }, thresholds);
  const message = `Recorded over ${recorded.window} with the demo cluster (no Prometheus needed)${window === recorded.window ? '' : `, held flat over ${window}`}.`;
  return { ...recorded, status: 'ok', message, window, edges, nodes, findings, tookMs: 0 };
}
