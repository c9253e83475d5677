// What changed between a frozen view and now: hops added or removed, hops whose health changed,
// findings that appeared or cleared.
import type { Graph, Health } from '../graph/types';

export interface SnapshotDiff {
  added: string[];
  removed: string[];
  health: { id: string; then: Health; now: Health }[];
  appeared: { hop: string; id: string }[];
  cleared: { hop: string; id: string }[];
}

const findingKeys = (graph: Graph) => new Set(graph.nodes.flatMap((n) => n.findings.map((f) => `${n.id} ${f.id}`)));

export function diffGraphs(then: Graph, now: Graph): SnapshotDiff {
  const before = new Map(then.nodes.map((n) => [n.id, n]));
  const after = new Map(now.nodes.map((n) => [n.id, n]));
  const thenFindings = findingKeys(then);
  const nowFindings = findingKeys(now);
  const split = (key: string) => {
    const [hop, id] = key.split(' ') as [string, string];
    return { hop, id };
  };
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).sort(),
    removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
    health: [...after.values()].flatMap((n) => {
      const old = before.get(n.id);
      return old && old.health !== n.health ? [{ id: n.id, then: old.health, now: n.health }] : [];
    }),
    appeared: [...nowFindings].filter((k) => !thenFindings.has(k)).sort().map(split),
    cleared: [...thenFindings].filter((k) => !nowFindings.has(k)).sort().map(split),
  };
}

export function isEmptyDiff(d: SnapshotDiff): boolean {
  return !d.added.length && !d.removed.length && !d.health.length && !d.appeared.length && !d.cleared.length;
}
