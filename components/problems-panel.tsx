'use client';

import { useMemo } from 'react';
import { hopTitle } from '../lib/graph/hop-kinds';
import type { Problem } from '../lib/graph/types';
import type { MetricsLayer } from '../lib/metrics/types';
import { HealthIcon } from './health';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Requests per second into a problem's Service, when Prometheus knows them. */
const rateOf = (problem: Problem, metrics: MetricsLayer | undefined) => problem.edges.reduce((sum, id) => sum + (metrics?.edges[id]?.rate ?? 0), 0);

const hopName = (id: string) => (id.startsWith('client#') ? 'Cluster-wide' : hopTitle(id));

function impact(problem: Problem, rate: number): string {
  const parts: string[] = [];
  if (problem.paths) parts.push(`breaks ${fmt(problem.paths)} path${problem.paths === 1 ? '' : 's'}${problem.hosts.length ? ` on ${problem.hosts.join(', ')}` : ''}`);
  if (rate > 0) parts.push(`${rate < 10 ? rate.toFixed(1) : fmt(Math.round(rate))} req/s`);
  parts.push(`${fmt(problem.findings)} finding${problem.findings === 1 ? '' : 's'} on ${fmt(problem.hops)} hop${problem.hops === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

/**
 * The Problems list: root causes, most harmful first (critical, then what breaks most paths, then
 * the most traffic when Prometheus has it). A click selects the problem's hop, which the view then
 * draws with its path.
 */
export function ProblemsPanel({ problems, loading, metrics, selected, onSelect, onClose }: { problems: Problem[] | undefined; loading: boolean; metrics: MetricsLayer | undefined; selected: string | null; onSelect: (hop: string) => void; onClose: () => void }) {
  const ranked = useMemo(() => {
    const list = (problems ?? []).map((problem, order) => ({ problem, order, rate: rateOf(problem, metrics) }));
    return list.sort((a, b) => Number(a.problem.severity === 'warning') - Number(b.problem.severity === 'warning') || b.rate - a.rate || a.order - b.order);
  }, [problems, metrics]);
  return (
    <aside aria-label="Problems" data-testid="problems" className="flex w-[22rem] shrink-0 flex-col border-r border-zinc-200 dark:border-zinc-800">
      <header className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
        <h2 className="font-semibold">Problems</h2>
        <span className="text-zinc-500 tabular-nums">{problems ? fmt(problems.length) : ''}</span>
        <button type="button" onClick={onClose} className="ml-auto rounded px-1.5 text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Close the Problems list">
          ✕
        </button>
      </header>
      {loading && !problems ? (
        <p className="p-3 text-xs text-zinc-500">Looking for problems…</p>
      ) : ranked.length === 0 ? (
        <p className="p-3 text-xs text-zinc-500">No problems: every request path in view is healthy.</p>
      ) : (
        <ol className="min-h-0 flex-1 overflow-y-auto">
          {ranked.map(({ problem, rate }) => (
            <li key={problem.id}>
              <button
                type="button"
                data-testid={`problem-${problem.id}`}
                aria-current={selected === problem.hop ? 'true' : undefined}
                onClick={() => onSelect(problem.hop)}
                className="flex w-full gap-2 border-b border-zinc-100 px-3 py-2 text-left hover:bg-zinc-50 aria-[current=true]:bg-zinc-100 dark:border-zinc-900 dark:hover:bg-zinc-900 dark:aria-[current=true]:bg-zinc-800"
              >
                <HealthIcon health={problem.severity} size={14} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-xs font-semibold">{hopName(problem.id)}</span>
                  <span className="block font-mono text-[10px] text-zinc-500">{problem.cause.id}</span>
                  <span className="line-clamp-2 text-xs text-zinc-700 dark:text-zinc-300">{problem.cause.message}</span>
                  <span className="block text-[10px] text-zinc-500">{impact(problem, rate)}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
