import { exportQueryOf } from '../lib/snapshots/export-query';
import type { ViewState } from '../lib/url/view-state';
import { viewRequestQuery, type ViewRequest } from '../lib/view/request';

export type PageViewRequest = Omit<ViewRequest, 'namespaces'> & { namespaces: string[] };

/** At most this many hops are kept drawn for a trace: the API takes 64 ids, the selection among them. */
const TRACE_KEPT = 60;

/** The view the page asks the server for: the URL's view, and the selected hop and traced path kept drawn. */
export function pageViewRequest(view: ViewState, traced: readonly string[]): PageViewRequest {
  const keep = [...new Set([...(view.node ? [view.node] : []), ...traced.filter((id) => !id.includes('->')).slice(0, TRACE_KEPT)])];
  return { namespaces: view.namespaces, focus: view.focus, open: view.open, keep, problemsOnly: view.problemsOnly };
}

export const pageViewQuery = (request: PageViewRequest) => viewRequestQuery(request);

/** The JSON bundle of what the page shows: a snapshot's own file, or the live view's. */
export function bundleHref(view: ViewState): string {
  return view.snapshot ? `/api/snapshots/${encodeURIComponent(view.snapshot)}/export` : `/api/export${exportQueryOf(view)}`;
}
