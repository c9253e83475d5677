'use client';

import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { hopTitle } from '../lib/graph/hop-kinds';
import type { Problem, ProblemGroup, ProblemList } from '../lib/graph/types';
import type { MetricsLayer } from '../lib/metrics/types';
import { HealthIcon } from './health';
import { useProblemGroup, type ProblemsSource } from './use-problems';

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string) => `${fmt(n)} ${one}${n === 1 ? '' : 's'}`;

/** Requests per second into a problem's Service, when Prometheus knows them. */
const rateOf = (problem: Problem, metrics: MetricsLayer | undefined) => problem.edges.reduce((sum, id) => sum + (metrics?.edges[id]?.rate ?? 0), 0);

const hopName = (id: string) => (id.startsWith('client#') ? 'Cluster-wide' : hopTitle(id));

function impact(problem: Problem, rate: number): string {
  const parts: string[] = [];
  if (problem.paths) parts.push(`breaks ${plural(problem.paths, 'path')}${problem.hosts.length ? ` on ${problem.hosts.join(', ')}` : ''}`);
  if (rate > 0) parts.push(`${rate < 10 ? rate.toFixed(1) : fmt(Math.round(rate))} req/s`);
  parts.push(`${plural(problem.findings, 'finding')} on ${plural(problem.hops, 'hop')}`);
  return parts.join(' · ');
}

interface RowProps {
  selected: string | null;
  metrics: MetricsLayer | undefined;
  onSelect: (hop: string) => void;
}

function ProblemRow({ problem, selected, metrics, onSelect }: RowProps & { problem: Problem }) {
  return (
    <li>
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
          <span className="block font-mono text-[10px] text-zinc-600 dark:text-zinc-400">{problem.cause.id}</span>
          <span className="line-clamp-2 text-xs text-zinc-700 dark:text-zinc-300">{problem.cause.message}</span>
          <span className="block text-[10px] text-zinc-600 dark:text-zinc-400">{impact(problem, rateOf(problem, metrics))}</span>
        </span>
      </button>
    </li>
  );
}

/** Many problems with one cause: one row that opens to list them. */
function GroupRow({ group, source, ...row }: RowProps & { group: ProblemGroup; source: ProblemsSource }) {
  const [open, setOpen] = useState(false);
  const members = useProblemGroup(source, group, open);
  return (
    <li>
      <button
        type="button"
        data-testid={`problem-group-${group.cause}`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full gap-2 border-b border-zinc-100 px-3 py-2 text-left hover:bg-zinc-50 dark:border-zinc-900 dark:hover:bg-zinc-900"
      >
        <HealthIcon health={group.severity} size={14} />
        <span className="min-w-0 flex-1">
          <span className="block text-xs font-semibold">
            {group.title}: {fmt(group.count)}
          </span>
          <span className="block font-mono text-[10px] text-zinc-600 dark:text-zinc-400">{group.cause}</span>
          <span className="block text-[10px] text-zinc-600 dark:text-zinc-400">
            {group.paths ? `breaks ${plural(group.paths, 'path')}${group.hosts.length ? ` on ${group.hosts.join(', ')}…` : ''}` : 'one cause, many places'}
          </span>
        </span>
        <span aria-hidden className="text-zinc-600 dark:text-zinc-400">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open && (
        <ol className="border-l-2 border-zinc-200 pl-2 dark:border-zinc-800">
          {members.isPending ? <li className="p-2 text-xs text-zinc-600 dark:text-zinc-400">Loading {fmt(group.count)} problems…</li> : <Members problems={members.data?.problems ?? []} {...row} />}
        </ol>
      )}
    </li>
  );
}

/** Rows made as they scroll into view, a few hundred at a time: a group can hold thousands. */
const MEMBERS_AT_ONCE = 200;

