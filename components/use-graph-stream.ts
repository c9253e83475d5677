'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applyPatch, type GraphPatch } from '../lib/graph/patch';
import type { Graph } from '../lib/graph/types';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export interface StreamStatus {
  state: StreamState;
  lastUpdate: Date | null;
}

/**
 * Keeps the graph query fresh from GET /api/stream (Server-Sent Events). EventSource reconnects by
 * itself and sends Last-Event-ID, so a reconnect resumes from the last version it saw.
 */
export function useGraphStream(namespaces: string[], enabled: boolean): StreamStatus {
  const client = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>({ state: 'connecting', lastUpdate: null });
  const key = [...namespaces].sort().join(',');

  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource(`/api/stream${key ? `?namespaces=${encodeURIComponent(key)}` : ''}`);
    source.onopen = () => setStatus((s) => ({ ...s, state: 'live' }));
    source.onerror = () => setStatus((s) => ({ ...s, state: 'reconnecting' }));
    const queryKey = ['graph', key ? key.split(',') : []];
    source.addEventListener('graph', (event) => {
      client.setQueryData(queryKey, JSON.parse((event as MessageEvent<string>).data) as Graph);
      setStatus({ state: 'live', lastUpdate: new Date() });
    });
    source.addEventListener('patch', (event) => {
      const current = client.getQueryData<Graph>(queryKey);
      if (current) client.setQueryData(queryKey, applyPatch(current, JSON.parse((event as MessageEvent<string>).data) as GraphPatch));
      else void client.invalidateQueries({ queryKey });
      setStatus({ state: 'live', lastUpdate: new Date() });
    });
    return () => source.close();
  }, [client, key, enabled]);

  return status;
}
