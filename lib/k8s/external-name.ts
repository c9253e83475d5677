const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/;

/** Why an ExternalName target cannot work through a proxy (loopback, not a DNS name), or null. */
export function externalNameProblem(name: string | undefined): string | null {
  if (!name) return 'it has no externalName';
  const lower = name.toLowerCase();
  if (lower === 'localhost' || lower.startsWith('localhost.') || /^127\./.test(lower) || lower === '::1') return `"${name}" is a loopback name`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(lower) || lower.includes(':')) return `"${name}" is an IP address, not a DNS name`;
  if (!DNS_NAME.test(lower)) return `"${name}" is not a valid DNS name`;
  return null;
}
