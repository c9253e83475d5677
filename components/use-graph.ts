'use client';

import { useQuery } from '@tanstack/react-query';
import type { Graph } from '../lib/graph/types';

async function fetchGraph(namespaces: string[]): Promise<Graph> {
  const query = namespaces.length ? `?namespaces=${encodeURIComponent(namespaces.join(','))}` : '';
  const response = await fetch(`/api/graph${query}`);
  const body = (await response.json().catch(() => ({ error: `HTTP ${response.status}` }))) as Graph | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

export function useGraph(namespaces: string[]) {
  return useQuery({ queryKey: ['graph', [...namespaces].sort()], queryFn: () => fetchGraph(namespaces), placeholderData: (previous) => previous });
}
