'use client';

import { useQuery } from '@tanstack/react-query';
import type { Snapshot } from '../lib/snapshots/types';

async function fetchSnapshot(id: string): Promise<Snapshot> {
  const response = await fetch(`/api/snapshots/${encodeURIComponent(id)}`);
  const body = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as Snapshot | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

/** A frozen view: it never changes, so it is fetched once. */
export function useSnapshot(id: string | null) {
  return useQuery({ queryKey: ['snapshot', id], queryFn: () => fetchSnapshot(id!), enabled: id !== null, staleTime: Infinity, retry: false });
}
