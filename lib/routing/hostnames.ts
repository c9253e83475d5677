// Gateway API hostnames: `*.example.com` matches one or more leading labels (unlike Ingress: exactly one).

export function gatewayHostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const suffix = pattern.slice(1);
  return host.length > suffix.length && host.endsWith(suffix);
}

/** Higher is more specific: exact names by length, above every wildcard (wildcards by length too). */
export function hostSpecificity(pattern: string | null): number {
  if (pattern === null) return 0;
  return pattern.startsWith('*.') ? 1 + pattern.length : 1000 + pattern.length;
}

/** Whether two Gateway API hostnames (either may be a wildcard) have a host in common. */
export function hostnamesIntersect(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('*.') && b.startsWith('*.')) return a.endsWith(b.slice(1)) || b.endsWith(a.slice(1));
  return gatewayHostMatches(a, b) || gatewayHostMatches(b, a);
}
