'use client';

import { useQuery } from '@tanstack/react-query';
import { readJson } from './api-error';

export interface ViewerInfo {
  name: string;
  email: string | null;
  groups: string[];
  role: 'sre' | 'developer';
  mode: 'none' | 'header' | 'token';
}

/** Who the page is for; null until known or when nobody is signed in. */
export function useViewer() {
  return useQuery({ queryKey: ['viewer'], queryFn: async () => readJson<ViewerInfo>(await fetch('/api/session')), retry: false, staleTime: 60_000 });
}
