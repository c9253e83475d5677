'use client';

import { useQuery } from '@tanstack/react-query';
import type { Snapshot } from '../lib/snapshots/types';
import { readJson } from './api-error';

async function fetchSnapshot(id: string): Promise<Snapshot> {
  return readJson<Snapshot>(await fetch(`/api/snapshots/${encodeURIComponent(id)}`));
}

/** A frozen view: it never changes, so it is fetched once. */
export function useSnapshot(id: string | null) {
  return useQuery({ queryKey: ['snapshot', id], queryFn: () => fetchSnapshot(id!), enabled: id !== null, staleTime: Infinity, retry: false });
}
