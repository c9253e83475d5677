import type { GraphEdge } from '../graph/types';

const byId = (a: GraphEdge, b: GraphEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function removeFrom(map: Map<string, GraphEdge[]>, key: string, gone: ReadonlySet<GraphEdge>): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((e) => !gone.has(e));
  if (kept.length) map.set(key, kept);
  else map.delete(key);
}

/**
 * Each hop's incoming and outgoing links, kept sorted by edge id so that their order never depends on
 * the order units were built in. Links added out of order are sorted again by `sort()`, once a batch.
 */
export class Links {
  private readonly outgoing = new Map<string, GraphEdge[]>();
  private readonly incoming = new Map<string, GraphEdge[]>();
  private readonly unsorted = new Set<string>();

  from(id: string): readonly GraphEdge[] {
    return this.outgoing.get(id) ?? [];
  }

  to(id: string): readonly GraphEdge[] {
    return this.incoming.get(id) ?? [];
  }

  add(edge: GraphEdge): void {
    this.append(this.outgoing, edge.source, edge);
    this.append(this.incoming, edge.target, edge);
  }

  remove(edges: readonly GraphEdge[]): void {
    const gone = new Set(edges);
    const ends = new Set<string>();
    for (const edge of edges) ends.add(edge.source).add(edge.target);
    for (const id of ends) {
      removeFrom(this.outgoing, id, gone);
      removeFrom(this.incoming, id, gone);
    }
  }

  sort(): void {
    for (const id of this.unsorted) {
      this.outgoing.get(id)?.sort(byId);
      this.incoming.get(id)?.sort(byId);
    }
    this.unsorted.clear();
  }

  private append(map: Map<string, GraphEdge[]>, id: string, edge: GraphEdge): void {
    const list = map.get(id);
    if (!list) {
      map.set(id, [edge]);
      return;
    }
    if (list[list.length - 1]!.id > edge.id) this.unsorted.add(id);
    list.push(edge);
  }
}
