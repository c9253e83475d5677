// Checks for state-changing requests: same origin (a cross-site form or fetch cannot pass), a CSRF
// token, JSON only, and a size limit read from the body itself, not from what the client claims.
import { timingSafeEqual } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER } from '../../lib/http/csrf';
export class RequestRejected extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The host of an Origin header, or null for "null" (sandboxed frames, file: pages) and anything that is not an origin. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

export function sameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  // Browsers send Origin on every cross-origin write; without one, Sec-Fetch-Site still tells.
  if (origin !== null) {
    const from = originHost(origin);
    if (!from) throw new RequestRejected(403, `the Origin header (${JSON.stringify(origin.slice(0, 100))}) names no page of this server: refused`);
    if (!host || from !== host) throw new RequestRejected(403, 'cross-origin request refused');
  } else if (request.headers.get('sec-fetch-site') === 'cross-site') throw new RequestRejected(403, 'cross-site request refused');
}

function cookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/**
 * Double-submit CSRF check: the header must repeat the cookie, which another site can neither read
 * nor set. Requests that authenticate with their own Authorization header carry no ambient
 * credential, so they need none.
 */
export function csrf(request: Request): void {
  if (/^Bearer\s/i.test(request.headers.get('authorization') ?? '')) return;
  const expected = cookie(request, CSRF_COOKIE);
  const sent = request.headers.get(CSRF_HEADER);
  if (!expected || !sent) throw new RequestRejected(403, `missing CSRF token: send the ${CSRF_COOKIE} cookie's value in ${CSRF_HEADER}`);
  const a = Buffer.from(expected);
  const b = Buffer.from(sent);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new RequestRejected(403, 'the CSRF token does not match');
}

/** Every check a state-changing request passes before its body is read. */
export function stateChanging(request: Request): void {
  sameOrigin(request);
  csrf(request);
}

export async function jsonBody(request: Request, maxBytes: number): Promise<unknown> {
  stateChanging(request);
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new RequestRejected(415, 'send application/json');
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new RequestRejected(413, `the body is over ${Math.round(maxBytes / 1024)} KB`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestRejected(400, 'the body is not valid JSON');
  }
}

/** The answer for a route's error: the rejection's status and sentence, else 503 (the cluster or its API is the problem). */
export function errorResponse(error: unknown): Response {
  if (error instanceof RequestRejected) return Response.json({ error: error.message }, { status: error.status, headers: error.headers });
  return Response.json({ error: `Could not load the cluster: ${(error as Error).message}` }, { status: 503 });
}
