import type { GraphQuery } from '../url/graph-query';

/** What a view asks for: its namespaces, a hop whose paths to show, groups opened, hops to keep drawn, and whether healthy paths show. */
export interface ViewRequest {
  /** Null: every namespace the viewer may see. */
  namespaces: string[] | null;
  /** A hop id: the path view (that hop, where its requests come from and where they go). */
  focus: string | null;
  /** Group ids the person opened. */
  open: string[];
  /** Hops that never fold (the selected hop, the traced path). */
  keep: string[];
  /** Only the paths with problems, healthy ones left out. */
  problemsOnly: boolean;
}

export const WHOLE_VIEW: ViewRequest = { namespaces: null, focus: null, open: [], keep: [], problemsOnly: false };

export function viewRequestOf(query: GraphQuery, namespaces: string[] | null): ViewRequest {
  return { namespaces, focus: query.focus ?? null, open: query.open ?? [], keep: query.keep ?? [], problemsOnly: query.only === 'problems' };
}

/** The query string of a view request, as the page sends it to `/api/graph` and `/api/stream`. */
export function viewRequestQuery(request: Omit<ViewRequest, 'namespaces'> & { namespaces: readonly string[] }): string {
  const params = new URLSearchParams();
  if (request.namespaces.length) params.set('namespaces', [...request.namespaces].sort().join(','));
  if (request.focus) params.set('focus', request.focus);
  if (request.open.length) params.set('open', [...request.open].sort().join(','));
  if (request.keep.length) params.set('keep', [...request.keep].sort().join(','));
  if (request.problemsOnly) params.set('only', 'problems');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One key per distinct view, for caches. */
export const viewKey = (request: ViewRequest) => JSON.stringify([request.namespaces, request.focus, [...request.open].sort(), [...request.keep].sort(), request.problemsOnly]);
