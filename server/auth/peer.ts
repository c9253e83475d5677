// The address a request came from, recorded by this process for every HTTP request it serves
// (Node's http.server.request.start channel fires before any handler runs), and whether an identity
// header came more than once (Node joins repeats into one value, "bob, alice"). Whatever a client
// sends in these headers is overwritten, so it cannot be forged.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

const HEADER = 'x-hopscope-peer';
const REPEATED = 'x-hopscope-repeated';
/** Headers that name one person: sent twice, they cannot be read as anyone. */
const SINGLE = new Set(['x-forwarded-user', 'x-forwarded-email']);
const INSTALLED = Symbol.for('hopscope.peer-recorder');

/** Called once at server start (instrumentation.ts). */
export function recordPeers(): void {
  const global = globalThis as Record<symbol, unknown>;
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[HEADER] = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (let i = 0; i < request.rawHeaders.length; i += 2) {
      const name = request.rawHeaders[i]!.toLowerCase();
      if (!SINGLE.has(name)) continue;
      if (seen.has(name)) repeated.add(name);
      seen.add(name);
    }
    if (repeated.size) request.headers[REPEATED] = [...repeated].join(',');
    else delete request.headers[REPEATED];
  });
}

/** The peer address, or null when this process does not record them (then no header is trusted). */
export function peerOf(request: Request): string | null {
  if (!(globalThis as Record<symbol, unknown>)[INSTALLED]) return null;
  return request.headers.get(HEADER) || null;
}

/** Identity headers the request carried more than once (empty when this process does not record them). */
export function repeatedHeaders(request: Request): string[] {
  return (request.headers.get(REPEATED) ?? '').split(',').filter(Boolean);
}
