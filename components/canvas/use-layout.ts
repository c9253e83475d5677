'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { COLUMN_GAP, columnLayout } from '../../lib/layout/columns';
import { ELK_LIMIT, type LayoutRequest, type LayoutResult } from './layout-types';

export const NODE_WIDTH = 236;
export const NODE_HEIGHT = 66;

/** What the layout needs of a view: hops (with a kind, for their column) and links, in a meaningful order. */
export interface LayoutGraph<N extends { id: string; kind: string } = { id: string; kind: string }> {
  nodes: readonly N[];
  edges: readonly { id: string; source: string; target: string }[];
}

export type Positions = LayoutResult['positions'];

/** The topology alone (ids of hops and links): health changes keep the key, so nodes never move. */
export function topologyKey(graph: LayoutGraph): string {
  return `${graph.nodes.map((n) => n.id).join('|')}#${graph.edges.map((e) => e.id).join('|')}`;
}

/**
 * Positions for the view, cached by topology (and columns), never missing: the column layout at once
 * (computed here, it takes milliseconds), replaced by ELK's from a Web Worker for views of at most
 * ELK_LIMIT hops once it answers (`settled` then). Pass a stable `columnOf`: the column of a card.
 */
export function useLayout<N extends { id: string; kind: string }>(graph: LayoutGraph<N>, columnOf: (node: N) => number): { positions: Positions; settled: boolean } {
  const topology = useMemo(() => topologyKey(graph), [graph]);
  const columns = useMemo(() => graph.nodes.map((n) => columnOf(n)), [graph, columnOf]);
  const columnsKey = useMemo(() => columns.join(','), [columns]);
  const key = useMemo(() => `${topology}@${columnsKey}`, [topology, columnsKey]);

  const cache = useRef(new Map<string, Positions>());
  const requested = useRef(new Set<string>());
  const worker = useRef<Worker | null>(null);
  const [, setVersion] = useState(0);

  useEffect(() => {
    const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<LayoutResult>) => {
      if (event.data.error) console.error('layout failed:', event.data.error);
      cache.current.set(event.data.key, event.data.positions);
      setVersion((v) => v + 1);
    };
    worker.current = w;
    const pending = requested.current;
    return () => {
      w.terminate();
      worker.current = null;
      // What the terminated worker never answered is asked again of the next one (Strict Mode remounts).
      pending.clear();
    };
  }, []);

  const cached = cache.current.get(key);
  // Only while ELK's positions are missing. Deliberately keyed on the key alone (graph and columns
  // follow it): a health change gives a new graph with the same key, and must not redo the layout.
  const columnPositions = useMemo(
    () =>
      cache.current.has(key)
        ? null
        : columnLayout(
            graph.nodes.map((n, i) => ({ id: n.id, column: columns[i] ?? 0 })),
            graph.edges,
            { width: NODE_WIDTH, height: NODE_HEIGHT, ...COLUMN_GAP },
          ),
    [key, cached],
  );

  // ELK refines small views only; each key is asked once.
  useEffect(() => {
    if (graph.nodes.length > ELK_LIMIT || cache.current.has(key) || requested.current.has(key) || !worker.current) return;
    requested.current.add(key);
    const request: LayoutRequest = {
      key,
      nodes: graph.nodes.map((n, i) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT, column: columns[i] ?? 0 })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    };
    worker.current.postMessage(request);
  }, [key, graph, columns]);

  return { positions: cached ?? columnPositions ?? {}, settled: cached !== undefined || graph.nodes.length > ELK_LIMIT };
}
