'use client';

import { useEffect, useMemo, useRef } from 'react';
import { causeChain } from '../../lib/graph/because';
import { panelFindings } from '../../lib/graph/explain';
import type { FindingClass, Graph, GraphNode } from '../../lib/graph/types';
import { HEALTH_LABEL, HealthIcon } from '../health';
import { kindLabel, nodeFacts, nodeTitle } from '../canvas/node-facts';
import { FindingCard } from './finding-card';
import { HopDetails } from './hop-details';
import { MetricsRows } from './metrics-rows';
import type { MetricsLayer } from '../../lib/metrics/types';

function neighbours(graph: Graph, node: GraphNode): { upstream: GraphNode[]; downstream: GraphNode[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((n): n is GraphNode => !!n);
  return {
    upstream: pick(graph.edges.filter((e) => e.target === node.id).map((e) => e.source)),
    downstream: pick(graph.edges.filter((e) => e.source === node.id).map((e) => e.target)),
  };
}

function HopLink({ node, onSelect }: { node: GraphNode; onSelect: (id: string) => void }) {
  return (
    <li>
      <button type="button" onClick={() => onSelect(node.id)} className="flex w-full items-center gap-2 rounded px-1.5 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800">
        <HealthIcon health={node.health} size={12} />
        <span className="text-[11px] text-zinc-500 dark:text-zinc-400">{kindLabel(node)}</span>
        <span className="truncate text-xs">{nodeTitle(node)}</span>
      </button>
    </li>
  );
}

const SECTIONS: readonly { class: FindingClass; heading: string }[] = [
  { class: 'failing-now', heading: 'Failing now' },
  { class: 'risk', heading: 'Risks' },
];

/** Why a Service card carries its endpoints' health, with a way to get there. */
function BackendHealth({ node, downstream, onSelect }: { node: GraphNode; downstream: GraphNode[]; onSelect: (id: string) => void }) {
  if (node.kind !== 'service' || node.backendHealth === 'ok' || node.missing) return null;
  const endpoints = downstream.find((n) => n.kind === 'endpoints');
  if (!endpoints) return null;
  return (
    <div data-testid="backend-health" className="rounded border border-zinc-200 p-2 text-xs dark:border-zinc-800">
      <p className="mb-1 text-zinc-600 dark:text-zinc-400">
        {HEALTH_LABEL[node.backendHealth]} from its endpoints: requests to this Service reach only ready pods.
      </p>
      <ul>
        <HopLink node={endpoints} onSelect={onSelect} />
      </ul>
    </div>
  );
}

export function SidePanel({
  graph,
  metrics,
  range,
  node,
  focused,
  onSelect,
  onFocus,
  onClose,
}: {
  graph: Graph;
  metrics: MetricsLayer | undefined;
  range: string;
  node: GraphNode;
  /** Whether the view shows this hop's paths alone. */
  focused: boolean;
  onSelect: (id: string) => void;
  /** Show this hop's paths alone (the path view), or everything again with null. */
  onFocus: (id: string | null) => void;
  onClose: () => void;
}) {
  const related = useMemo(() => neighbours(graph, node), [graph, node]);
  const findings = useMemo(() => panelFindings(node, related.upstream), [node, related]);
  // In the hop's order: failing now first (root causes before their effects), then risks.
  const sections = useMemo(() => SECTIONS.map((s) => ({ ...s, findings: findings.filter((f) => (f.class === 'failing-now' ? 'failing-now' : 'risk') === s.class) })).filter((s) => s.findings.length), [findings]);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  // Opened from a card (by keyboard or pointer), focus moves into the panel; not when typing elsewhere, e.g. in the search.
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const from = document.activeElement;
    if (!from || from === document.body || from.closest('.react-flow__node')) root.current?.focus({ preventScroll: true });
  }, [node.id]);
  return (
    <aside ref={root} tabIndex={-1} data-testid="side-panel" aria-label={`${kindLabel(node)} ${nodeTitle(node)}`} className="flex w-[420px] shrink-0 flex-col overflow-y-auto border-l border-zinc-200 bg-white focus:outline-none max-sm:absolute max-sm:inset-x-0 max-sm:bottom-0 max-sm:z-30 max-sm:h-3/5 max-sm:w-full max-sm:border-t max-sm:border-l-0 max-sm:shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
      <header className="sticky top-0 flex items-start gap-2 border-b border-zinc-200 bg-white/95 p-4 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
        <HealthIcon health={node.health} size={18} />
        <div className="min-w-0 flex-1">
          <div className="text-[11px] tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            {kindLabel(node)} {node.ref?.namespace && <span className="normal-case">· {node.ref.namespace}</span>}
          </div>
          <h2 className="truncate text-base font-semibold" data-testid="panel-title">
            {nodeTitle(node)}
          </h2>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{nodeFacts(node)}</p>
          {node.kind !== 'client' && (
            <button type="button" data-testid="focus-path" onClick={() => onFocus(focused ? null : node.id)} className="mt-1 text-xs underline decoration-dotted">
              {focused ? 'Show everything again' : 'Show only its paths'}
            </button>
          )}
        </div>
        <button type="button" onClick={onClose} aria-label="Close panel (Esc)" className="rounded px-1.5 text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800 dark:text-zinc-400">
          ✕
        </button>
      </header>
      <section className="space-y-2 p-4">
        <h3 className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">
          {findings.length > 0 ? `${findings.length} finding${findings.length > 1 ? 's' : ''}` : node.notChecked?.length ? 'No findings, but not everything could be checked' : `${HEALTH_LABEL[node.health]}: no findings on this hop`}
        </h3>
        {sections.map((section) => (
          <div key={section.class} data-testid={`findings-${section.class}`} className="space-y-2">
            <h4 className="pt-1 text-[11px] font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{section.heading}</h4>
            {section.findings.map((f, i) => (
              <FindingCard key={`${f.id}-${i}`} finding={f} causes={causeChain(f, (id) => byId.get(id))} here={node.id} onSelect={onSelect} />
            ))}
          </div>
        ))}
        {node.notChecked?.length ? (
          <div data-testid="not-checked" className="space-y-1 rounded border border-dashed border-zinc-300 p-2 text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
            <h4 className="text-[11px] font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Not checked</h4>
            {node.notChecked.map((n) => (
              <p key={n.id}>
                <span className="font-mono">{n.id}</span>: {n.reason}.
              </p>
            ))}
          </div>
        ) : null}
        <BackendHealth node={node} downstream={related.downstream} onSelect={onSelect} />
      </section>
      <MetricsRows graph={graph} node={node} metrics={metrics} range={range} />
      <HopDetails node={node} />
      <section className="border-t border-zinc-200 p-4 dark:border-zinc-800">
        {related.upstream.length > 0 && <h3 className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">Requests come from</h3>}
        <ul className="mt-1">{related.upstream.map((n) => <HopLink key={n.id} node={n} onSelect={onSelect} />)}</ul>
        {related.downstream.length > 0 && <h3 className="mt-3 text-xs font-semibold text-zinc-500 dark:text-zinc-400">Requests go to</h3>}
        <ul className="mt-1">{related.downstream.map((n) => <HopLink key={n.id} node={n} onSelect={onSelect} />)}</ul>
      </section>
    </aside>
  );
}
