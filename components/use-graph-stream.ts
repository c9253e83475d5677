'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applyPatch, type GraphPatch } from '../lib/graph/patch';
import type { Graph } from '../lib/graph/types';
import { graphQueryKey } from './use-graph';
import { pageViewQuery, type PageViewRequest } from './view-request';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export interface StreamStatus {
  state: StreamState;
  lastUpdate: Date | null;
}

/**
 * Keeps the graph query fresh from GET /api/stream (Server-Sent Events) for the same view. EventSource
 * reconnects by itself and sends Last-Event-ID, so a reconnect resumes from the last version it saw.
 * Every change also marks the Problems list and the trace stale.
 */
export function useGraphStream(request: PageViewRequest, enabled: boolean): StreamStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>({ state: 'connecting', lastUpdate: null });
  const query = pageViewQuery(request);

  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(`/api/stream${query}`);
    source.onopen = () => setStatus((s) => ({ ...s, state: 'live' }));
    source.onerror = () => setStatus((s) => ({ ...s, state: 'reconnecting' }));
    const queryKey = graphQueryKey(query);
    const stale = () => {
      void client.invalidateQueries({ queryKey: ['problems'] });
      void client.invalidateQueries({ queryKey: ['trace'] });
    };
    source.addEventListener('graph', (event) => {
      client.setQueryData(queryKey, JSON.parse((event as MessageEvent<string>).data) as Graph);
      stale();
      setStatus({ state: 'live', lastUpdate: new Date() });
    });
    source.addEventListener('patch', (event) => {
      const current = client.getQueryData<Graph>(queryKey);
      if (current) client.setQueryData(queryKey, applyPatch(current, JSON.parse((event as MessageEvent<string>).data) as GraphPatch));
      else void client.invalidateQueries({ queryKey });
      stale();
      setStatus({ state: 'live', lastUpdate: new Date() });
    });
    return () => source.close();
  }, [client, query, enabled]);

  return status;
}
