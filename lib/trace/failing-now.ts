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

/** What fails requests now: an OOM loop (POD-OOMKILLED is critical when it repeats), a crash loop, a measured 5xx ratio. */
const FAILING_NOW = new Map<string, (f: Finding) => boolean>([
  ['POD-OOMKILLED', (f) => f.severity === 'critical'],
  ['POD-CRASHLOOP', () => true],
  ['MET-5XX-RATIO', () => true],
]);

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
    const found = [...hop.findings, ...(measured.get(hop.id) ?? [])].filter((f) => FAILING_NOW.get(f.id)?.(f) && (!f.edge || edges.has(f.edge)));
    for (const f of orderFindings(found)) {
      const key = `${hop.id} ${f.id} ${f.edge ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({ id: f.id, hop: hop.id, message: f.message });
    }
  }
  return warnings;
}
