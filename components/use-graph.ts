'use client';

import { useQuery } from '@tanstack/react-query';
import type { Graph } from '../lib/graph/types';
import { readJson } from './api-error';

async function fetchGraph(namespaces: string[]): Promise<Graph> {
  const query = namespaces.length ? `?namespaces=${encodeURIComponent(namespaces.join(','))}` : '';
  return readJson<Graph>(await fetch(`/api/graph${query}`));
}

export function useGraph(namespaces: string[]) {
  return useQuery({ queryKey: ['graph', [...namespaces].sort()], queryFn: () => fetchGraph(namespaces), placeholderData: (previous) => previous });
}
