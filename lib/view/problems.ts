// The Problems list: loud findings grouped into root causes, anchored where they break a path (the
// Service whose requests fail, or the route), the cause named before its effects (which follow their
// causes' links there), failing now before risks, ranked by how much they break.
import { CHECKS } from '../checks/registry';
import { HOP_KINDS, isRouteKind } from '../graph/hop-kinds';
import { CLIENT_ID } from '../graph/ids';
import { findingRank } from '../graph/finding-order';
import type { Finding, FindingClass, GraphNode, Problem, ProblemList, Severity } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import { isQuiet } from './hop-index';
import type { ViewSource } from './source';

const TITLES: ReadonlyMap<string, string> = new Map(CHECKS.map((c) => [c.id, c.title]));
/** More problems than this with one cause, and the list shows them as one group. */
export const PROBLEMS_PER_CAUSE = 20;
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const HOSTS_KEPT = 3;
const EDGES_KEPT = 10;

/** Where a finding breaks a path: the Service behind the hop, or the route itself; cluster-wide findings on their own. */
export function anchorOf(source: ViewSource, node: GraphNode, finding: Finding): string {
  switch (node.kind) {
    case 'client':
      return `${CLIENT_ID}#${finding.id}`;
    case 'pod': {
      // A pod behind several Services: the first by id, whatever order the links were made in.
      let endpoints: string | undefined;
      for (const edge of source.to(node.id)) if (edge.kind === 'endpoints-pod' && (endpoints === undefined || edge.source < endpoints)) endpoints = edge.source;
      const hop = endpoints === undefined ? undefined : source.node(endpoints);
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

/**
 * The cause first, as hops order their findings (failing now, a root cause before its effects, the
 * most severe), then the hop furthest upstream, then by hop; one hop's findings keep its order (the sort is stable).
 */
function causeOrder(a: Finding, b: Finding, columns: ReadonlyMap<Finding, number>): number {
  const rank = findingRank(a) - findingRank(b);
  if (rank) return rank;
  const column = columns.get(a)! - columns.get(b)!;
  return column || (a.hop < b.hop ? -1 : a.hop > b.hop ? 1 : 0);
}

/** Route rules into these Services (or of these routes), their hosts and the route -> Service edges. */
function impact(source: ViewSource, anchors: readonly (GraphNode | undefined)[]): Pick<Problem, 'paths' | 'hosts' | 'edges'> {
  const hosts = new Set<string>();
  let paths = 0;
  const edges: string[] = [];
  const count = (route: GraphNode | undefined, service: string | null) => {
    if (route?.kind !== 'ingress' && route?.kind !== 'httproute') return;
    for (const rule of route.routes) {
      if (service !== null && rule.serviceNode !== service) continue;
      paths++;
      for (const host of route.kind === 'ingress' ? [rule.host ?? '*'] : route.hostnames.length ? route.hostnames : ['*']) hosts.add(host);
    }
  };
  for (const anchor of anchors) {
    if (anchor?.kind === 'service') {
      for (const edge of source.to(anchor.id)) {
        if (edge.kind !== 'route-service') continue;
        edges.push(edge.id);
        count(source.node(edge.source), anchor.id);
      }
    } else if (anchor && isRouteKind(anchor.kind)) count(anchor, null);
  }
  // Sorted, so the first few never depend on the order links were made in.
  return { paths, hosts: [...hosts].sort().slice(0, HOSTS_KEPT), edges: edges.sort().slice(0, EDGES_KEPT) };
}

/**
 * The problem anchored at `anchor`, from the findings it explains; `joined` are where its echoes from
 * elsewhere would be anchored on their own (another Service of the same pods), whose paths it breaks too.
 */
export function problemOf(source: ViewSource, anchor: string, findings: Finding[], joined: Iterable<string> = []): Problem {
  const columns = new Map(findings.map((f) => [f, HOP_KINDS[source.node(f.hop)?.kind ?? 'client'].column]));
  findings.sort((a, b) => causeOrder(a, b, columns));
  const cause = findings[0]!;
  const node = anchor.startsWith(`${CLIENT_ID}#`) ? undefined : source.node(anchor);
  const others = [...joined].filter((id) => id !== anchor && !id.startsWith(`${CLIENT_ID}#`));
  return {
    id: anchor,
    hop: node ? anchor : cause.hop,
    severity: findings.some((f) => f.severity === 'critical') ? 'critical' : 'warning',
    class: cause.class,
    cause: { id: cause.id, hop: cause.hop, message: cause.message },
    findings: findings.length,
    hops: new Set(findings.map((f) => f.hop)).size,
    ...impact(source, [node, ...others.map((id) => source.node(id))]),
    namespace: namespaceOfId(node ? anchor : cause.hop) ?? null,
  };
}

const CLASS_RANK: Record<FindingClass, number> = { 'failing-now': 0, risk: 1 };

/** Most harmful first: failing now before risks, then critical, then the route rules broken, then the hops, then by id. */
export function rankProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => CLASS_RANK[a.class] - CLASS_RANK[b.class] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.paths - a.paths || b.hops - a.hops || (a.id < b.id ? -1 : 1));
}

/**
 * The list as a page shows it: a cause with more than PROBLEMS_PER_CAUSE problems (a missing preStop
 * hook on every Deployment, a controller that is not running) is one row, in the place of its most
 * harmful problem; its problems are asked for by cause (`ofCause`).
 */
export function listProblems(problems: readonly Problem[]): ProblemList {
  const byCause = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.severity} ${problem.cause.id}`;
    const list = byCause.get(key);
    if (list) list.push(problem);
    else byCause.set(key, [problem]);
  }
  const list: ProblemList = { problems: [], groups: [] };
  for (const same of byCause.values()) {
    if (same.length <= PROBLEMS_PER_CAUSE) {
      list.problems.push(...same);
      continue;
    }
    const hosts = new Set<string>();
    for (const p of same) for (const host of p.hosts) if (hosts.size < 3) hosts.add(host);
    const cause = same[0]!.cause.id;
    list.groups.push({ cause, title: TITLES.get(cause) ?? cause, severity: same[0]!.severity, class: same[0]!.class, count: same.length, paths: same.reduce((n, p) => n + p.paths, 0), hosts: [...hosts] });
  }
  const order = new Map(problems.map((p, i) => [p, i]));
  list.problems.sort((a, b) => order.get(a)! - order.get(b)!);
  list.groups.sort((a, b) => CLASS_RANK[a.class] - CLASS_RANK[b.class] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.paths - a.paths || b.count - a.count || (a.cause < b.cause ? -1 : 1));
  return list;
}

/** The problems of one cause (a group opened), most harmful first. */
export const ofCause = (problems: readonly Problem[], cause: string, severity: Severity): Problem[] => problems.filter((p) => p.cause.id === cause && p.severity === severity);
