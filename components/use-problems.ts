'use client';

import { useQuery } from '@tanstack/react-query';
import type { Problem } from '../lib/graph/types';
import { readJson } from './api-error';

/** The Problems list of the namespaces in view (all without), fetched while it is open; the stream marks it stale on every change. */
export function useProblems(namespaces: string[], enabled: boolean) {
  const key = [...namespaces].sort().join(',');
  return useQuery({
    queryKey: ['problems', key],
    queryFn: async () => readJson<{ problems: Problem[] }>(await fetch(`/api/problems${key ? `?namespaces=${encodeURIComponent(key)}` : ''}`)),
    enabled,
    placeholderData: (previous) => previous,
  });
}
