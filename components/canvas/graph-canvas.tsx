'use client';

import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { collapsePods, type CollapsedView } from '../../lib/graph/collapse-pods';
import { downstreamOf, upstreamOf } from '../../lib/graph/paths';
import { CLIENT_ID } from '../../lib/graph/ids';
import type { Graph, GraphEdge } from '../../lib/graph/types';
import { formatRed } from '../../lib/metrics/format';
import type { MetricsLayer, RedMetrics } from '../../lib/metrics/types';
import { HEALTH_COLOR } from '../health';
import { HopNode, type HopFlowNode } from './hop-node';
import { PodGroupNode, type PodGroupFlowNode } from './pod-group-node';
import { searchText } from './node-facts';
import { NODE_HEIGHT, NODE_WIDTH, useLayout } from './use-layout';

const NODE_TYPES = { hop: HopNode, podgroup: PodGroupNode };
/** Below this zoom card text is unreadable: start at the top left instead of shrinking further. */
const READABLE_ZOOM = 0.6;

/** The path a trace highlights: its hops and edges (pods collapsed into a group count as the group). */
export interface TracedPath {
  nodes: string[];
  edges: string[];
}

function tracedInView(view: CollapsedView, traced: TracedPath | null): { nodes: Set<string>; edges: Set<string> } | null {
  if (!traced) return null;
  const nodes = new Set(traced.nodes);
  const edges = new Set(traced.edges);
  for (const n of view.nodes) {
    if (n.kind === 'podgroup' && n.pods.some((p) => nodes.has(p.id))) {
      nodes.add(n.id);
      edges.add(`${n.endpoints}->${n.id}`);
    }
  }
  return { nodes, edges };
}

/** The hops a selection, a trace or a search puts in focus; null means everything is in focus. */
function focusOf(view: CollapsedView, selected: string | null, search: string, traced: Set<string> | null): Set<string> | null {
  if (selected && view.nodes.some((n) => n.id === selected)) return new Set([selected, ...upstreamOf(view, selected), ...downstreamOf(view, selected)]);
  if (traced) return traced;
  const term = search.trim().toLowerCase();
  if (!term) return null;
  return new Set(view.nodes.filter((n) => n.kind !== 'podgroup' && searchText(n).includes(term)).map((n) => n.id));
}

/** A pod chosen by a link stays visible: its Service's group is expanded. */
function withSelectedPod(graph: Graph, expanded: Set<string>, selected: string | null): Set<string> {
  const edge = selected?.startsWith('pod/') ? graph.edges.find((e) => e.target === selected && e.kind === 'endpoints-pod') : undefined;
  return edge && !expanded.has(edge.source) ? new Set([...expanded, edge.source]) : expanded;
}

/** Okabe–Ito blue: the traced path, distinct from every health colour. */
const TRACE_COLOR = '#0072B2';

function edgeStyle(edge: GraphEdge, inFocus: boolean, dimmed: boolean, traced: boolean) {
  const broken = edge.health === 'critical' || edge.health === 'warning';
  const notServing = edge.endpoint !== undefined && (edge.endpoint === null || !edge.endpoint.ready);
  const color = broken ? HEALTH_COLOR[edge.health] : traced ? TRACE_COLOR : inFocus ? '#52525b' : '#a1a1aa';
  return {
    stroke: color,
    strokeWidth: traced ? 3 : inFocus || broken ? 1.8 : 1.2,
    strokeDasharray: broken || notServing ? '5 4' : undefined,
    opacity: dimmed ? 0.2 : 1,
  };
}

/** The port mapping, the golden signals when Prometheus has them, and the NetworkPolicy verdict naming its policies. */
function edgeLabel(edge: GraphEdge, red: RedMetrics | undefined): string {
  if (red) return `${edge.label} · ${formatRed(red)}`;
  if (!edge.policy) return edge.label;
  const { verdict, policies } = edge.policy;
  const names = `${policies[0] ?? ''}${policies.length > 1 ? ` +${policies.length - 1}` : ''}`;
  if (verdict === 'allowed') return `${edge.label} · allowed by ${names}`;
  return `${verdict === 'blocked' ? 'blocked' : 'partly blocked'} by ${names} · ${edge.label}`;
}

interface CanvasProps {
  graph: Graph;
  metrics?: MetricsLayer;
  selected: string | null;
  search: string;
  traced: TracedPath | null;
  onSelect: (id: string | null) => void;
}

