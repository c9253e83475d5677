/** Which edges each hop's findings name, and the other way round: an edge's health comes from those findings. */
export class NamedEdges {
  private readonly byHop = new Map<string, string[]>();
  private readonly byEdge = new Map<string, Set<string>>();

  /** The hops whose findings name an edge. */
  hopsNaming(edge: string): ReadonlySet<string> {
    return this.byEdge.get(edge) ?? new Set();
  }

  /** Records the edges a hop's findings now name; `touched` hears every edge whose set of namers changed. */
  set(hop: string, edges: readonly string[], touched: (edge: string) => void): void {
    for (const edge of this.byHop.get(hop) ?? []) {
      const hops = this.byEdge.get(edge);
      hops?.delete(hop);
      if (hops?.size === 0) this.byEdge.delete(edge);
      touched(edge);
    }
    if (edges.length) this.byHop.set(hop, [...edges]);
    else this.byHop.delete(hop);
    for (const edge of edges) {
      let hops = this.byEdge.get(edge);
      if (!hops) this.byEdge.set(edge, (hops = new Set()));
      hops.add(hop);
      touched(edge);
    }
  }
}
