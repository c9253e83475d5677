import { z } from 'zod';
import { GROUP_ID, HOP_ID, namespaceListSchema } from './graph-query';
import { SNAPSHOT_ID } from '../snapshots/id';
import { rangeSchema } from './metrics-query';

/** What defines a view, as it lives in the page URL: `?ns=shop,payments&node=service/shop/catalog&q=cart&trace=...&focus=...&open=...&only=problems&panel=problems`. */
export interface ViewState {
  namespaces: string[];
  node: string | null;
  search: string;
  /** The URL being traced, as typed. */
  trace: string | null;
  /** The traced request's method. */
  method: string;
  /** The traced request's headers, each `Name: value`. */
  headers: string[];
  /** The metrics window, e.g. `5m`. */
  range: string;
  /** A frozen view being looked at. */
  snapshot: string | null;
  /** The hop whose paths alone are shown (the path view). */
  focus: string | null;
  /** Group cards opened. */
  open: string[];
  /** Only the paths with problems. */
  problemsOnly: boolean;
  /** The Problems list is open. */
  problems: boolean;
}

/** `Name: value`, with a token for the name, as HTTP defines header names. */
export const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}:[ \t]*[^\r\n]{0,512}$/;

const schema = z.object({
  ns: namespaceListSchema.catch([]),
  node: z.string().max(512).regex(HOP_ID).nullable().catch(null),
  q: z.string().max(200).catch(''),
  trace: z.string().trim().min(1).max(2048).nullable().catch(null),
  method: z.string().regex(/^[A-Z]{1,16}$/).catch('GET'),
  h: z.array(z.string().regex(HEADER_LINE)).max(20).catch([]),
  range: rangeSchema.catch('5m'),
  snapshot: z.string().regex(SNAPSHOT_ID).nullable().catch(null),
  focus: z.string().max(512).regex(HOP_ID).nullable().catch(null),
  open: z.array(z.string().max(300).regex(GROUP_ID)).max(64).catch([]),
  only: z.literal('problems').nullable().catch(null),
  panel: z.literal('problems').nullable().catch(null),
});

/** Reads the view from URL parameters; anything malformed falls back to the default instead of failing. */
export function parseViewState(params: URLSearchParams): ViewState {
  const parsed = schema.parse({
    ns: params.get('ns') ?? '',
    node: params.get('node'),
    q: params.get('q') ?? '',
    trace: params.get('trace'),
    method: params.get('method') ?? 'GET',
    h: params.getAll('h'),
    range: params.get('range') ?? '5m',
    snapshot: params.get('snapshot'),
    focus: params.get('focus'),
    open: (params.get('open') ?? '').split(',').filter(Boolean),
    only: params.get('only'),
    panel: params.get('panel'),
  });
  return {
    namespaces: parsed.ns,
    node: parsed.node,
    search: parsed.q,
    trace: parsed.trace,
    method: parsed.method,
    headers: parsed.h,
    range: parsed.range,
    snapshot: parsed.snapshot,
    focus: parsed.focus,
    open: parsed.open,
    problemsOnly: parsed.only === 'problems',
    problems: parsed.panel === 'problems',
  };
}

/** The URL query for a view, leaving out what is default so links stay short. */
export function viewStateQuery(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.namespaces.length) params.set('ns', [...view.namespaces].sort().join(','));
  if (view.node) params.set('node', view.node);
  if (view.search) params.set('q', view.search);
  if (view.trace) params.set('trace', view.trace);
  if (view.trace && view.method !== 'GET') params.set('method', view.method);
  if (view.trace) for (const h of view.headers) params.append('h', h);
  if (view.range !== '5m') params.set('range', view.range);
  if (view.snapshot) params.set('snapshot', view.snapshot);
  if (view.focus) params.set('focus', view.focus);
  if (view.open.length) params.set('open', [...view.open].sort().join(','));
  if (view.problemsOnly) params.set('only', 'problems');
  if (view.problems) params.set('panel', 'problems');
  const query = params.toString();
  return query ? `?${query}` : '';
}
