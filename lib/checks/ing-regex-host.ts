import { kubectlGet } from '../k8s/kubectl';
import { regexCause } from '../k8s/ingress';
import type { Ingress } from '../k8s/types';
import { evidence, field } from './evidence';
import { sameItems } from '../util/same-items';
import { defineCheck, type CheckContext } from './types';
import { addTo } from '../util/group';

const hostsOf = (ingress: Ingress) => (ingress.spec.rules ?? []).map((r) => r.host).filter((h): h is string => !!h);
const byName = (a: Ingress, b: Ingress) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`);

/** Hosts -> the Ingresses that make their paths regexes: built once, not per Ingress. */
function regexHosts(ctx: CheckContext): Map<string, Ingress[]> {
  const table = new Map<string, Ingress[]>();
  for (const ingress of ctx.state.list('Ingress')) {
    if (!regexCause(ingress)) continue;
    for (const host of new Set(hostsOf(ingress))) addTo(table, host, ingress);
  }
  return table;
}

export const ingRegexHost = defineCheck({
  id: 'ING-REGEX-HOST',
  hop: 'ingress',
  title: 'Regex paths on the host change every Ingress on it',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const hosts = new Set(hostsOf(ingress));
    const others = new Set([...hosts].flatMap((host) => ctx.lookup('regex-hosts', () => regexHosts(ctx), host, sameItems) ?? []));
    const causes = [...others].sort(byName).map((other) => ({ other, cause: regexCause(other)!, host: hostsOf(other).find((h) => hosts.has(h))! }));
    return causes.map(({ other, cause, host }) => ({
      severity: 'warning' as const,
      message: `${other === ingress ? 'This Ingress' : `Ingress ${other.metadata.namespace}/${other.metadata.name}`} sets ${cause} on host ${host}: ingress-nginx then renders every path on ${host}, from all Ingresses, as a case-insensitive regex prefix (~* "^<path>"): Exact stops being exact and Prefix /foo also matches /foobar, so requests can reach the wrong backend or 404.`,
      evidence: evidence({ fields: [field(other, 'metadata.annotations', cause)], kubectl: [kubectlGet('Ingress', other.metadata.namespace, other.metadata.name, '{.metadata.annotations}')] }),
    }));
  },
});
