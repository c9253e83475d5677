// The address a request came from, recorded by this process for every HTTP request it serves
// (Node's http.server.request.start channel fires before any handler runs). Whatever a client
// sends in this header is overwritten, so it cannot be forged.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

const HEADER = 'x-hopscope-peer';
const INSTALLED = Symbol.for('hopscope.peer-recorder');

/** Called once at server start (instrumentation.ts). */
export function recordPeers(): void {
  const global = globalThis as Record<symbol, unknown>;
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[HEADER] = (socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  });
}

/** The peer address, or null when this process does not record them (then no header is trusted). */
export function peerOf(request: Request): string | null {
  if (!(globalThis as Record<symbol, unknown>)[INSTALLED]) return null;
  return request.headers.get(HEADER) || null;
}
