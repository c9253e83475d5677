'use client';

import { useQuery } from '@tanstack/react-query';
import type { TraceResult } from '../lib/trace/trace';
import { readJson } from './api-error';

async function fetchTrace(url: string, method: string, headers: string[], namespaces: string[]): Promise<TraceResult> {
  const params = new URLSearchParams({ url, method });
  for (const h of headers) params.append('header', h);
  if (namespaces.length) params.set('namespaces', namespaces.join(','));
  return readJson<TraceResult>(await fetch(`/api/trace?${params}`));
}

/** The traced path for the URL in the view; the stream marks it stale when the cluster changes. */
export function useTrace(url: string | null, method: string, headers: string[], namespaces: string[]) {
  return useQuery({
    queryKey: ['trace', url, method, headers, [...namespaces].sort()],
    queryFn: () => fetchTrace(url!, method, headers, namespaces),
    enabled: url !== null,
    placeholderData: (previous) => previous,
    retry: false,
  });
}
