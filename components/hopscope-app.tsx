'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ApiError } from './api-error';
import { SignIn } from './sign-in';
import { Providers } from './providers';
import { GraphCanvas } from './canvas/graph-canvas';
import { DemoBanner } from './demo-banner';
import { Notices } from './notices';
import { SyncProgress } from './sync-progress';
import { SidePanel } from './panel/side-panel';
import { EmptyState, ErrorState, LoadingCanvas } from './states';
import { TopBar } from './top-bar';
import { TraceResultBar } from './trace-result';
import { useGraph } from './use-graph';
import { useGraphStream } from './use-graph-stream';
import { useMetrics } from './use-metrics';
import { useSnapshot } from './use-snapshot';
import { useTrace } from './use-trace';
import { SnapshotBanner } from './snapshot-banner';
import { withMetricFindings } from '../lib/metrics/merge';
import { useViewState } from './use-view-state';

function App() {
  const queryClient = useQueryClient();
  const [view, setView] = useViewState();
  const snapshot = useSnapshot(view.snapshot);
  const frozen = view.snapshot ? snapshot.data : undefined;
  // With a snapshot open, the live graph is "now" for its diff, over the snapshot's namespaces.
  const graph = useGraph(frozen ? frozen.view.namespaces : view.namespaces);
  const metrics = useMetrics(view.namespaces, view.range, graph.data !== undefined && !view.snapshot);
  const layer = frozen ? (frozen.metrics ?? undefined) : metrics.data;
  // Metric findings join the graph's own; the topology never waits for them. A snapshot shows its frozen graph.
  const base = view.snapshot ? frozen?.graph : graph.data;
  const data = useMemo(() => (base ? withMetricFindings(base, layer) : undefined), [base, layer]);
  const stream = useGraphStream(view.namespaces, data?.source.kind === 'live');
  const selected = useMemo(() => data?.nodes.find((n) => n.id === view.node) ?? null, [data, view.node]);
  const trace = useTrace(view.snapshot ? null : view.trace, view.method, view.headers, view.namespaces, graph.dataUpdatedAt);
  const traceResult = frozen ? (frozen.trace ?? undefined) : trace.data;
  const traced = view.trace && !trace.isError && traceResult ? traceResult : null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 'Escape') setView({ node: null });
      if (event.key === '/' && !typing) {
        event.preventDefault();
        document.getElementById('hop-search')?.focus();
      }
      if (event.key === 't' && !typing) {
        event.preventDefault();
        document.getElementById('trace-url')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);

  if (graph.isPending || (view.snapshot && snapshot.isPending)) return <LoadingCanvas />;
  if (view.snapshot && snapshot.isError) return <ErrorState message={`Snapshot ${view.snapshot}: ${snapshot.error.message}`} onRetry={() => setView({ snapshot: null })} />;
  return (
    <div className="flex h-full flex-col">
      <TopBar graph={data} view={view} onChange={setView} live={data?.source.kind === 'live' && !frozen ? stream : null} metrics={{ layer, error: metrics.isError && !frozen ? metrics.error.message : null }} />
      {frozen && <SnapshotBanner snapshot={frozen} now={graph.data} onSelect={(node) => setView({ node })} onLeave={() => setView({ snapshot: null })} />}
      {data?.source.kind === 'demo' && !frozen && <DemoBanner />}
      {data?.sync && <SyncProgress sync={data.sync} />}
      {data && <Notices notes={data.notes} />}
      {data && view.trace && (
        <TraceResultBar
          trace={traceResult}
          error={trace.isError ? trace.error.message : null}
          graph={data}
          onSelect={(node) => setView({ node })}
          onClear={() => setView({ trace: null })}
        />
      )}
      <main className="flex min-h-0 flex-1">
        {graph.isError && !data && graph.error instanceof ApiError && graph.error.wantsToken ? (
          <SignIn reason={graph.error.message} onSignedIn={() => void queryClient.resetQueries()} />
        ) : graph.isError && !data ? (
          <ErrorState message={graph.error.message} onRetry={() => graph.refetch()} />
        ) : data && data.nodes.length <= 1 ? (
          <EmptyState filtered={view.namespaces.length > 0} />
        ) : data ? (
          <>
            <GraphCanvas graph={data} metrics={metrics.data} selected={view.node} search={view.search} traced={traced} onSelect={(node) => setView({ node })} />
            {selected && <SidePanel graph={data} metrics={metrics.data} range={view.range} node={selected} onSelect={(node) => setView({ node })} onClose={() => setView({ node: null })} />}
          </>
        ) : null}
      </main>
    </div>
  );
}

export function HopscopeApp() {
  return (
    <Providers>
      <App />
    </Providers>
  );
}
