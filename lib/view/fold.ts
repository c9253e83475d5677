// Folding a set of hops into what a view draws. What is typical folds, what stands out is drawn:
// the pods of a Service that look alike (same health, same findings) into one card, and (at the
// services level) the Services of a route with everything behind them into one card. A group card
// carries the worst health and the findings of what it folds, so a warning shared by every pod is
// said once, not hidden. Critical and unknown hops, kept hops (selected, traced) and the hops on
// their paths are always drawn.
import { worse } from '../graph/health';
import { HOP_KINDS } from '../graph/hop-kinds';
import type { GraphEdge, GraphNode, GroupNode, Health } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import type { ViewSource } from './source';

/** More pods than this behind one Service, and the ones that look alike fold. */
export const COLLAPSE_ABOVE = 6;
/** An opened pod group shows at most this many pods; the rest stay folded. */
export const OPEN_POD_LIMIT = 300;

export const podGroupId = (endpoints: string, signature = 0) => `group/${endpoints}${signature ? `/${signature}` : ''}`;
export const servicesGroupId = (parent: string) => `group/services/${parent}`;

/** Hops that may fold into a group card: anything but critical and unknown. */
export const mayFold = (health: Health) => health !== 'critical' && health !== 'unknown';

export interface FoldOptions {
  level: 'all' | 'services';
  keep: ReadonlySet<string>;
  open: ReadonlySet<string>;
}

export interface Folded {
  nodes: GraphNode[];
  groups: GroupNode[];
  edges: GraphEdge[];
}

export function newGroup(id: string, folds: GroupNode['folds'], column: GroupNode['column'], namespace: string | null, parent: string | null): GroupNode {
  return { id, kind: 'group', folds, column, namespace, parent, health: 'ok', hops: {}, healths: {}, findings: {}, hosts: [] };
}

export function addToGroup(group: GroupNode, node: Pick<GraphNode, 'kind' | 'health' | 'findings'>): void {
  group.hops[node.kind] = (group.hops[node.kind] ?? 0) + 1;
  group.healths[node.health] = (group.healths[node.health] ?? 0) + 1;
  group.health = worse(group.health, node.health);
  for (const id of new Set(node.findings.filter((f) => f.severity !== 'info').map((f) => f.id))) group.findings[id] = (group.findings[id] ?? 0) + 1;
}

/** What makes two hops alike: their health and the ids of their findings (context aside). */
function signature(node: GraphNode): string {
  return `${node.health} ${[...new Set(node.findings.filter((f) => f.severity !== 'info').map((f) => f.id))].sort().join(' ')}`;
}

/** A Service and everything behind it, within the set; null when any of it (hops or links) may not fold or is kept. */
function foldableSubtree(source: ViewSource, service: GraphNode, set: ReadonlySet<string>, keep: ReadonlySet<string>): string[] | null {
  if (!mayFold(service.health) || keep.has(service.id)) return null;
  const hops = [service.id];
  const seen = new Set(hops);
  for (let i = 0; i < hops.length; i++) {
    for (const edge of source.from(hops[i]!)) {
      if (!set.has(edge.target) || seen.has(edge.target)) continue;
      const next = source.node(edge.target);
      if (!next || !mayFold(next.health) || !mayFold(edge.health) || keep.has(next.id)) return null;
      seen.add(next.id);
      hops.push(next.id);
    }
  }
  return hops;
}

interface FoldedServices {
  /** Folded Service -> it and everything behind it. */
  subtrees: Map<string, string[]>;
  /** Group -> its Services. */
  members: Map<string, string[]>;
  /** `parent service` -> the group the parent's link to that Service goes to. */
  links: Map<string, string>;
}

/** The Services of each route (and of a namespace, for those no route in the set reaches) that may fold, into one card per route. */
function foldServices(source: ViewSource, set: ReadonlySet<string>, options: FoldOptions): FoldedServices {
  const folded: FoldedServices = { subtrees: new Map(), members: new Map(), links: new Map() };
  const byParent = new Map<string, GraphNode[]>();
  for (const id of set) {
    const node = source.node(id);
    if (node?.kind !== 'service') continue;
    const routes = source.to(id).filter((e) => e.kind === 'route-service' && set.has(e.source));
    for (const parent of routes.length ? routes.map((e) => e.source) : [namespaceOfId(id) ?? '']) {
      const list = byParent.get(parent);
      if (list) list.push(node);
      else byParent.set(parent, [node]);
    }
  }
  const subtrees = new Map<string, string[] | null>();
  const subtreeOf = (service: GraphNode) => {
    if (!subtrees.has(service.id)) subtrees.set(service.id, foldableSubtree(source, service, set, options.keep));
    return subtrees.get(service.id)!;
  };
  for (const [parent, services] of byParent) {
    const group = servicesGroupId(parent);
    if (options.open.has(group)) continue;
    const foldable = services.filter((s) => subtreeOf(s) !== null);
    if (foldable.length < 2) continue;
    folded.members.set(group, foldable.map((s) => s.id));
    for (const service of foldable) {
      folded.subtrees.set(service.id, subtreeOf(service)!);
      folded.links.set(`${parent} ${service.id}`, group);
    }
  }
  // A Service one route folds and another draws is drawn.
  for (const [parent, services] of byParent) {
    for (const service of services) if (folded.subtrees.has(service.id) && !folded.links.has(`${parent} ${service.id}`)) folded.subtrees.delete(service.id);
  }
  return folded;
}

