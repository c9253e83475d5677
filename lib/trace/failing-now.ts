import { orderFindings } from '../graph/finding-order';
import type { Finding, GraphNode } from '../graph/types';
import type { MetricsLayer } from '../metrics/types';
import { addTo } from '../util/group';

/** A finding on the traced path that says requests fail now, whatever the configuration predicts. */
export interface TraceWarning {
  id: string;
  hop: string;
  message: string;
}

/**
 * Of the findings failing now, those that fail requests a served path still takes: an OOM loop, a
 * crash loop, a measured 5xx ratio (a pod that is not ready, say, gets no requests to fail).
 */
const FAILS_SERVED_REQUESTS = new Set(['POD-OOMKILLED', 'POD-CRASHLOOP', 'MET-5XX-RATIO']);

/**
 * The failing-now findings of these hops, in path order (each hop's as hops order them: a cause before its effects), from the graph and the
 * metrics layer. A finding about an edge counts only when that edge is on the path: one Ingress
 * measures each of its paths apart.
 */
export function failingNow(hops: readonly (GraphNode | undefined)[], edges: ReadonlySet<string>, metrics: MetricsLayer | null): TraceWarning[] {
  const measured = new Map<string, Finding[]>();
  for (const f of metrics?.findings ?? []) addTo(measured, f.hop, f);
  const warnings: TraceWarning[] = [];
  const seen = new Set<string>();
  for (const hop of hops) {
    if (!hop) continue;
    const found = [...hop.findings, ...(measured.get(hop.id) ?? [])].filter((f) => f.class === 'failing-now' && FAILS_SERVED_REQUESTS.has(f.id) && (!f.edge || edges.has(f.edge)));
    for (const f of orderFindings(found)) {
      const key = `${hop.id} ${f.id} ${f.edge ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({ id: f.id, hop: hop.id, message: f.message });
    }
  }
  return warnings;
}
