import { z } from 'zod';

/** What a person pastes: a URL, with an optional method and headers. */
export const traceRequestSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, 'paste a URL, e.g. https://shop.example.com/api/cart')
    .max(2048, 'the URL is longer than 2048 characters')
    .transform((text, ctx) => {
      const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
      try {
        const url = new URL(withScheme);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
        return url;
      } catch {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not an http(s) URL` });
        return z.NEVER;
      }
    }),
  method: z
    .string()
    .regex(/^[A-Za-z]{1,16}$/, 'the method must be a word such as GET or POST')
    .transform((m) => m.toUpperCase())
    .default('GET'),
  headers: z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$/, 'not a valid header name'), z.string().max(4096)).default({}),
});

export type TraceRequestInput = z.input<typeof traceRequestSchema>;

export interface TraceRequest {
  url: string;
  scheme: string;
  /** Host without port, lower case. */
  host: string;
  path: string;
  query: string;
  method: string;
  headers: Record<string, string>;
}

function decodePath(pathname: string): string {
  try {
    return decodeURI(pathname) || '/';
  } catch {
    return pathname || '/';
  }
}

export function toTraceRequest(parsed: z.output<typeof traceRequestSchema>): TraceRequest {
  const url = parsed.url;
  return {
    url: url.toString(),
    scheme: url.protocol.replace(':', ''),
    host: url.hostname.toLowerCase(),
    path: decodePath(url.pathname),
    query: url.search.replace(/^\?/, ''),
    method: parsed.method,
    headers: parsed.headers,
  };
}
