// Hops by namespace, with counts by kind, health and finding, the hops that are not quiet and the
// routes, kept current hop by hop: a view of a big cluster starts from these summaries instead of a
// walk over every hop.
import { isRouteKind } from '../graph/hop-kinds';
import type { GraphNode, Health, HopKind } from '../graph/types';
import { namespaceOfId } from '../graph/view';

/** Healthy, or with context only. Unknown is never quiet. */
export const isQuiet = (health: Health) => health === 'ok' || health === 'info';

/** The ids of a hop's findings that are more than context. */
export const loudFindingIds = (node: Pick<GraphNode, 'findings'>): string[] => [...new Set(node.findings.filter((f) => f.severity !== 'info').map((f) => f.id))];

export interface HopCounts {
  kinds: Partial<Record<HopKind, number>>;
  healths: Partial<Record<Health, number>>;
  /** How many hops carry each finding id (context aside). */
  findings: Partial<Record<string, number>>;
}

export interface NamespaceHops extends HopCounts {
  ids: Set<string>;
  /** Hops that are not quiet. */
  loud: Set<string>;
  /** The routes (Ingresses, HTTPRoutes): where a namespace's paths start. */
  routes: Set<string>;
}

interface Seen {
  kind: HopKind;
  health: Health;
  findings: string[];
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K, by: number) => {
  const next = (counts[key] ?? 0) + by;
  if (next) counts[key] = next;
  else delete counts[key];
};

/** Adds (by 1) or takes away (by -1) one hop's share of some counts. */
export function countHop(counts: HopCounts, hop: Seen, by: 1 | -1): void {
  bump(counts.kinds, hop.kind, by);
  bump(counts.healths, hop.health, by);
  for (const id of hop.findings) bump(counts.findings, id, by);
}

const sameSeen = (a: Seen, b: Seen) => a.kind === b.kind && a.health === b.health && a.findings.length === b.findings.length && a.findings.every((id, i) => id === b.findings[i]);

export class HopIndex {
  private readonly namespaces = new Map<string, NamespaceHops>();
  private readonly seen = new Map<string, Seen>();
  private sorted: string[] | null = null;

  constructor(nodes: Iterable<GraphNode> = []) {
    for (const node of nodes) this.upsert(node);
  }

  /** Records a hop as it is now (added or changed). The Client belongs to no namespace and is not indexed. */
  upsert(node: GraphNode): void {
    const namespace = namespaceOfId(node.id);
    if (namespace === undefined) return;
    const now: Seen = { kind: node.kind, health: node.health, findings: loudFindingIds(node).sort() };
    const before = this.seen.get(node.id);
    if (before && sameSeen(before, now)) return;
    if (before) this.unrecord(node.id, namespace, before);
    let hops = this.namespaces.get(namespace);
    if (!hops) {
      this.namespaces.set(namespace, (hops = { ids: new Set(), kinds: {}, healths: {}, findings: {}, loud: new Set(), routes: new Set() }));
      this.sorted = null;
    }
    hops.ids.add(node.id);
    countHop(hops, now, 1);
    if (!isQuiet(node.health)) hops.loud.add(node.id);
    if (isRouteKind(node.kind)) hops.routes.add(node.id);
    this.seen.set(node.id, now);
  }

  remove(id: string): void {
    const before = this.seen.get(id);
    const namespace = namespaceOfId(id);
    if (!before || namespace === undefined) return;
    this.unrecord(id, namespace, before);
    this.seen.delete(id);
  }

  private unrecord(id: string, namespace: string, before: Seen): void {
    const hops = this.namespaces.get(namespace)!;
    hops.ids.delete(id);
    hops.loud.delete(id);
    hops.routes.delete(id);
    countHop(hops, before, -1);
    if (hops.ids.size === 0) {
      this.namespaces.delete(namespace);
      this.sorted = null;
    }
  }

  /** Namespaces with hops, sorted. */
  namespaceNames(): readonly string[] {
    this.sorted ??= [...this.namespaces.keys()].sort();
    return this.sorted;
  }

  in(namespace: string): NamespaceHops | undefined {
    return this.namespaces.get(namespace);
  }

  /** Hops indexed (every hop but the Client). */
  get size(): number {
    return this.seen.size;
  }
}
