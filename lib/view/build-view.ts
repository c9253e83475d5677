// A view of the analysis a browser can draw well (on the order of a thousand cards), decided on the
// server: everything when it fits (quiet pods folded), else the quiet Services of each route folded
// too, else the overview: the paths of the worst problems drawn, each namespace's rest one card.
// A focused hop shows its paths at the first level that fits; kept hops are always drawn.
import { worse } from '../graph/health';
import { HOP_KINDS } from '../graph/hop-kinds';
import { CLIENT_ID } from '../graph/ids';
import type { GraphEdge, GraphNode, GroupNode, Health, HopKind, Problem, ViewDetail } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import { addPathOf } from './closure';
import { fold, newGroup, viewOrder, type Folded } from './fold';
import { countHop, isQuiet, loudFindingIds, type HopCounts } from './hop-index';
import type { ViewRequest } from './request';
import type { ViewSource } from './source';

export const CARD_BUDGET = 800;
/** Up to this many hops in scope, the detailed levels are tried (each walks every hop). */
const DETAILED_UP_TO = 20_000;
/** Namespaces with nothing to show beyond this many fold into one card in the overview. */
export const QUIET_NAMESPACE_CARDS = 40;
export const QUIET_NAMESPACES_ID = 'group/namespaces';
/** Namespaces with problems drawn as their own cards in the overview, at most; the rest share one. */
export const NAMESPACE_CARDS = 150;
export const MORE_NAMESPACES_ID = 'group/namespaces/more';
export const namespaceGroupId = (namespace: string) => `group/namespace/${namespace}`;

export interface View {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: GroupNode[];
  detail: ViewDetail;
  /** Where the next build of the same view may start (not sent): the level chosen, the overview's room, the hops then. */
  hint: ViewHint;
}

export interface ViewHint {
  level: ViewDetail['level'];
  room: number;
  hops: number;
}

/** A hint holds while the hops in scope stay within this share of what they were. */
const HINT_HOLDS = 0.05;

const cards = (folded: Folded) => folded.nodes.length + folded.groups.length;
const columnOf = (kind: HopKind) => HOP_KINDS[kind].column;

function ordered(folded: Folded): Folded {
  return {
    nodes: folded.nodes.sort((a, b) => viewOrder({ ...a, column: columnOf(a.kind) }, { ...b, column: columnOf(b.kind) })),
    groups: folded.groups.sort((a, b) => viewOrder({ ...a, column: columnOf(a.column) }, { ...b, column: columnOf(b.column) })),
    edges: folded.edges,
  };
}

