import type { Finding, GraphNode } from '../graph/types';
import type { Ingress } from '../k8s/types';
import { ingressHostMatch } from '../routing/ingress';

/**
 * The ING-TLS-SECRET finding that fails an https request's handshake, if any: a `tls` entry of the
 * Ingress that covers the host names a Secret the check found missing or not a TLS Secret, so the
 * controller offers its default certificate. The handshake comes before any routing.
 */
export function tlsFailure(ingress: Ingress, hop: GraphNode | undefined, host: string): Finding | null {
  const covering = (ingress.spec.tls ?? []).filter((tls) => (tls.hosts ?? []).some((h) => ingressHostMatch(h, host) !== null));
  const secrets = new Set(covering.flatMap((tls) => (tls.secretName ? [tls.secretName] : [])));
  return hop?.findings.find((f) => f.id === 'ING-TLS-SECRET' && f.evidence.fields.some((field) => field.path.startsWith('spec.tls[') && secrets.has(field.value))) ?? null;
}
