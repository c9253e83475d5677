'use client';

import { Background, Controls, MarkerType, Panel, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { downstreamOf, upstreamOf } from '../../lib/graph/paths';
import { CLIENT_ID } from '../../lib/graph/ids';
import type { Graph, GraphEdge, GraphNode, GroupNode } from '../../lib/graph/types';
import { formatRed } from '../../lib/metrics/format';
import type { MetricsLayer, RedMetrics } from '../../lib/metrics/types';
import { columnOfCard, viewOrder } from '../../lib/view/fold';
import { HEALTH_COLOR, TRACE_COLOR } from '../health';
import { ExportMenu } from './export-menu';
import { GroupCard, type GroupFlowNode } from './group-card';
import { HopEdge, type HopFlowEdge } from './hop-edge';
import { HopNode, type HopFlowNode } from './hop-node';
import { searchText } from './node-facts';
import { NODE_HEIGHT, NODE_WIDTH, useLayout } from './use-layout';

// Not 'group': React Flow styles its own group nodes.
const NODE_TYPES = { hop: HopNode, folded: GroupCard };
const EDGE_TYPES = { hop: HopEdge };
/** Below this zoom card text is unreadable: start at the top left instead of shrinking further. */
const READABLE_ZOOM = 0.6;
/** Above this many cards, only those on screen are rendered. */
const RENDER_VISIBLE_ABOVE = 300;

/** The path a trace highlights: its hops and edges. */
export interface TracedPath {
  nodes: string[];
  edges: string[];
  /** The hop where the request stops, null when pods serve it. */
  stoppedAt: string | null;
}

type Card = GraphNode | GroupNode;

/** Hops and group cards in one order: by column, drawn hops before cards of folded ones (broken paths first), the least healthy first. */
function cardsOf(graph: Graph): Card[] {
  return [...graph.nodes, ...(graph.groups ?? [])].sort(
    (a, b) => columnOfCard(a) - columnOfCard(b) || Number(a.kind === 'group') - Number(b.kind === 'group') || viewOrder({ ...a, column: 0 }, { ...b, column: 0 }),
  );
}

/** The hops a selection, a trace or a search puts in focus; null means everything is in focus. */
function focusOf(graph: Graph, selected: string | null, search: string, matches: ReadonlySet<string>, traced: Set<string> | null): Set<string> | null {
  if (selected && graph.nodes.some((n) => n.id === selected)) return new Set([selected, ...upstreamOf(graph, selected), ...downstreamOf(graph, selected)]);
  if (traced) return traced;
  const term = search.trim().toLowerCase();
  if (!term) return null;
  return new Set(graph.nodes.filter((n) => matches.has(n.id) || searchText(n).includes(term)).map((n) => n.id));
}


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
  /** Hops the server's search matched (drawn or not). */
  matches: ReadonlySet<string>;
  traced: TracedPath | null;
  onSelect: (id: string | null) => void;
  /** A group card's button: open it in place, or go to its namespace. */
  onOpen: (group: GroupNode) => void;
  /** Where the JSON bundle of this view downloads from. */
  bundleHref: string;
}

