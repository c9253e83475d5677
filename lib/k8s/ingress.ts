import type { Ingress, IngressBackend } from './types';

export interface IngressBackendUse {
  /** Where the backend sits in the object, e.g. `spec.rules[0].http.paths[1].backend`. */
  fieldPath: string;
  host: string | null;
  /** The rule's path, or `*` for the default backend. */
  path: string;
  backend: IngressBackend;
}

/** Every backend an Ingress names: each rule path's, then `spec.defaultBackend`. */
export function ingressBackends(ingress: Ingress): IngressBackendUse[] {
  const uses: IngressBackendUse[] = [];
  (ingress.spec.rules ?? []).forEach((rule, i) =>
    (rule.http?.paths ?? []).forEach((p, j) =>
      uses.push({ fieldPath: `spec.rules[${i}].http.paths[${j}].backend`, host: rule.host ?? null, path: p.path ?? '/', backend: p.backend }),
    ),
  );
  if (ingress.spec.defaultBackend) {
    uses.push({ fieldPath: 'spec.defaultBackend', host: null, path: '*', backend: ingress.spec.defaultBackend });
  }
  return uses;
}

export function describeUse(use: IngressBackendUse): string {
  return use.path === '*' ? 'the default backend' : `${use.host ?? '*'}${use.path}`;
}

const USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';
const REWRITE = 'nginx.ingress.kubernetes.io/rewrite-target';

/**
 * Why an Ingress turns ingress-nginx's paths into regexes for its hosts (use-regex, or a
 * rewrite-target that differs from a path), or null.
 */
export function regexCause(ingress: Ingress): string | null {
  const a = ingress.metadata.annotations ?? {};
  if (a[USE_REGEX] === 'true') return `${USE_REGEX}: "true"`;
  const rewrite = a[REWRITE];
  const paths = (ingress.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.path ?? '/'));
  return rewrite !== undefined && paths.some((p) => p !== rewrite) ? `${REWRITE}: "${rewrite}"` : null;
}

/**
 * Classes that a controller serves by name, with no IngressClass object: the cloud load balancer
 * controllers that predate IngressClass (docs/checks.md lists them under ING-CLASS-NOTFOUND).
 */
export const CLASSES_WITHOUT_OBJECT: Readonly<Record<string, string>> = {
  gce: 'GKE Ingress (external Application Load Balancer)',
  'gce-internal': 'GKE Ingress (internal Application Load Balancer)',
  'gce-regional-external': 'GKE Ingress (regional external Application Load Balancer)',
  'gce-multi-cluster': 'GKE Multi Cluster Ingress',
  alb: 'AWS Load Balancer Controller',
  'azure/application-gateway': 'Azure Application Gateway Ingress Controller',
};
