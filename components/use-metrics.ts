'use client';

import { useQuery } from '@tanstack/react-query';
import type { MetricsLayer } from '../lib/metrics/types';
import { readJson } from './api-error';

async function fetchMetrics(namespaces: string[], range: string): Promise<MetricsLayer> {
  const params = new URLSearchParams({ range });
  if (namespaces.length) params.set('namespaces', namespaces.join(','));
  return readJson<MetricsLayer>(await fetch(`/api/metrics?${params}`));
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
