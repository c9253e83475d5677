'use client';

import type { Graph } from '../lib/graph/types';
import type { SearchResult } from '../lib/view/search';
import { SearchBox } from './search-box';
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

/** Problems by severity: the server's count for a view (folded hops included), else counted on the hops. */
export function problemCounts(graph: Graph): { critical: number; warning: number } {
  if (graph.detail) return graph.detail.problems;
  const counts = { critical: 0, warning: 0 };
  for (const node of graph.nodes) if (node.health === 'critical' || node.health === 'warning') counts[node.health]++;
  return counts;
}

export function TopBar({
  graph,
  view,
  onChange,
  live,
  metrics,
  search,
}: {
  graph: Graph | undefined;
  view: ViewState;
  onChange: (change: Partial<ViewState>) => void;
  live: StreamStatus | null;
  metrics: { layer: MetricsLayer | undefined; error: string | null };
  search: SearchResult | undefined;
}) {
  const counts = graph ? problemCounts(graph) : null;
  const viewer = useViewer();
  return (
    <header className="flex min-h-12 shrink-0 flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-zinc-200 px-4 py-1.5 text-sm dark:border-zinc-800">
      <h1 className="font-semibold tracking-tight">Hopscope</h1>
      <span data-truncates className="max-w-[28ch] truncate text-zinc-600 dark:text-zinc-400" data-testid="source-name" title={graph ? `Where the objects come from: ${graph.source.name}` : undefined}>
        {graph?.source.name}
      </span>
      <span aria-hidden className="mx-1 hidden h-5 w-px bg-zinc-200 sm:block dark:bg-zinc-800" />
      <NamespaceFilter all={graph?.namespaces ?? []} chosen={view.namespaces} onChange={(namespaces) => onChange({ namespaces, node: null })} />
      <SearchBox value={view.search} result={search} onChange={(value) => onChange({ search: value })} onSelect={(node) => onChange({ node })} />
      <TraceBox url={view.trace} method={view.method} headers={view.headers} onTrace={(trace, method, headers) => onChange({ trace, method, headers })} />
      <div className="ml-auto flex flex-wrap items-center gap-x-2 gap-y-1.5" data-testid="finding-counts">
        <MetricsStatus layer={metrics.layer} error={metrics.error} range={view.range} onRange={(range) => onChange({ range })} />
        {!view.snapshot && viewer.data?.role !== 'developer' && <FreezeButton view={view} onFrozen={(snapshot) => onChange({ snapshot })} />}
        <CopyButton label="Copy link" textNow={() => window.location.href} />
        {live && <LiveIndicator status={live} />}
        {viewer.data && <ViewerBadge viewer={viewer.data} />}
        {counts && (
          <button
            type="button"
            data-testid="problem-counts"
            aria-pressed={view.problems}
            onClick={() => onChange({ problems: !view.problems })}
            className="flex items-center gap-2 rounded px-1.5 py-0.5 tabular-nums hover:bg-zinc-100 aria-pressed:bg-zinc-100 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-800"
            title="Problems: root causes, most harmful first"
          >
            {(['critical', 'warning'] as const).map((severity) => (
              <span key={severity} className="flex items-center gap-1" title={`${counts[severity]} ${severity} problems`}>
                <HealthIcon health={severity} size={14} />
                {counts[severity]}
              </span>
            ))}
          </button>
        )}
      </div>
    </header>
  );
}
