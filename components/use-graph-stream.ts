'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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
    source.addEventListener('graph', (event) => {
      const graph = JSON.parse((event as MessageEvent<string>).data) as Graph;
      client.setQueryData(['graph', key ? key.split(',') : []], graph);
      setStatus({ state: 'live', lastUpdate: new Date() });
    });
    return () => source.close();
  }, [client, key, enabled]);

  return status;
}
