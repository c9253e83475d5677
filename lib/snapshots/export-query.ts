import { z } from 'zod';
import { traceRequestSchema } from '../trace/request';
import { describeQueryError, HOP_ID, namespaceListSchema } from '../url/graph-query';
import { rangeSchema } from '../url/metrics-query';
import { HEADER_LINE } from '../url/view-state';
import { freezeRequestSchema } from './input';
import type { SnapshotView } from './types';

const schema = z.strictObject({
  title: freezeRequestSchema.shape.title.optional(),
  namespaces: namespaceListSchema.optional(),
  node: z.string().max(300).regex(HOP_ID, 'not a hop id').optional(),
  url: traceRequestSchema.shape.url.optional(),
  method: traceRequestSchema.shape.method,
  header: z.array(z.string().regex(HEADER_LINE, 'not "Name: value"')).max(20, 'at most 20 headers').default([]),
  range: rangeSchema.default('5m'),
});

export interface ExportQuery {
  title: string | null;
  /** As /api/graph takes them; the route keeps those the viewer may list. */
  namespaces: string[] | undefined;
  view: Omit<SnapshotView, 'namespaces'>;
}

/**
 * Query of GET /api/export: `?namespaces=a,b` as /api/graph, the selected hop `node=<hop id>`, the
 * traced request as /api/trace (`url`, `method`, `header` repeated), the metrics window `range`, and
 * an optional `title`.
 */
export function parseExportQuery(params: URLSearchParams): { ok: true; query: ExportQuery } | { ok: false; error: string } {
  const input = Object.fromEntries([...new Set(params.keys())].map((key) => [key, key === 'header' ? params.getAll(key) : params.get(key)]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeQueryError(parsed.error) };
  const q = parsed.data;
  return {
    ok: true,
    query: { title: q.title ?? null, namespaces: q.namespaces, view: { node: q.node ?? null, trace: q.url?.toString() ?? null, method: q.method, headers: q.header, range: q.range } },
  };
}

/** The query of GET /api/export for a view (the page's view state has these fields too), defaults left out. */
export function exportQueryOf(view: SnapshotView): string {
  const params = new URLSearchParams();
  if (view.namespaces.length) params.set('namespaces', [...view.namespaces].sort().join(','));
  if (view.node) params.set('node', view.node);
  if (view.trace) {
    params.set('url', view.trace);
    if (view.method !== 'GET') params.set('method', view.method);
    for (const h of view.headers) params.append('header', h);
  }
  if (view.range !== '5m') params.set('range', view.range);
  const query = params.toString();
  return query ? `?${query}` : '';
}
