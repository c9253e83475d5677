// A recorded metrics layer (the demo's): the numbers, cut to what is on screen, with findings made
// from the thresholds in force, in the same shape a live Prometheus gives.
import { metricFindings } from './findings';
import type { ScreenEdge } from './screen';
import type { Thresholds } from './thresholds';
import type { MetricsLayer } from './types';

export type RecordedMetrics = Pick<MetricsLayer, 'window' | 'at' | 'profiles' | 'edges' | 'nodes' | 'kubeProxyStuck'>;

export function fromRecording(recorded: RecordedMetrics, screen: { namespaces: readonly string[] | null; edges: readonly ScreenEdge[] }, thresholds: Thresholds): MetricsLayer {
  const onScreen = new Set(screen.edges.map((e) => e.id));
  const inScope = (nodeId: string) => screen.namespaces === null || screen.namespaces.includes(nodeId.split('/')[1] ?? '');
  const edges = Object.fromEntries(Object.entries(recorded.edges).filter(([id]) => onScreen.has(id)));
  const nodes = Object.fromEntries(Object.entries(recorded.nodes).filter(([id]) => inScope(id)));
  const findings = metricFindings({ edges, nodes, kubeProxyStuck: recorded.kubeProxyStuck, window: recorded.window }, thresholds);
  return { ...recorded, status: 'ok', message: 'Recorded with the demo cluster (no Prometheus needed).', edges, nodes, findings, tookMs: 0 };
}
