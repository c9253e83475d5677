import { kubectlGet } from '../k8s/kubectl';
import type { Ingress } from '../k8s/types';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

const USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';
const REWRITE = 'nginx.ingress.kubernetes.io/rewrite-target';

/** Why an Ingress turns ingress-nginx's paths into regexes for its hosts, or null. */
function regexCause(ingress: Ingress): string | null {
  const a = ingress.metadata.annotations ?? {};
  if (a[USE_REGEX] === 'true') return `${USE_REGEX}: "true"`;
  const rewrite = a[REWRITE];
  const paths = (ingress.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.path ?? '/'));
  return rewrite !== undefined && paths.some((p) => p !== rewrite) ? `${REWRITE}: "${rewrite}"` : null;
}

export const ingRegexHost = defineCheck({
  id: 'ING-REGEX-HOST',
  hop: 'ingress',
  title: 'Regex paths on the host change every Ingress on it',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const hosts = new Set((ingress.spec.rules ?? []).map((r) => r.host).filter((h): h is string => !!h));
    const causes = ctx.state.list('Ingress').flatMap((other) => {
      const cause = regexCause(other);
      const shared = (other.spec.rules ?? []).map((r) => r.host).filter((h): h is string => !!h && hosts.has(h));
      return cause && shared.length ? [{ other, cause, host: shared[0]! }] : [];
    });
    return causes.map(({ other, cause, host }) => ({
      severity: 'warning' as const,
      message: `${other === ingress ? 'This Ingress' : `Ingress ${other.metadata.namespace}/${other.metadata.name}`} sets ${cause} on host ${host}: ingress-nginx then renders every path on ${host}, from all Ingresses, as a case-insensitive regex prefix (~* "^<path>"): Exact stops being exact and Prefix /foo also matches /foobar, so requests can reach the wrong backend or 404.`,
      evidence: evidence({ fields: [field(other, 'metadata.annotations', cause)], kubectl: [kubectlGet('Ingress', other.metadata.namespace, other.metadata.name, '{.metadata.annotations}')] }),
    }));
  },
});
