import { toTraceRequest, traceRequestSchema, type TraceRequest } from '../trace/request';
import type { SnapshotView } from './types';

/** The request a frozen view traced (its URL, method and `Name: value` headers), if any and valid. */
export function traceOfView(view: SnapshotView): TraceRequest | null {
  if (!view.trace) return null;
  const headers = Object.fromEntries(view.headers.map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]));
  const parsed = traceRequestSchema.safeParse({ url: view.trace, method: view.method, headers });
  return parsed.success ? toTraceRequest(parsed.data) : null;
}
