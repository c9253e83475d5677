'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { CollapsedView } from '../../lib/graph/collapse-pods';
import type { LayoutRequest, LayoutResult } from './layout-types';

export const NODE_WIDTH = 236;
export const NODE_HEIGHT = 66;

const COLUMN: Record<CollapsedView['nodes'][number]['kind'], number> = { client: 0, ingress: 1, httproute: 1, service: 2, endpoints: 3, pod: 4, podgroup: 4 };

/** The topology alone (ids of hops and links): health changes keep the key, so nodes never move. */
export function topologyKey(graph: CollapsedView): string {
  return `${graph.nodes.map((n) => n.id).join('|')}#${graph.edges.map((e) => e.id).join('|')}`;
}

/** Positions from ELK in a Web Worker, cached by topology. Null until the first layout is done. */
export function useLayout(graph: CollapsedView): LayoutResult['positions'] | null {
  const key = useMemo(() => topologyKey(graph), [graph]);
  const cache = useRef(new Map<string, LayoutResult['positions']>());
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
    return () => w.terminate();
  }, []);

  useEffect(() => {
    if (cache.current.has(key) || !worker.current) return;
    const request: LayoutRequest = {
      key,
      nodes: graph.nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT, column: COLUMN[n.kind] })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    };
    worker.current.postMessage(request);
  }, [key, graph]);

  return cache.current.get(key) ?? null;
}
