'use client';

import { useQuery } from '@tanstack/react-query';
import type { ProblemList, Severity } from '../lib/graph/types';
import { readJson } from './api-error';

/** Where a Problems list comes from: the live cluster's namespaces in view, or a snapshot. */
export type ProblemsSource = { snapshot: string | null; namespaces: string[] };

function url(source: ProblemsSource, group?: { cause: string; severity: Severity }): string {
  const params = new URLSearchParams();
  if (!source.snapshot && source.namespaces.length) params.set('namespaces', [...source.namespaces].sort().join(','));
  if (group) {
    params.set('cause', group.cause);
    params.set('severity', group.severity);
  }
  const query = params.size ? `?${params}` : '';
  return source.snapshot ? `/api/snapshots/${encodeURIComponent(source.snapshot)}/problems${query}` : `/api/problems${query}`;
}

/** The live Problems list of the namespaces in view (all without), fetched while it is open; the stream marks it stale on every change. */
export function useProblems(namespaces: string[], enabled: boolean) {
  const source = { snapshot: null, namespaces };
  return useQuery({
    queryKey: ['problems', url(source)],
    queryFn: async () => readJson<ProblemList>(await fetch(url(source))),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** The problems of one group, once it is opened. */
export function useProblemGroup(source: ProblemsSource, group: { cause: string; severity: Severity }, enabled: boolean) {
  return useQuery({
    queryKey: ['problems', url(source, group)],
    queryFn: async () => readJson<ProblemList>(await fetch(url(source, group))),
    enabled,
  });
}
