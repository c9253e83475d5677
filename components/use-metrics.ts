'use client';

import { useQuery } from '@tanstack/react-query';
import type { MetricsLayer } from '../lib/metrics/types';

async function fetchMetrics(namespaces: string[], range: string): Promise<MetricsLayer> {
  const params = new URLSearchParams({ range });
  if (namespaces.length) params.set('namespaces', namespaces.join(','));
  const response = await fetch(`/api/metrics?${params}`);
  const body = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as MetricsLayer | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

/** The metrics layer for the namespaces on screen; refreshed every 30 s, which also retries a Prometheus that failed. */
export function useMetrics(namespaces: string[], range: string, enabled: boolean) {
  return useQuery({
    queryKey: ['metrics', [...namespaces].sort(), range],
    queryFn: () => fetchMetrics(namespaces, range),
    enabled,
    refetchInterval: 30_000,
    placeholderData: (previous) => previous,
    retry: false,
  });
}
