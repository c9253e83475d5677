// The Problems list kept current: which problems each hop's loud findings feed, and each problem's
// findings by hop, so that a catch-up recomputes only the problems its changed hops and links touch.
// A finding that names its cause (EPS-EMPTY because of SVC-SELECTOR-NOMATCH) feeds the problem of the
// root of its chain of causes: one root cause is one problem, not one per echo.
// A full build is the reference (the property test in lib/analysis/analysis.test.ts holds it to it).
import { CHAIN_LIMIT } from '../graph/because';
import { CLIENT_ID } from '../graph/ids';
import type { Finding, GraphNode, Problem } from '../graph/types';
import { namespaceOfId } from '../graph/view';
import { addTo } from '../util/group';
import { anchorOf, problemOf, rankProblems } from './problems';
import type { ViewSource } from './source';

/** Where a hop's findings go: the problem they feed, and where they would be anchored on their own. */
interface Fed {
  anchor: string;
  own: string;
}

export class ProblemIndex {
  /** Hop -> where its loud findings go. */
  private readonly byHop = new Map<string, Fed[]>();
  /** Problem -> its findings, by hop. */
  private readonly byAnchor = new Map<string, Map<string, Finding[]>>();
  /** Problem -> where its findings would be anchored on their own, with how many hops (echoes joined from another Service bring its paths). */
  private readonly owns = new Map<string, Map<string, number>>();
  /** The other way: an anchor -> the problems that findings anchored there on their own joined. */
  private readonly joinedInto = new Map<string, Set<string>>();
  /** Hop -> the hops its chains of causes read, and the other way. */
  private readonly reads = new Map<string, string[]>();
  private readonly readers = new Map<string, Set<string>>();
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
    // A finding goes where its root cause is anchored: its hop is indexed again when a hop on its chain changes.
    for (const id of [...touched]) for (const reader of this.readers.get(id) ?? []) touched.add(reader);
    for (const id of touched) this.reindex(id);
  }

  /** Every problem, most harmful first. */
  list(): Problem[] {
    if (this.dirty.size) {
      for (const id of [...this.dirty]) for (const anchor of this.joinedInto.get(id) ?? []) this.dirty.add(anchor);
      for (const anchor of this.dirty) {
        const findings = this.byAnchor.get(anchor);
        if (findings?.size) this.problems.set(anchor, problemOf(this.source, anchor, [...findings.values()].flat(), this.owns.get(anchor)?.keys()));
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

  /** The loud finding a finding names as its cause first, if it is in scope; every hop tried is read. */
  private causeOf(finding: Finding, reads: Set<string>): { node: GraphNode; finding: Finding } | null {
    for (const ref of finding.because ?? []) {
      reads.add(ref.hop);
      const node = this.inScope(ref.hop) ? this.source.node(ref.hop) : undefined;
      const cause = node?.findings.find((f) => f.id === ref.id && f.severity !== 'info');
      if (node && cause) return { node, finding: cause };
    }
    return null;
  }

  /** Where the root of a finding's chain of causes is anchored. */
  private rootAnchor(node: GraphNode, finding: Finding, reads: Set<string>): string {
    let at = { node, finding };
    for (let step = 0; step < CHAIN_LIMIT; step++) {
      const cause = this.causeOf(at.finding, reads);
      if (!cause) break;
      at = cause;
    }
    return anchorOf(this.source, at.node, at.finding);
  }

  private count(anchor: string, own: string, by: 1 | -1): void {
    let counts = this.owns.get(anchor);
    if (!counts) this.owns.set(anchor, (counts = new Map()));
    const n = (counts.get(own) ?? 0) + by;
    if (n > 0) counts.set(own, n);
    else counts.delete(own);
    if (!counts.size) this.owns.delete(anchor);
    if (own === anchor) return;
    if (n > 0) {
      let into = this.joinedInto.get(own);
      if (!into) this.joinedInto.set(own, (into = new Set()));
      into.add(anchor);
    } else {
      this.joinedInto.get(own)?.delete(anchor);
      if (!this.joinedInto.get(own)?.size) this.joinedInto.delete(own);
    }
  }

  /** Takes a hop's findings out of the problems they fed, and puts its loud findings where they belong now. */
  private reindex(id: string): void {
    for (const { anchor, own } of this.byHop.get(id) ?? []) {
      this.byAnchor.get(anchor)?.delete(id);
      this.count(anchor, own, -1);
      this.dirty.add(anchor);
    }
    this.byHop.delete(id);
    for (const read of this.reads.get(id) ?? []) this.readers.get(read)?.delete(id);
    this.reads.delete(id);
    const node = this.source.node(id);
    if (!node || !this.inScope(id)) return;
    const fed = new Map<string, Finding[]>();
    const where = new Map<string, Fed>();
    const reads = new Set<string>();
    for (const finding of node.findings) {
      if (finding.severity === 'info') continue;
      const own = anchorOf(this.source, node, finding);
      const anchor = finding.because ? this.rootAnchor(node, finding, reads) : own;
      addTo(fed, anchor, finding);
      where.set(`${anchor} ${own}`, { anchor, own });
    }
    reads.delete(id);
    if (reads.size) {
      this.reads.set(id, [...reads]);
      for (const read of reads) {
        let readers = this.readers.get(read);
        if (!readers) this.readers.set(read, (readers = new Set()));
        readers.add(id);
      }
    }
    if (!fed.size) return;
    this.byHop.set(id, [...where.values()]);
    for (const { anchor, own } of where.values()) this.count(anchor, own, 1);
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
