// The Problems list: loud findings grouped into root causes, anchored where they break a path (the
// Service whose requests fail, or the route), the cause named before its consequences, ranked by
// how much they break.
import { CHECKS } from '../checks/registry';
import { HOP_KINDS, isRouteKind } from '../graph/hop-kinds';
import { CLIENT_ID } from '../graph/ids';
import type { Finding, GraphNode, Problem, Severity } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import { isQuiet } from './hop-index';
import type { ViewSource } from './source';

const CONSEQUENCES: ReadonlySet<string> = new Set(CHECKS.filter((c) => c.consequence).map((c) => c.id));
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const HOSTS_KEPT = 3;
const EDGES_KEPT = 10;

/** Where a finding breaks a path: the Service behind the hop, or the route itself; cluster-wide findings on their own. */
function anchorOf(source: ViewSource, node: GraphNode, finding: Finding): string {
  switch (node.kind) {
    case 'client':
      return `${CLIENT_ID}#${finding.id}`;
    case 'pod': {
      const endpoints = source.to(node.id).find((e) => e.kind === 'endpoints-pod');
      const hop = endpoints && source.node(endpoints.source);
      return hop?.kind === 'endpoints' ? hop.service : node.id;
    }
    case 'endpoints':
      return node.service;
    case 'service':
      return node.id;
    case 'ingress':
    case 'httproute': {
      // A route finding about a Service that is itself broken is that Service's problem, seen from the route.
      const edge = finding.edge ? source.from(node.id).find((e) => e.id === finding.edge) : undefined;
      const target = edge && source.node(edge.target);
      return target?.kind === 'service' && !target.missing && !isQuiet(target.health) ? target.id : node.id;
    }
    default: {
      const never: never = node;
      return never;
    }
  }
}

/** The cause first: not a consequence, then the most severe, then the hop furthest upstream. */
function causeOrder(a: Finding, b: Finding, source: ViewSource): number {
  const consequence = Number(CONSEQUENCES.has(a.id)) - Number(CONSEQUENCES.has(b.id));
  if (consequence) return consequence;
  const severity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (severity) return severity;
  const column = HOP_KINDS[source.node(a.hop)?.kind ?? 'client'].column - HOP_KINDS[source.node(b.hop)?.kind ?? 'client'].column;
  return column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Route rules into a Service (or of a route), their hosts and the route -> Service edges. */
function impact(source: ViewSource, anchor: GraphNode | undefined): Pick<Problem, 'paths' | 'hosts' | 'edges'> {
  const hosts = new Set<string>();
  let paths = 0;
  const edges: string[] = [];
  const count = (route: GraphNode | undefined, service: string | null) => {
    if (route?.kind !== 'ingress' && route?.kind !== 'httproute') return;
    for (const rule of route.routes) {
      if (service !== null && rule.serviceNode !== service) continue;
      paths++;
      const names = route.kind === 'ingress' ? [rule.host ?? '*'] : route.hostnames.length ? route.hostnames : ['*'];
      for (const host of names) if (hosts.size < HOSTS_KEPT) hosts.add(host);
    }
  };
  if (anchor?.kind === 'service') {
    for (const edge of source.to(anchor.id)) {
      if (edge.kind !== 'route-service') continue;
      if (edges.length < EDGES_KEPT) edges.push(edge.id);
      count(source.node(edge.source), anchor.id);
    }
  } else if (anchor && isRouteKind(anchor.kind)) count(anchor, null);
  return { paths, hosts: [...hosts], edges };
}

/** Problems among the loud hops of these namespaces (all with null), and the cluster-wide ones, most harmful first. */
export function findProblems(source: ViewSource, namespaces: readonly string[] | null): Problem[] {
  const found = new Map<string, Finding[]>();
  const visit = (node: GraphNode | undefined) => {
    for (const finding of node?.findings ?? []) {
      if (finding.severity === 'info') continue;
      const anchor = anchorOf(source, node!, finding);
      const list = found.get(anchor);
      if (list) list.push(finding);
      else found.set(anchor, [finding]);
    }
  };
  visit(source.node(CLIENT_ID));
  for (const namespace of namespaces ?? source.index.namespaceNames()) for (const id of source.index.in(namespace)?.loud ?? []) visit(source.node(id));
  const problems: Problem[] = [];
  for (const [id, findings] of found) {
    findings.sort((a, b) => causeOrder(a, b, source));
    const cause = findings[0]!;
    const anchor = id.startsWith(`${CLIENT_ID}#`) ? undefined : source.node(id);
    problems.push({
      id,
      hop: anchor ? id : cause.hop,
      severity: findings.some((f) => f.severity === 'critical') ? 'critical' : 'warning',
      cause: { id: cause.id, hop: cause.hop, message: cause.message },
      findings: findings.length,
      hops: new Set(findings.map((f) => f.hop)).size,
      ...impact(source, anchor),
      namespace: namespaceOfId(anchor ? id : cause.hop) ?? null,
    });
  }
  return problems.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.paths - a.paths || b.hops - a.hops || (a.id < b.id ? -1 : 1));
}
