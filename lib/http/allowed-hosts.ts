// Which Host headers this server answers. A page on another origin can point a name it controls at
// 127.0.0.1 (DNS rebinding) and then read this server as same-origin: checking the Host it was
// asked for is what stops that. Loopback names are always served; others must be configured.

const LOOPBACK = ['localhost', '*.localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, without the port, lower case (IPv6 keeps its brackets). */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}

function matches(pattern: string, name: string): boolean {
  if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1;
  return pattern === name;
}

/** The names allowed: loopback, and those configured (`a.example.com,*.b.example.com`). */
export function allowedHosts(configured: readonly string[]): string[] {
  return [...LOOPBACK, ...configured.map((h) => hostName(h))];
}

/** Whether a request's Host header names this server (a missing one never does). */
export function hostAllowed(header: string | null, allowed: readonly string[]): boolean {
  if (!header) return false;
  const name = hostName(header);
  return /^127\.\d+\.\d+\.\d+$/.test(name) || allowed.some((pattern) => matches(pattern, name));
}
