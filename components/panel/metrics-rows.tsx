import type { Graph, GraphNode } from '../../lib/graph/types';
import { formatRed } from '../../lib/metrics/format';
import type { MetricsLayer } from '../../lib/metrics/types';
import { Sparkline } from './sparkline';

const short = (id: string) => id.split('/').slice(1).join('/');

/** The hop's golden signals over the window: per route -> Service edge, and per pod or DNS hop. */
export function MetricsRows({ graph, node, metrics, range }: { graph: Graph; node: GraphNode; metrics: MetricsLayer | undefined; range: string }) {
  if (!metrics || metrics.status !== 'ok') return null;
  const edges = graph.edges.filter((e) => e.kind === 'route-service' && (e.source === node.id || e.target === node.id) && metrics.edges[e.id]);
  const hop = metrics.nodes[node.id];
  const rows: [string, string][] = edges.map((e) => [e.source === node.id ? `→ ${short(e.target)}` : `← ${short(e.source)}`, formatRed(metrics.edges[e.id]!)]);
  if (hop?.restarts) rows.push([`Restarts in ${metrics.window}`, `${Math.round(hop.restarts)}`]);
  if (hop?.readinessFailures) rows.push([`Readiness failures in ${metrics.window}`, `${Math.round(hop.readinessFailures)}`]);
  if (hop?.servfailRatio !== undefined) rows.push([`SERVFAIL over ${metrics.window}`, `${(hop.servfailRatio * 100).toFixed(1)} %`]);
  if (rows.length === 0) return null;
  // The edge that matters most: the one with the largest share of errors, else the busiest.
  const worst = [...edges].sort((a, b) => (metrics.edges[b.id]!.errorRatio ?? 0) - (metrics.edges[a.id]!.errorRatio ?? 0) || metrics.edges[b.id]!.rate - metrics.edges[a.id]!.rate)[0];
  return (
    <section data-testid="metrics-rows" className="border-t border-zinc-200 p-4 text-xs dark:border-zinc-800">
      <h3 className="mb-1 font-semibold text-zinc-500 dark:text-zinc-400">Last {metrics.window}</h3>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} data-testid="metric-row" className="flex items-baseline gap-3 py-0.5">
            <dt className="min-w-0 flex-1 text-zinc-500 [overflow-wrap:anywhere] dark:text-zinc-400">{label}</dt>
            <dd className="shrink-0 font-mono whitespace-nowrap tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {worst && (
        <div className="mt-2">
          <div className="text-zinc-500 dark:text-zinc-400">{short(worst.source === node.id ? worst.target : worst.source)}, over time</div>
          <Sparkline edge={worst.id} range={range} />
        </div>
      )}
    </section>
  );
}