function Members({ problems, ...row }: RowProps & { problems: Problem[] }) {
  const [shown, setShown] = useState(MEMBERS_AT_ONCE);
  const more = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const sentinel = more.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown((n) => n + MEMBERS_AT_ONCE));
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [shown, problems.length]);
  return (
    <>
      {problems.slice(0, shown).map((p) => (
        <ProblemRow key={p.id} problem={p} {...row} />
      ))}
      {shown < problems.length && (
        <li ref={more} className="p-2 text-xs text-zinc-600 dark:text-zinc-400">
          {fmt(problems.length - shown)} more…
        </li>
      )}
    </>
  );
}

type Row = { kind: 'problem'; problem: Problem; rate: number; order: number } | { kind: 'group'; group: ProblemGroup; rate: number; order: number };

const isRisk = (r: Row) => (r.kind === 'problem' ? r.problem.class : r.group.class) !== 'failing-now';

/** The line that starts the list's risks: configuration that fails under some condition, nothing failing yet. */
function RisksHeading() {
  return (
    <li data-testid="problems-risks" className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-[11px] font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
      Risks: not failing now
    </li>
  );
}

/**
 * The Problems list: root causes, most harmful first (failing now before risks, critical, then the
 * most traffic when Prometheus has it, then what breaks most paths); many with one cause are one row. A click
 * selects the problem's hop, which the view then draws with its path.
 */
export function ProblemsPanel({ list, source, loading, metrics, selected, onSelect, onClose }: RowProps & { list: ProblemList | undefined; source: ProblemsSource; loading: boolean; onClose: () => void }) {
  const rows = useMemo(() => {
    const out: Row[] = [
      ...(list?.problems ?? []).map((problem, order) => ({ kind: 'problem' as const, problem, rate: rateOf(problem, metrics), order })),
      ...(list?.groups ?? []).map((group, order) => ({ kind: 'group' as const, group, rate: 0, order: order + (list?.problems.length ?? 0) })),
    ];
    const risk = (r: Row) => Number(isRisk(r));
    const severity = (r: Row) => Number((r.kind === 'problem' ? r.problem.severity : r.group.severity) === 'warning');
    const paths = (r: Row) => (r.kind === 'problem' ? r.problem.paths : r.group.paths);
    return out.sort((a, b) => risk(a) - risk(b) || severity(a) - severity(b) || b.rate - a.rate || paths(b) - paths(a) || a.order - b.order);
  }, [list, metrics]);
  const total = list ? list.problems.length + list.groups.reduce((n, g) => n + g.count, 0) : 0;
  return (
    <aside aria-label="Problems" data-testid="problems" className="flex w-[22rem] shrink-0 flex-col border-r border-zinc-200 bg-white max-sm:absolute max-sm:inset-y-0 max-sm:left-0 max-sm:z-30 max-sm:w-full max-sm:shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
      <header className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
        <h2 className="font-semibold">Problems</h2>
        <span className="text-zinc-500 tabular-nums dark:text-zinc-400">{list ? fmt(total) : ''}</span>
        <button type="button" onClick={onClose} className="ml-auto rounded px-1.5 text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800 dark:text-zinc-400" aria-label="Close the Problems list">
          ✕
        </button>
      </header>
      {loading && !list ? (
        <p className="p-3 text-xs text-zinc-600 dark:text-zinc-400">Looking for problems…</p>
      ) : rows.length === 0 ? (
        <p className="p-3 text-xs text-zinc-600 dark:text-zinc-400">No problems: every request path in view is healthy.</p>
      ) : (
        <ol className="min-h-0 flex-1 overflow-y-auto">
          {rows.map((row, i) => (
            <Fragment key={row.kind === 'problem' ? row.problem.id : `${row.group.severity} ${row.group.cause}`}>
              {isRisk(row) && (i === 0 || !isRisk(rows[i - 1]!)) && <RisksHeading />}
              {row.kind === 'problem' ? (
                <ProblemRow problem={row.problem} selected={selected} metrics={metrics} onSelect={onSelect} />
              ) : (
                <GroupRow group={row.group} source={source} selected={selected} metrics={metrics} onSelect={onSelect} />
              )}
            </Fragment>
          ))}
        </ol>
      )}
    </aside>
  );
}
