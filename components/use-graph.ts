'use client';

import { useQuery } from '@tanstack/react-query';
import type { Graph } from '../lib/graph/types';
import { readJson } from './api-error';
import { pageViewQuery, type PageViewRequest } from './view-request';

/** The graph query of a view, by its query string. */
export const graphQueryKey = (query: string) => ['graph', query];

/** The view of the cluster the server cut for this page (folded to what draws well). */
export function useGraph(request: PageViewRequest, enabled = true) {
  return useQuery({
    queryKey: graphQueryKey(pageViewQuery(request)),
    queryFn: async () => readJson<Graph>(await fetch(`/api/graph${pageViewQuery(request)}`)),
    placeholderData: (previous) => previous,
    enabled,
  });
}
