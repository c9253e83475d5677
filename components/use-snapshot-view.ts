'use client';

import { useQuery } from '@tanstack/react-query';
import type { Graph, ProblemList } from '../lib/graph/types';
import type { SnapshotDiff } from '../lib/snapshots/diff';
import { readJson } from './api-error';
import { pageViewQuery, type PageViewRequest } from './view-request';

export interface SnapshotViewData {
  graph: Graph;
  problems: ProblemList;
  diff: SnapshotDiff;
}

/** A snapshot's frozen graph cut to the page's view, its Problems list, and what changed since, against the cluster now. */
export function useSnapshotView(id: string | null, request: PageViewRequest) {
  const query = pageViewQuery({ ...request, namespaces: [] });
  return useQuery({
    queryKey: ['snapshot-view', id, query],
    queryFn: async () => readJson<SnapshotViewData>(await fetch(`/api/snapshots/${encodeURIComponent(id!)}/view${query}`)),
    enabled: id !== null,
    placeholderData: (previous) => previous,
    retry: false,
  });
}
