// Every page must be asked for by a name of this server (DNS rebinding: lib/http/allowed-hosts.ts;
// API routes check the same in server/auth/viewer.ts). Every page gets a Content Security Policy
// with a fresh nonce: Next.js puts it on its own inline bootstrap scripts, and 'strict-dynamic' lets
// the scripts they load run; nothing else may.
import { randomBytes } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { CSRF_COOKIE } from './lib/http/csrf';
import { misdirected } from './server/http/allowed-host';

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React Flow and the layout position nodes with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const refused = misdirected(request);
  if (refused) return new Response(refused, { status: 421, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // The double-submit CSRF token (server/http/guard.ts): readable by this origin's scripts only.
  if (!request.cookies.get(CSRF_COOKIE)) {
    response.cookies.set(CSRF_COOKIE, randomBytes(24).toString('base64url'), { sameSite: 'strict', path: '/', secure: request.nextUrl.protocol === 'https:' });
  }
  return response;
}

export const config = {
  // Pages only: API routes answer JSON (and a proxy would buffer their bodies, 10 MB at most), and
  // static files are public and carry no inline script.
  matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'],
};