/** What is left of each namespace beside the hops in `set`: one card per namespace, quiet ones merged when many. */
function namespaceGroups(source: ViewSource, scope: readonly string[], set: ReadonlySet<string>, open: ReadonlySet<string>): GroupNode[] {
  const taken = new Map<string, HopCounts & { size: number }>();
  for (const id of set) {
    const namespace = namespaceOfId(id);
    const node = source.node(id);
    if (namespace === undefined || !node) continue;
    let counts = taken.get(namespace);
    if (!counts) taken.set(namespace, (counts = { kinds: {}, healths: {}, findings: {}, size: 0 }));
    countHop(counts, { kind: node.kind, health: node.health, findings: loudFindingIds(node) }, 1);
    counts.size++;
  }
  const groups: GroupNode[] = [];
  const quietWhole: GroupNode[] = [];
  for (const namespace of scope) {
    const hops = source.index.in(namespace);
    const took = taken.get(namespace);
    if (!hops || hops.ids.size <= (took?.size ?? 0)) continue;
    const group = newGroup(namespaceGroupId(namespace), 'namespace', 'ingress', namespace, null);
    addCounts(group, hops, 1);
    if (took) addCounts(group, took, -1);
    for (const route of hops.routes) {
      if (group.hosts.length >= 3) break;
      const node = source.node(route);
      if (set.has(route) || (node?.kind !== 'ingress' && node?.kind !== 'httproute')) continue;
      for (const host of node.kind === 'ingress' ? node.hosts : node.hostnames) if (group.hosts.length < 3 && !group.hosts.includes(host)) group.hosts.push(host);
    }
    if (!took && isQuiet(group.health)) quietWhole.push(group);
    else groups.push(group);
  }
  // Namespaces with problems, the worst first; beyond NAMESPACE_CARDS the rest share one card.
  const loud = (g: GroupNode) => [-(g.healths.critical ?? 0), -(g.healths.warning ?? 0), -(g.healths.unknown ?? 0)];
  groups.sort((a, b) => {
    const [x, y] = [loud(a), loud(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || (a.id < b.id ? -1 : 1);
  });
  const kept = open.has(MORE_NAMESPACES_ID) ? groups : groups.slice(0, NAMESPACE_CARDS);
  const out = [...kept, ...merge(MORE_NAMESPACES_ID, groups.slice(kept.length))];
  return [...out, ...(quietWhole.length <= QUIET_NAMESPACE_CARDS || open.has(QUIET_NAMESPACES_ID) ? quietWhole : merge(QUIET_NAMESPACES_ID, quietWhole))];
}

/** Namespace cards as one card (none for none). */
function merge(id: string, groups: readonly GroupNode[]): GroupNode[] {
  if (!groups.length) return [];
  const merged = newGroup(id, 'namespace', 'ingress', null, null);
  merged.namespaces = groups.length;
  for (const group of groups) {
    addCounts(merged, { kinds: group.hops, healths: group.healths, findings: group.findings }, 1);
    for (const host of group.hosts) if (merged.hosts.length < 3) merged.hosts.push(host);
  }
  return [merged];
}

/** Adds (or takes away) counts to a group card, and keeps its health the worst of what is left. */
function addCounts(group: GroupNode, counts: HopCounts, by: 1 | -1): void {
  const add = <K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>) => {
    for (const [key, n] of Object.entries(from) as [K, number][]) {
      const next = (into[key] ?? 0) + by * n;
      if (next > 0) into[key] = next;
      else delete into[key];
    }
  };
  add(group.hops, counts.kinds);
  add(group.healths, counts.healths);
  add(group.findings, counts.findings);
  group.health = (Object.keys(group.healths) as Health[]).reduce<Health>((worst, h) => worse(worst, h), 'ok');
}

/** Client -> namespace cards; the link is as broken as the worst path it stands for. */
function namespaceEdges(groups: readonly GroupNode[]): GraphEdge[] {
  return groups.map((g) => ({ id: `${CLIENT_ID}->${g.id}`, kind: 'client-route', source: CLIENT_ID, target: g.id, ports: [], label: '', health: g.health === 'critical' || g.health === 'warning' ? g.health : 'ok' }));
}

/** Hops a path adds that a view would draw as cards (quiet pods fold, so they count little). */
function addPath(source: ViewSource, id: string, inScope: (id: string) => boolean, set: Set<string>): number {
  const added = new Set<string>();
  addPathOf(source, id, (hop) => inScope(hop) && !set.has(hop), added);
  let weight = 0;
  for (const hop of added) {
    set.add(hop);
    const node = source.node(hop);
    weight += node?.kind === 'pod' && isQuiet(node.health) ? 0.1 : 1;
  }
  return weight;
}

/**
 * The view of a request. `hint` (the last build's of the same request) lets a build that is bound to
 * end where the last one did start there: it skips levels that did not fit, and the overview starts
 * from the room that fitted, so a catch-up usually folds once.
 */
export function buildView(source: ViewSource, request: ViewRequest, problems: readonly Problem[], budget = CARD_BUDGET, hint?: ViewHint): View {
  const index = source.index;
  const scope = request.namespaces ? request.namespaces.filter((ns) => index.in(ns)) : [...index.namespaceNames()];
  const scopeSet = new Set(scope);
  const inScope = (id: string) => {
    const namespace = namespaceOfId(id);
    return namespace === undefined || scopeSet.has(namespace);
  };
  let hops = 1;
  for (const namespace of scope) hops += index.in(namespace)!.ids.size;
  const inView = problems.filter((p) => p.namespace === null || scopeSet.has(p.namespace));
  const counts = { critical: inView.filter((p) => p.severity === 'critical').length, warning: inView.filter((p) => p.severity === 'warning').length };
  const keep = new Set(request.keep.filter((id) => source.node(id) && inScope(id)));
  const open = new Set(request.open);
  const base = new Set([CLIENT_ID]);
  for (const id of keep) addPathOf(source, id, inScope, base);
  const focus = request.focus && source.node(request.focus) && inScope(request.focus) ? request.focus : null;
  const hinted = hint && Math.abs(hint.hops - hops) <= hops * HINT_HOLDS ? hint : undefined;

  const finish = (folded: Folded, level: ViewDetail['level'], drawnOrFolded: number, room = 0): View => {
    const { nodes, groups, edges } = ordered(folded);
    return { nodes, groups, edges, detail: { level, focus, hops, shown: nodes.length, hidden: request.problemsOnly ? hops - drawnOrFolded : 0, problems: counts }, hint: { level, room, hops } };
  };
  /** Adds the paths of the worst problems while their weight fits the room; says whether all fitted. */
  const problemPaths = (set: Set<string>, within: (id: string) => boolean, room: number) => {
    let weight = set.size;
    for (const problem of inView) {
      if (weight >= room) return { set, all: false };
      if (!within(problem.hop)) continue;
      weight += addPath(source, problem.hop, within, set);
    }
    return { set, all: true };
  };

  if (focus) {
    const path = new Set(base);
    addPathOf(source, focus, inScope, path);
    const set = request.problemsOnly ? problemPaths(new Set([...base, focus]), (id) => path.has(id), Infinity).set : path;
    const all = fold(source, set, { level: 'all', keep, open });
    return cards(all) <= budget ? finish(all, 'all', set.size) : finish(fold(source, set, { level: 'services', keep, open }), 'services', set.size);
  }
  if (!request.problemsOnly && hops <= DETAILED_UP_TO && hinted?.level !== 'overview') {
    const set = new Set(base);
    for (const namespace of scope) for (const id of index.in(namespace)!.ids) set.add(id);
    if (hinted?.level !== 'services') {
      const all = fold(source, set, { level: 'all', keep, open });
      if (cards(all) <= budget) return finish(all, 'all', set.size);
    }
    const services = fold(source, set, { level: 'services', keep, open });
    if (cards(services) <= budget) return finish(services, 'services', set.size);
  }
  // The overview: the worst problems' paths while they fit beside one card per namespace. Paths are
  // weighed before folding (folding draws fewer cards than they weigh, or a few more), so the room
  // moves by what a try missed the budget by, a few times.
  const namespaceCards = Math.min(scope.length, QUIET_NAMESPACE_CARDS + Math.min(NAMESPACE_CARDS, new Set(inView.map((p) => p.namespace)).size)) + 1;
  let room = hinted?.level === 'overview' ? hinted.room : budget - namespaceCards;
  let best: { view: View; total: number } | null = null;
  let last: View | null = null;
  for (let tries = 0; tries < 5; tries++) {
    const { set, all } = problemPaths(new Set(base), inScope, room);
    const folded = fold(source, set, { level: 'services', keep, open });
    // With only problems, a namespace's rest shows only when problems that did not fit are in it.
    const rests = namespaceGroups(source, scope, set, open);
    const groups = request.problemsOnly ? rests.filter((g) => !isQuiet(g.health)) : rests;
    const total = cards(folded) + groups.length;
    const view = finish({ nodes: folded.nodes, groups: [...folded.groups, ...groups], edges: [...folded.edges, ...namespaceEdges(groups)] }, 'overview', set.size, room);
    last = view;
    if (total <= budget && (!best || total > best.total)) best = { view, total };
    const short = budget - total;
    if ((short >= 0 && (all || short < budget / 10)) || (short < 0 && set.size <= base.size)) return best?.view ?? view;
    room += short;
  }
  return best?.view ?? last!;
}
