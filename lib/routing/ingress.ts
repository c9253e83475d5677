// Which backend of which Ingress serves a request (host + path), and why it beat the others.
import { regexCause } from '../k8s/ingress';
import type { Ingress, IngressBackend } from '../k8s/types';
import { exactMatches, prefixMatches } from './paths';
import { prefixMatchIgnoringCase, re2 } from './regex';

export interface IngressRequest {
  /** Host without port, lower case; "" for a request to the bare address. */
  host: string;
  path: string;
}

export type HostMatch = 'exact' | 'wildcard' | 'any';

export interface IngressCandidate {
  ingress: { namespace: string; name: string };
  /** `spec.rules[i].http.paths[j]`, or `spec.defaultBackend`. */
  field: string;
  host: string | null;
  path: string;
  /** As written; ImplementationSpecific is matched as Prefix (what ingress-nginx does). */
  pathType: string;
  backend: IngressBackend;
  created: string;
}

export interface IngressDecision {
  /** The winning rule path, or a default backend; null: nothing matches (the controller answers 404). */
  match: (IngressCandidate & { hostMatch: HostMatch | null }) | null;
  /** The other paths of the chosen host that also matched, in the order they lost. */
  beaten: IngressCandidate[];
  /** Sentences that explain the decision, in order. */
  why: string[];
}

/** `*.foo.com` matches exactly one extra leading label; a rule without host matches every host. */
export function ingressHostMatch(ruleHost: string | null, host: string): HostMatch | null {
  if (ruleHost === null || ruleHost === '') return 'any';
  if (ruleHost.startsWith('*.')) {
    const suffix = ruleHost.slice(1);
    return host.endsWith(suffix) && !host.slice(0, -suffix.length).includes('.') && host.length > suffix.length ? 'wildcard' : null;
  }
  return ruleHost === host ? 'exact' : null;
}

export function ingressPathMatches(pathType: string, rulePath: string, path: string): boolean {
  return pathType === 'Exact' ? exactMatches(rulePath, path) : prefixMatches(rulePath, path);
}

function candidates(ingress: Ingress): IngressCandidate[] {
  const base = { ingress: { namespace: ingress.metadata.namespace ?? '', name: ingress.metadata.name }, created: ingress.metadata.creationTimestamp ?? '' };
  return (ingress.spec.rules ?? []).flatMap((rule, i) =>
    (rule.http?.paths ?? []).map((p, j) => ({ ...base, field: `spec.rules[${i}].http.paths[${j}]`, host: rule.host ?? null, path: p.path ?? '/', pathType: p.pathType ?? 'ImplementationSpecific', backend: p.backend })),
  );
}

const RANK: Record<HostMatch, number> = { exact: 0, wildcard: 1, any: 2 };

/** Longest path first; at equal length Exact before Prefix; then the oldest Ingress (ingress-nginx keeps the first). */
function compare(a: IngressCandidate, b: IngressCandidate): number {
  return b.path.length - a.path.length || Number(b.pathType === 'Exact') - Number(a.pathType === 'Exact') || a.created.localeCompare(b.created) || `${a.ingress.namespace}/${a.ingress.name}`.localeCompare(`${b.ingress.namespace}/${b.ingress.name}`);
}

const describe = (c: IngressCandidate) => `${c.ingress.namespace}/${c.ingress.name} ${c.host ?? '*'} ${c.pathType} ${c.path}`;

/**
 * Routes a request over Ingresses served by one controller. Like ingress-nginx, the host is chosen
 * first (an exact host, then a wildcard, then rules without host), then the longest matching path
 * of that host; no path matches -> an Ingress's `spec.defaultBackend`, else nothing (404).
 */
export function routeIngress(ingresses: readonly Ingress[], request: IngressRequest): IngressDecision {
  const why: string[] = [];
  const all = ingresses.flatMap(candidates);
  const byHost = all.map((c) => ({ c, hostMatch: ingressHostMatch(c.host, request.host) })).filter((x) => x.hostMatch !== null);
  const best = byHost.reduce<HostMatch | null>((acc, x) => (acc === null || RANK[x.hostMatch!] < RANK[acc] ? x.hostMatch : acc), null);
  if (best === null) why.push(`No rule is for host "${request.host || '(none)'}".`);
  else if (best !== 'any' && byHost.some((x) => x.hostMatch === 'any')) why.push(`Host "${request.host}" has its own rules (${best} match), so rules without a host do not apply.`);
  const sameHost = byHost.filter((x) => x.hostMatch === best);
  // ingress-nginx renders every path of a host as a case-insensitive regex prefix when one of the host's Ingresses asks for regexes.
  const regexBy = ingresses.find((i) => regexCause(i) && sameHost.some((x) => x.c.ingress.namespace === (i.metadata.namespace ?? '') && x.c.ingress.name === i.metadata.name));
  if (regexBy) {
    why.push(`${regexBy.metadata.namespace}/${regexBy.metadata.name} sets ${regexCause(regexBy)}, so ingress-nginx matches every path of this host as a case-insensitive regular expression prefix (matched here with RE2).`);
    for (const x of sameHost) {
      const regex = re2(x.c.path, true);
      if (!regex.ok) why.push(`${describe(x.c)} is not valid RE2 (${regex.reason}); Hopscope cannot say what nginx's PCRE makes of it, and counts it as no match.`);
    }
  }
  const pathMatches = (c: IngressCandidate) => (regexBy ? prefixMatchIgnoringCase(c.path, request.path) : ingressPathMatches(c.pathType, c.path, request.path));
  const matching = sameHost.filter((x) => pathMatches(x.c)).map((x) => x.c).sort(compare);
  const [winner, ...beaten] = matching;
  if (winner) {
    why.push(`${describe(winner)} matches ${request.path}${regexBy ? ' (as a regex prefix)' : winner.pathType === 'ImplementationSpecific' ? ' (ImplementationSpecific, matched as Prefix as ingress-nginx does)' : ''}.`);
    for (const loser of beaten) why.push(`It beats ${describe(loser)}: ${loser.path.length < winner.path.length ? 'a longer path wins' : loser.pathType !== winner.pathType ? 'Exact beats Prefix at equal length' : 'the older Ingress keeps a duplicate host and path'}.`);
    return { match: { ...winner, hostMatch: best }, beaten, why };
  }
  if (best !== null) why.push(`No path of host "${request.host || '*'}" matches ${request.path}.`);
  const fallback = ingresses.find((i) => i.spec.defaultBackend);
  if (fallback) {
    why.push(`${fallback.metadata.namespace}/${fallback.metadata.name} has a defaultBackend, which serves what no rule matches.`);
    return {
      match: { ingress: { namespace: fallback.metadata.namespace ?? '', name: fallback.metadata.name }, field: 'spec.defaultBackend', host: null, path: '*', pathType: 'default', backend: fallback.spec.defaultBackend!, created: fallback.metadata.creationTimestamp ?? '', hostMatch: null },
      beaten: [],
      why,
    };
  }
  why.push('No defaultBackend: the controller answers 404 from its own default backend.');
  return { match: null, beaten: [], why };
}
