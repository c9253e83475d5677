import { z } from 'zod';
import { traceRequestSchema } from '../trace/request';
import { describeQueryError, namespaceListSchema } from './graph-query';

const ALLOWED = new Set(['url', 'method', 'namespaces', 'header']);

const schema = traceRequestSchema.extend({ namespaces: namespaceListSchema.optional() });

export type TraceQuery = z.output<typeof schema>;

/**
 * Query of GET /api/trace: `?url=...&method=POST&header=Version:%20two&namespaces=a,b`.
 * `header` may repeat; each is `Name: value`.
 */
export function parseTraceQuery(params: URLSearchParams): { ok: true; query: TraceQuery } | { ok: false; error: string } {
  const unknown = [...new Set(params.keys())].filter((k) => !ALLOWED.has(k));
  if (unknown.length) return { ok: false, error: `unknown parameter ${unknown.map((k) => `"${k}"`).join(', ')}` };
  const headers: Record<string, string> = {};
  for (const raw of params.getAll('header')) {
    const colon = raw.indexOf(':');
    if (colon <= 0) return { ok: false, error: `header: "${raw.slice(0, 80)}" is not "Name: value"` };
    headers[raw.slice(0, colon).trim()] = raw.slice(colon + 1).trim();
  }
  const parsed = schema.safeParse({ url: params.get('url') ?? '', method: params.get('method') ?? undefined, namespaces: params.get('namespaces') ?? undefined, headers });
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, error: describeQueryError(parsed.error) };
}