function Canvas({ graph, metrics, selected, search, matches, traced, onSelect, onOpen, bundleHref }: CanvasProps) {
  const cards = useMemo(() => cardsOf(graph), [graph]);
  const layoutGraph = useMemo(() => ({ nodes: cards, edges: graph.edges }), [cards, graph.edges]);
  const { positions, settled } = useLayout(layoutGraph, columnOfCard);
  const { fitView, getZoom, setCenter, setViewport, zoomIn, zoomOut } = useReactFlow();
  const [hovered, setHovered] = useState<string | null>(null);
  // An export draws every card, not only those on screen, until it is done.
  const [exporting, setExporting] = useState(false);
  const drawAll = useCallback(async () => {
    setExporting(true);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return () => setExporting(false);
  }, []);
  const tracedView = useMemo(() => (traced ? { nodes: new Set(traced.nodes), edges: new Set(traced.edges) } : null), [traced]);
  const focus = useMemo(() => focusOf(graph, selected, search, matches, tracedView?.nodes ?? null), [graph, selected, search, matches, tracedView]);

  const nodes = useMemo<(HopFlowNode | GroupFlowNode)[]>(
    () =>
      cards.map((card) => {
        // Cards have a fixed size: saying so keeps them visible while React Flow re-measures them.
        const common = { id: card.id, position: positions[card.id] ?? { x: 0, y: 0 }, width: NODE_WIDTH, height: NODE_HEIGHT, draggable: false, connectable: false };
        const dimmed = focus !== null && !focus.has(card.id);
        return card.kind === 'group' ? { ...common, type: 'folded' as const, data: { group: card, dimmed, onOpen } } : { ...common, type: 'hop' as const, data: { hop: card, dimmed, selected: card.id === selected, stopped: card.id === traced?.stoppedAt } };
      }),
    [cards, positions, focus, selected, onOpen, traced],
  );

  const edges = useMemo<HopFlowEdge[]>(() => {
    const labelsInto = new Map<string, number>();
    return graph.edges.map((edge) => {
      const inFocus = focus !== null && focus.has(edge.source) && focus.has(edge.target);
      const blocked = edge.policy !== undefined && edge.policy.verdict !== 'allowed';
      const showLabel = blocked || (selected !== null && inFocus) || hovered === edge.id;
      const onTrace = tracedView?.edges.has(edge.id) ?? false;
      const style = edgeStyle(edge, inFocus, focus !== null && !inFocus, onTrace);
      const text = showLabel && edge.label ? edgeLabel(edge, metrics?.edges[edge.id]) : undefined;
      const before = text ? (labelsInto.get(edge.target) ?? 0) : 0;
      if (text) labelsInto.set(edge.target, before + 1);
      return {
        id: edge.id,
        type: 'hop' as const,
        source: edge.source,
        target: edge.target,
        className: [edge.policy ? `policy-${edge.policy.verdict}` : '', onTrace ? 'traced' : ''].join(' ').trim() || undefined,
        style,
        markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: style.stroke },
        data: { text, below: before % 2 === 1, opacity: style.opacity },
      };
    });
  }, [graph.edges, focus, selected, hovered, tracedView, metrics]);

  // Frame the path in focus (the selection's, or the search's matches); else the whole graph, no
  // smaller than readable: a tall cluster is panned, not shrunk to dots.
  const ready = cards.length > 0;
  // The Client sits at the top of the first column and starts every path: framing it would stretch
  // a path near the bottom over the whole height, so a focused path is framed without it.
  const framed = focus ? [...focus].filter((id) => id !== CLIENT_ID).sort().join('|') : '';
  useEffect(() => {
    if (!ready) return;
    const nodes = framed ? framed.split('|').map((id) => ({ id })) : undefined;
    requestAnimationFrame(async () => {
      await fitView({ nodes, padding: 0.12, maxZoom: 1 });
      if (getZoom() >= READABLE_ZOOM) return;
      // Too wide to read whole: the selected card in the middle, its neighbours either side.
      const anchor = nodes && positions?.[selected && nodes.some((n) => n.id === selected) ? selected : nodes[0]!.id];
      if (anchor) await setCenter(anchor.x + NODE_WIDTH / 2, anchor.y + NODE_HEIGHT / 2, { zoom: READABLE_ZOOM });
      else await setViewport({ x: 24, y: 24, zoom: READABLE_ZOOM });
    });
  }, [ready, fitView, getZoom, setViewport, setCenter, framed, positions, cards.length, selected]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
      if (event.key === '+' || event.key === '=') void zoomIn();
      else if (event.key === '-') void zoomOut();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [zoomIn, zoomOut]);

  // React Flow makes cards focusable; Enter or Space on one opens it, as a click does.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const card = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
    if (!card || card !== event.target) return;
    event.preventDefault();
    const id = card.dataset.id!;
    const group = graph.groups?.find((g) => g.id === id);
    if (group) onOpen(group);
    else onSelect(id);
  };

  return (
    <div className="relative min-w-0 flex-1" onKeyDown={onKeyDown} data-testid="canvas" data-layout={settled ? 'done' : 'pending'} data-cards={cards.length}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodeClick={(_, node) => (node.type === 'folded' ? undefined : onSelect(node.id))}
        onPaneClick={() => onSelect(null)}
        onEdgeMouseEnter={(_, edge) => setHovered(edge.id)}
        onEdgeMouseLeave={() => setHovered(null)}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        minZoom={0.1}
        onlyRenderVisibleElements={cards.length > RENDER_VISIBLE_ABOVE && !exporting}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
        <Panel position="top-right">
          <ExportMenu source={graph.source.name} bundleHref={bundleHref} drawAll={drawAll} />
        </Panel>
      </ReactFlow>
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
