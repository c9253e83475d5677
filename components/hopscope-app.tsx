'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { GroupNode } from '../lib/graph/types';
import { withMetricFindings } from '../lib/metrics/merge';
import { ApiError } from './api-error';
import { GraphCanvas } from './canvas/graph-canvas';
import { DemoBanner } from './demo-banner';
import { Legend } from './legend';
import { Notices } from './notices';
import { SidePanel } from './panel/side-panel';
import { ProblemsPanel } from './problems-panel';
import { Providers } from './providers';
import { SignIn } from './sign-in';
import { SnapshotBanner } from './snapshot-banner';
import { EmptyState, ErrorState, LoadingCanvas } from './states';
import { SyncProgress } from './sync-progress';
import { kindLabel, nodeTitle } from './canvas/node-facts';
import { problemCounts, TopBar } from './top-bar';
import { TraceResultBar } from './trace-result';
import { useGraph } from './use-graph';
import { useGraphStream } from './use-graph-stream';
import { useMetrics } from './use-metrics';
import { useProblems } from './use-problems';
import { useSearch } from './use-search';
import { useSnapshot } from './use-snapshot';
import { useSnapshotView } from './use-snapshot-view';
import { useTrace } from './use-trace';
import { useViewState } from './use-view-state';
import { ViewBar } from './view-bar';
import { bundleHref, pageViewRequest } from './view-request';

const NO_MATCHES: ReadonlySet<string> = new Set();

function App() {
  const queryClient = useQueryClient();
  const [view, setView] = useViewState();
  const snapshot = useSnapshot(view.snapshot);
  const frozen = view.snapshot ? snapshot.data : undefined;
  const live = !view.snapshot;
  // The stream's changes refresh the trace (use-graph-stream.ts).
  const trace = useTrace(live ? view.trace : null, view.method, view.headers, view.namespaces);
  const traceResult = frozen ? (frozen.trace ?? undefined) : trace.data;
  const traced = view.trace && !trace.isError && traceResult ? traceResult : null;
  // The selected hop and the traced path are kept drawn, whatever the level of detail.
  const request = useMemo(() => pageViewRequest(view, traced?.nodes ?? []), [view, traced]);
  const graph = useGraph(request, live);
  const snapshotView = useSnapshotView(view.snapshot, request);
  const metrics = useMetrics(view.namespaces, view.range, graph.data !== undefined && live);
  const layer = frozen ? (frozen.metrics ?? undefined) : metrics.data;
  // Metric findings join the graph's own; the topology never waits for them. A snapshot shows its frozen graph.
  const base = live ? graph.data : snapshotView.data?.graph;
  const data = useMemo(() => (base ? withMetricFindings(base, layer) : undefined), [base, layer]);
  const stream = useGraphStream(request, live && data?.source.kind === 'live');
  const problems = useProblems(view.namespaces, view.problems && live);
  const search = useSearch(view.search, view.namespaces, live);
  const matches = useMemo(() => (search.data ? new Set(search.data.matches.map((m) => m.id)) : NO_MATCHES), [search.data]);
  const selected = useMemo(() => data?.nodes.find((n) => n.id === view.node) ?? null, [data, view.node]);
  const onOpen = useCallback(
    (group: GroupNode) => {
      if (group.folds === 'namespace' && group.namespace) setView({ namespaces: [group.namespace], open: [], focus: null });
      else setView({ open: [...new Set([...view.open, group.id])] });
    },
    [setView, view.open],
  );

  // The tab's title says what is open, or how many problems there are: it is what a list of tabs shows.
  const counts = data ? problemCounts(data) : null;
  const title = selected ? `${nodeTitle(selected)} · ${kindLabel(selected)} · Hopscope` : counts ? `${counts.critical} critical, ${counts.warning} warning · Hopscope` : 'Hopscope';
  useEffect(() => {
    document.title = title;
  }, [title]);

  // Esc closes the panel and puts focus back on the card it was opened from.
  const openNode = useRef(view.node);
  openNode.current = view.node;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 'Escape' && openNode.current) {
        const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(openNode.current)}"]`);
        setView({ node: null });
        card?.focus({ preventScroll: true });
      }
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

  const pending = live ? graph.isPending : snapshot.isPending || snapshotView.isPending;
  if (pending) return <LoadingCanvas />;
  if (view.snapshot && (snapshot.isError || snapshotView.isError)) return <ErrorState message={`Snapshot ${view.snapshot}: ${(snapshot.error ?? snapshotView.error)!.message}`} onRetry={() => setView({ snapshot: null })} />;
  const problemList = live ? problems.data : snapshotView.data?.problems;
  return (
    <div className="flex h-full flex-col">
      <a
        href="#diagram"
        data-testid="skip-to-diagram"
        onClick={(event) => {
          event.preventDefault();
          document.querySelector<HTMLElement>('.react-flow__node')?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-2 focus:py-1 focus:text-sm focus:shadow dark:focus:bg-zinc-900"
      >
        Skip to the diagram
      </a>
      <TopBar graph={data} view={view} onChange={setView} live={data?.source.kind === 'live' && live ? stream : null} metrics={{ layer, error: metrics.isError && live ? metrics.error.message : null }} search={search.data} />
      {frozen && <SnapshotBanner snapshot={frozen} diff={snapshotView.data?.diff} onSelect={(node) => setView({ node })} onLeave={() => setView({ snapshot: null })} />}
      {data?.source.kind === 'demo' && live && <DemoBanner />}
      {data?.sync && <SyncProgress sync={data.sync} />}
      {data && <Notices notes={data.notes} />}
      {data && <ViewBar graph={data} view={view} onChange={setView} />}
      {data && view.trace && (
        <TraceResultBar
          trace={traceResult}
          error={trace.isError ? trace.error.message : null}
          graph={data}
          onSelect={(node) => setView({ node })}
          onClear={() => setView({ trace: null })}
        />
      )}
      <main className="relative flex min-h-0 flex-1">
        {view.problems && data && (
          <ProblemsPanel
            list={problemList}
            source={{ snapshot: view.snapshot, namespaces: view.namespaces }}
            loading={problems.isFetching}
            metrics={layer}
            selected={view.node}
            onSelect={(node) => setView({ node })}
            onClose={() => setView({ problems: false })}
          />
        )}
        {live && graph.isError && !data && graph.error instanceof ApiError && graph.error.wantsToken ? (
          <SignIn reason={graph.error.message} onSignedIn={() => void queryClient.resetQueries()} />
        ) : live && graph.isError && !data ? (
          <ErrorState message={graph.error.message} onRetry={() => graph.refetch()} />
        ) : data && data.nodes.length + (data.groups?.length ?? 0) <= 1 ? (
          <EmptyState filtered={view.namespaces.length > 0 || view.problemsOnly} />
        ) : data ? (
          <>
            <div className="relative flex min-w-0 flex-1">
              <GraphCanvas graph={data} metrics={layer} selected={view.node} search={view.search} matches={matches} traced={traced} onSelect={(node) => setView({ node })} onOpen={onOpen} bundleHref={bundleHref(view)} />
              <Legend />
            </div>
            {selected && <SidePanel graph={data} metrics={layer} range={view.range} node={selected} focused={view.focus === selected.id} onSelect={(node) => setView({ node })} onFocus={(focus) => setView({ focus })} onClose={() => setView({ node: null })} />}
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
