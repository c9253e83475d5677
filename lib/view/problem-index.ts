// The Problems list kept current: which problems each hop's loud findings feed, and each problem's
// findings by hop, so that a catch-up recomputes only the problems its changed hops and links touch.
// A full build is the reference (the property test in lib/analysis/analysis.test.ts holds it to it).
import { CLIENT_ID } from '../graph/ids';
import type { Finding, Problem } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import { anchorOf, problemOf, rankProblems } from './problems';
import type { ViewSource } from './source';

export class ProblemIndex {
  /** Hop -> the problems its findings feed. */
  private readonly byHop = new Map<string, string[]>();
  /** Problem -> its findings, by hop. */
  private readonly byAnchor = new Map<string, Map<string, Finding[]>>();
  private readonly problems = new Map<string, Problem>();
  private readonly dirty = new Set<string>();
  private sorted: Problem[] | null = null;
  private readonly scope: ReadonlySet<string> | null;

  constructor(
    private readonly source: ViewSource,
    namespaces: readonly string[] | null = null,
  ) {
    this.scope = namespaces && new Set(namespaces);
    this.reindex(CLIENT_ID);
    for (const namespace of namespaces ?? source.index.namespaceNames()) for (const id of source.index.in(namespace)?.loud ?? []) this.reindex(id);
  }

  /** After a catch-up: the hops it changed or removed, and the links (`source->target`) it changed or removed. */
  update(hops: Iterable<string>, edges: Iterable<string>): void {
    const touched = new Set(hops);
    for (const edge of edges) {
      const arrow = edge.indexOf('->');
      touched.add(edge.slice(0, arrow)).add(edge.slice(arrow + 2));
    }
    for (const id of [...touched]) {
      const node = this.source.node(id);
      // A route's finding about a Service is that Service's problem while the Service is loud; a route's rules weigh its Services' problems.
      if (node?.kind === 'service') for (const edge of this.source.to(id)) if (edge.kind === 'route-service') touched.add(edge.source);
      if (node?.kind === 'ingress' || node?.kind === 'httproute') for (const edge of this.source.from(id)) this.dirty.add(edge.target);
      this.dirty.add(id);
    }
    for (const id of touched) this.reindex(id);
  }

  /** Every problem, most harmful first. */
  list(): Problem[] {
    if (this.dirty.size) {
      for (const anchor of this.dirty) {
        const findings = this.byAnchor.get(anchor);
        if (findings?.size) this.problems.set(anchor, problemOf(this.source, anchor, [...findings.values()].flat()));
        else this.problems.delete(anchor);
      }
      this.dirty.clear();
      this.sorted = null;
    }
    this.sorted ??= rankProblems([...this.problems.values()]);
    return this.sorted;
  }

  private inScope(id: string): boolean {
    const namespace = namespaceOfId(id);
    return namespace === undefined || this.scope === null || this.scope.has(namespace);
  }

  /** Takes a hop's findings out of the problems they fed, and puts its loud findings where they belong now. */
  private reindex(id: string): void {
    for (const anchor of this.byHop.get(id) ?? []) {
      this.byAnchor.get(anchor)?.delete(id);
      this.dirty.add(anchor);
    }
    this.byHop.delete(id);
    const node = this.source.node(id);
    if (!node || !this.inScope(id)) return;
    const fed = new Map<string, Finding[]>();
    for (const finding of node.findings) {
      if (finding.severity === 'info') continue;
      const anchor = anchorOf(this.source, node, finding);
      const list = fed.get(anchor);
      if (list) list.push(finding);
      else fed.set(anchor, [finding]);
    }
    if (!fed.size) return;
    this.byHop.set(id, [...fed.keys()]);
    for (const [anchor, findings] of fed) {
      let byHop = this.byAnchor.get(anchor);
      if (!byHop) this.byAnchor.set(anchor, (byHop = new Map()));
      byHop.set(id, findings);
      this.dirty.add(anchor);
    }
  }
}

/** The problems of these namespaces (all with null), and the cluster-wide ones, most harmful first (one-shot: a snapshot's). */
export function findProblems(source: ViewSource, namespaces: readonly string[] | null): Problem[] {
  return new ProblemIndex(source, namespaces).list();
}