function Canvas({ graph, metrics, selected, search, traced, onSelect }: CanvasProps) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const shown = useMemo(() => withSelectedPod(graph, expanded, selected), [graph, expanded, selected]);
  const view = useMemo(() => collapsePods(graph, shown), [graph, shown]);
  const positions = useLayout(view);
  const { fitView, getZoom, setCenter, setViewport } = useReactFlow();
  const [hovered, setHovered] = useState<string | null>(null);
  const tracedView = useMemo(() => tracedInView(view, traced), [view, traced]);
  const focus = useMemo(() => focusOf(view, selected, search, tracedView?.nodes ?? null), [view, selected, search, tracedView]);
  const healthOf = useMemo(() => new Map(graph.edges.map((e) => [e.id, e])), [graph]);

  const nodes = useMemo<(HopFlowNode | PodGroupFlowNode)[]>(
    () =>
      positions
        ? view.nodes.map((hop) => {
            // Cards have a fixed size: saying so keeps them visible while React Flow re-measures them.
            const common = { id: hop.id, position: positions[hop.id] ?? { x: 0, y: 0 }, width: NODE_WIDTH, height: NODE_HEIGHT, draggable: false, connectable: false };
            const dimmed = focus !== null && !focus.has(hop.id);
            return hop.kind === 'podgroup'
              ? { ...common, type: 'podgroup' as const, data: { group: hop, dimmed, onExpand: () => setExpanded((e) => new Set([...e, hop.endpoints])) } }
              : { ...common, type: 'hop' as const, data: { hop, dimmed, selected: hop.id === selected } };
          })
        : [],
    [view, positions, focus, selected],
  );

  const edges = useMemo<Edge[]>(
    () =>
      view.edges.map((link) => {
        const edge: GraphEdge = healthOf.get(link.id) ?? { ...link, kind: 'endpoints-pod', ports: [], label: '', health: 'ok' };
        const inFocus = focus !== null && focus.has(edge.source) && focus.has(edge.target);
        const blocked = edge.policy !== undefined && edge.policy.verdict !== 'allowed';
        const showLabel = blocked || (selected !== null && inFocus) || hovered === edge.id;
        const onTrace = tracedView?.edges.has(edge.id) ?? false;
        const style = edgeStyle(edge, inFocus, focus !== null && !inFocus, onTrace);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: showLabel ? edgeLabel(edge, metrics?.edges[edge.id]) : undefined,
          className: [edge.policy ? `policy-${edge.policy.verdict}` : '', onTrace ? 'traced' : ''].join(' ').trim() || undefined,
          labelStyle: { fontSize: 11, fontFamily: 'var(--font-mono)' },
          labelBgPadding: [4, 2] as [number, number],
          style,
          markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: style.stroke },
          data: { health: edge.health },
        };
      }),
    [view, healthOf, focus, selected, hovered, tracedView, metrics],
  );

  // Frame the path in focus (the selection's, or the search's matches); else the whole graph, no
  // smaller than readable: a tall cluster is panned, not shrunk to dots.
  const ready = positions !== null;
  // The Client sits at the top of the first column and starts every path: framing it would stretch
  // a path near the bottom over the whole height, so a focused path is framed without it.
  const framed = focus ? [...focus].filter((id) => id !== CLIENT_ID).sort().join('|') : '';
  useEffect(() => {
    if (!ready) return;
    const nodes = framed ? framed.split('|').map((id) => ({ id })) : undefined;
    requestAnimationFrame(async () => {
      await fitView({ nodes, padding: 0.12, maxZoom: 1 });
      if (getZoom() >= READABLE_ZOOM) return;
      const anchor = nodes?.[0] && positions?.[nodes[0].id];
      if (anchor) await setCenter(anchor.x + NODE_WIDTH / 2, anchor.y + NODE_HEIGHT / 2, { zoom: READABLE_ZOOM });
      else await setViewport({ x: 24, y: 24, zoom: READABLE_ZOOM });
    });
  }, [ready, fitView, getZoom, setViewport, setCenter, framed, positions, view.nodes.length]);

  return (
    <div className="relative min-w-0 flex-1" data-testid="canvas" data-layout={ready ? 'done' : 'pending'}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodeClick={(_, node) => (node.type === 'podgroup' ? undefined : onSelect(node.id))}
        onPaneClick={() => onSelect(null)}
        onEdgeMouseEnter={(_, edge) => setHovered(edge.id)}
        onEdgeMouseLeave={() => setHovered(null)}
        nodesDraggable={false}
        nodesConnectable={false}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
      {!ready && <div className="absolute inset-0 flex items-center justify-center text-sm text-zinc-500">Laying out {view.nodes.length} hops…</div>}
    </div>
  );
}

export function GraphCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