/** The pods of an EndpointSlices hop that fold, by group: alike ones together, when there are many. */
function foldPods(source: ViewSource, endpoints: string, drawn: ReadonlySet<string>, options: FoldOptions): Map<string, GraphNode[]> {
  const folds = new Map<string, GraphNode[]>();
  const edges = source.from(endpoints).filter((e) => e.kind === 'endpoints-pod' && drawn.has(e.target));
  if (edges.length <= COLLAPSE_ABOVE) return folds;
  const alike = new Map<string, GraphNode[]>();
  for (const edge of edges) {
    const pod = source.node(edge.target);
    if (pod?.kind !== 'pod' || !mayFold(pod.health) || !mayFold(edge.health) || options.keep.has(pod.id) || source.to(pod.id).length !== 1) continue;
    const key = `${signature(pod)} ${edge.health}`;
    const list = alike.get(key);
    if (list) list.push(pod);
    else alike.set(key, [pod]);
  }
  // The most common kind of pod is the Service's group; other kinds fold only when they are many.
  const kinds = [...alike.values()].sort((a, b) => b.length - a.length || (a[0]!.id < b[0]!.id ? -1 : 1));
  kinds.forEach((pods, i) => {
    const group = podGroupId(endpoints, i);
    if (pods.length < 2 || (i > 0 && pods.length <= COLLAPSE_ABOVE)) return;
    const folding = options.open.has(group) ? pods.slice(OPEN_POD_LIMIT) : pods;
    if (folding.length) folds.set(group, folding);
  });
  return folds;
}

/** Folds the hops of `set`: what is drawn, the group cards, and the links between them. */
export function fold(source: ViewSource, set: ReadonlySet<string>, options: FoldOptions): Folded {
  const services: FoldedServices = options.level === 'services' ? foldServices(source, set, options) : { subtrees: new Map(), members: new Map(), links: new Map() };
  // Drawn: every hop outside folded subtrees, and what they lead to, without entering a folded Service.
  const inFolded = new Set<string>();
  for (const subtree of services.subtrees.values()) for (const id of subtree) inFolded.add(id);
  const starts = [...set].filter((id) => !inFolded.has(id));
  const drawn = new Set(starts);
  for (let i = 0; i < starts.length; i++) {
    for (const edge of source.from(starts[i]!)) {
      if (!set.has(edge.target) || drawn.has(edge.target) || services.subtrees.has(edge.target)) continue;
      drawn.add(edge.target);
      starts.push(edge.target);
    }
  }
  const groups = new Map<string, GroupNode>();
  /** `linking hop folded hop` -> the group the link goes to. */
  const foldedUnder = new Map(services.links);
  for (const [groupId, members] of services.members) {
    const parent = groupId.slice('group/services/'.length);
    const group = newGroup(groupId, 'services', 'service', namespaceOfId(members[0]!) ?? null, source.node(parent) ? parent : null);
    const counted = new Set<string>();
    for (const service of members) {
      for (const id of services.subtrees.get(service) ?? []) {
        if (drawn.has(id) || counted.has(id)) continue;
        counted.add(id);
        addToGroup(group, source.node(id)!);
      }
    }
    if (counted.size) groups.set(groupId, group);
  }
  for (const id of [...drawn]) {
    const endpoints = source.node(id);
    if (endpoints?.kind !== 'endpoints') continue;
    const pods = source.from(id).flatMap((e) => (e.kind === 'endpoints-pod' ? (source.node(e.target) ?? []) : []));
    for (const [groupId, folding] of foldPods(source, id, drawn, options)) {
      const group = newGroup(groupId, 'pods', 'pod', namespaceOfId(id) ?? null, id);
      group.pods = { total: pods.length, ready: pods.filter((p) => p.kind === 'pod' && p.ready).length };
      for (const pod of folding) {
        drawn.delete(pod.id);
        addToGroup(group, pod);
        foldedUnder.set(`${id} ${pod.id}`, groupId);
      }
      groups.set(groupId, group);
    }
  }
  const edges: GraphEdge[] = [];
  const groupEdges = new Map<string, GraphEdge>();
  for (const id of drawn) {
    for (const edge of source.from(id)) {
      if (drawn.has(edge.target)) {
        edges.push(edge);
        continue;
      }
      const groupId = foldedUnder.get(`${id} ${edge.target}`);
      if (!groupId || !groups.has(groupId)) continue;
      const key = `${id}->${groupId}`;
      const known = groupEdges.get(key);
      if (known) known.health = worse(known.health, edge.health);
      else groupEdges.set(key, { id: key, kind: edge.kind, source: id, target: groupId, ports: [], label: '', health: edge.health });
    }
  }
  return { nodes: [...drawn].map((id) => source.node(id)!), groups: [...groups.values()], edges: [...edges, ...groupEdges.values()] };
}

/** A card's place in a view's order: by column, then the least healthy first, then by id. */
const HEALTH_ORDER: Record<Health, number> = { critical: 0, warning: 1, unknown: 2, info: 3, ok: 4 };
export function viewOrder(a: { id: string; health: Health; column: number }, b: { id: string; health: Health; column: number }): number {
  return a.column - b.column || HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const columnOfCard = (card: GraphNode | GroupNode) => HOP_KINDS[card.kind === 'group' ? card.column : card.kind].column;

