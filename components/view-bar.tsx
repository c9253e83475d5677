'use client';

import { hopTitle } from '../lib/graph/hop-kinds';
import type { Graph } from '../lib/graph/types';
import type { ViewState } from '../lib/url/view-state';

const fmt = (n: number) => n.toLocaleString('en-US');

const LEVEL: Record<NonNullable<Graph['detail']>['level'], string> = {
  all: 'every hop',
  services: 'healthy Services folded by route',
  overview: 'overview: the worst paths, each namespace one card',
};

/**
 * Where the view stands: the level the server chose, what it shows of how much, and the ways back
 * (from a path to its namespace or the whole cluster); "only problems" is switched here.
 */
export function ViewBar({ graph, view, onChange }: { graph: Graph; view: ViewState; onChange: (change: Partial<ViewState>) => void }) {
  const detail = graph.detail;
  if (!detail) return null;
  const folded = (graph.groups ?? []).length;
  return (
    <nav aria-label="View" data-testid="view-bar" className="flex min-h-8 shrink-0 flex-wrap items-center gap-x-2 border-b border-zinc-200 px-4 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <button type="button" className="underline decoration-dotted disabled:no-underline" disabled={!view.focus && !view.namespaces.length} onClick={() => onChange({ focus: null, namespaces: [], open: [], node: null })}>
        Cluster
      </button>
      {view.namespaces.length > 0 && (
        <>
          <span aria-hidden>›</span>
          <button type="button" className="underline decoration-dotted disabled:no-underline" disabled={!view.focus} onClick={() => onChange({ focus: null })}>
            {view.namespaces.join(', ')}
          </button>
        </>
      )}
      {view.focus && (
        <>
          <span aria-hidden>›</span>
          <span data-testid="view-focus">paths of {hopTitle(view.focus)}</span>
        </>
      )}
      <span data-testid="view-level" data-level={detail.level} className="text-zinc-500 dark:text-zinc-400">
        · {LEVEL[detail.level]} · {fmt(detail.shown)} of {fmt(detail.hops)} hops drawn{folded ? `, the rest in ${fmt(folded)} card${folded === 1 ? '' : 's'}` : ''}
        {detail.hidden ? ` · ${fmt(detail.hidden)} healthy hops left out` : ''}
      </span>
      {view.open.length > 0 && (
        <button type="button" data-testid="fold-again" className="underline decoration-dotted" onClick={() => onChange({ open: [] })}>
          Fold {view.open.length === 1 ? 'it' : `these ${view.open.length}`} again
        </button>
      )}
      <label className="ml-auto flex items-center gap-1.5">
        <input type="checkbox" checked={view.problemsOnly} onChange={(event) => onChange({ problemsOnly: event.target.checked })} />
        Only problems
      </label>
    </nav>
  );
}
