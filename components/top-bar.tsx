'use client';

import type { Graph, Severity } from '../lib/graph/types';
import type { ViewState } from '../lib/url/view-state';
import { HealthIcon } from './health';
import type { MetricsLayer } from '../lib/metrics/types';
import { LiveIndicator } from './live-indicator';
import { FreezeButton } from './freeze-button';
import { useViewer } from './use-viewer';
import { ViewerBadge } from './viewer-badge';
import { MetricsStatus } from './metrics-status';
import { CopyButton } from './panel/copy-button';
import { NamespaceFilter } from './namespace-filter';
import { TraceBox } from './trace-box';
import type { StreamStatus } from './use-graph-stream';

function countBySeverity(graph: Graph): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const node of graph.nodes) for (const f of node.findings) counts[f.severity]++;
  return counts;
}

export function TopBar({
  graph,
  view,
  onChange,
  live,
  metrics,
}: {
  graph: Graph | undefined;
  view: ViewState;
  onChange: (change: Partial<ViewState>) => void;
  live: StreamStatus | null;
  metrics: { layer: MetricsLayer | undefined; error: string | null };
}) {
  const counts = graph ? countBySeverity(graph) : null;
  const viewer = useViewer();
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-zinc-200 px-4 text-sm dark:border-zinc-800">
      <span className="font-semibold tracking-tight">Hopscope</span>
      <span className="truncate text-zinc-500" data-testid="source-name" title="Where the objects come from">
        {graph?.source.name}
      </span>
      <span className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-800" />
      <NamespaceFilter all={graph?.namespaces ?? []} chosen={view.namespaces} onChange={(namespaces) => onChange({ namespaces, node: null })} />
      <label className="relative">
        <span className="sr-only">Search hops</span>
        <input
          id="hop-search"
          type="search"
          value={view.search}
          onChange={(event) => onChange({ search: event.target.value })}
          placeholder="Search names, hosts  /"
          className="h-8 w-40 rounded border border-zinc-300 bg-transparent px-2 text-sm outline-none placeholder:text-zinc-400 focus:border-zinc-500 dark:border-zinc-700"
        />
      </label>
      <TraceBox url={view.trace} method={view.method} headers={view.headers} onTrace={(trace, method, headers) => onChange({ trace, method, headers })} />
      <div className="ml-auto flex items-center gap-3" data-testid="finding-counts">
        <MetricsStatus layer={metrics.layer} error={metrics.error} range={view.range} onRange={(range) => onChange({ range })} />
        {!view.snapshot && viewer.data?.role !== 'developer' && <FreezeButton view={view} onFrozen={(snapshot) => onChange({ snapshot })} />}
        <CopyButton label="Copy link" textNow={() => window.location.href} />
        {live && <LiveIndicator status={live} />}
        {viewer.data && <ViewerBadge viewer={viewer.data} />}
        {counts &&
          (['critical', 'warning', 'info'] as const).map((severity) => (
            <span key={severity} className="flex items-center gap-1 tabular-nums" title={`${counts[severity]} ${severity} findings`}>
              <HealthIcon health={severity} size={14} />
              {counts[severity]}
            </span>
          ))}
      </div>
    </header>
  );
}
