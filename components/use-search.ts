'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SearchResult } from '../lib/view/search';
import { readJson } from './api-error';

/** Hops matching the search over the whole scope, drawn or folded: asked 250 ms after typing stops. */
export function useSearch(term: string, namespaces: string[], enabled: boolean) {
  const [settled, setSettled] = useState(term);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(term), 250);
    return () => clearTimeout(timer);
  }, [term]);
  const q = settled.trim();
  const key = [...namespaces].sort().join(',');
  return useQuery({
    queryKey: ['search', q, key],
    queryFn: async () => {
      const params = new URLSearchParams({ q });
      if (key) params.set('namespaces', key);
      return readJson<SearchResult>(await fetch(`/api/search?${params}`));
    },
    enabled: enabled && q.length > 0,
    placeholderData: (previous) => previous,
  });
}
