'use client';

import type { Graph } from '../lib/graph/types';
import { failingNow } from '../lib/trace/failing-now';
import type { TraceResult } from '../lib/trace/trace';
import { HealthIcon } from './health';

const name = (id: string) => id.split('/').slice(1).join('/');

/** The outcome of a trace, under the top bar: what the client sees, the path, why, and the findings. */
export function TraceResultBar({ trace, error, graph, onSelect, onClear }: { trace: TraceResult | undefined; error: string | null; graph: Graph; onSelect: (id: string) => void; onClear: () => void }) {
  if (error) {
    return (
      <div role="alert" data-testid="trace-result" data-status="error" className="flex items-center gap-2 border-b border-zinc-200 px-4 py-2 text-sm dark:border-zinc-800">
        <HealthIcon health="warning" size={14} />
        <span>Cannot trace: {error}</span>
        <button type="button" className="ml-auto text-xs text-zinc-500 underline dark:text-zinc-400" onClick={onClear}>
          Clear
        </button>
      </div>
    );
  }
  if (!trace) return null;
  const { outcome } = trace;
  // The server's warnings, and what the page's metrics window measures on the path (the trace API reads no metrics).
  // Snapshots frozen before traces said what fails now have no warnings.
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const measured = outcome.ok ? failingNow(trace.nodes.map((id) => byId.get(id)), new Set(trace.edges), null) : [];
  const warnings = [...new Map([...(outcome.warnings ?? []), ...measured].map((w) => [`${w.hop} ${w.id}`, w])).values()];
  const hopWith = (id: string) => trace.nodes.find((n) => graph.nodes.find((g) => g.id === n)?.findings.some((f) => f.id === id));
  return (
    <section data-testid="trace-result" data-status={String(outcome.status)} aria-label="Trace result" className="flex flex-col gap-1 border-b border-zinc-200 px-4 py-2 text-sm dark:border-zinc-800">
      <div className="flex items-center gap-2">
        <HealthIcon health={outcome.ok ? (warnings.length ? 'warning' : 'ok') : 'critical'} size={14} />
        <span className="font-mono font-semibold">{outcome.status === 'timeout' ? 'timeout' : outcome.status}</span>
        <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
          {trace.request.method} {trace.request.url}
          {Object.entries(trace.request.headers).map(([k, v]) => ` ${k}: ${v}`).join(';')}
        </span>
        <span data-testid="trace-summary">
          {outcome.summary}
          {warnings.length > 0 && !outcome.warnings?.length && ` 200 expected, but the path is failing now: ${warnings.map((w) => w.id).join(', ')}.`}
        </span>
        <button type="button" className="ml-auto text-xs text-zinc-500 underline dark:text-zinc-400" onClick={onClear}>
          Clear trace
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {trace.route && (
          <button type="button" className="underline decoration-dotted" onClick={() => onSelect(trace.route!.node)}>
            {trace.via === 'ingress' ? 'Ingress' : 'HTTPRoute'} {name(trace.route.node)}: {trace.route.rule}
          </button>
        )}
        {trace.service && <span>→ Service {name(trace.service.node)} port {trace.service.port}</span>}
        {trace.pods.length > 0 && <span>→ {trace.pods.length} pod{trace.pods.length > 1 ? 's' : ''}</span>}
        {trace.policy && (
          <span data-testid="trace-policy">
            NetworkPolicy {trace.policy.verdict} ({trace.policy.policies.join(', ')})
          </span>
        )}
        {outcome.findings.map((id) => {
          const hop = hopWith(id);
          return (
            <button key={id} type="button" disabled={!hop} className="rounded bg-zinc-100 px-1.5 font-mono dark:bg-zinc-800" onClick={() => hop && onSelect(hop)}>
              {id}
            </button>
          );
        })}
        {warnings.map((w) => (
          <button key={`${w.hop} ${w.id}`} type="button" title={w.message} data-testid="trace-warning" className="rounded bg-zinc-100 px-1.5 font-mono dark:bg-zinc-800" onClick={() => onSelect(w.hop)}>
            ! {w.id}
          </button>
        ))}
      </div>
      {trace.why.length > 0 && (
        <details className="text-xs text-zinc-600 dark:text-zinc-400">
          <summary className="cursor-pointer">Why this rule</summary>
          <ul className="mt-1 list-disc pl-5">
            {trace.why.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
