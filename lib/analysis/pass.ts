import type { UnitKind } from '../graph/topology';

/** What one build or update touched, for health and for the changes it reports. */
export interface Pass {
  units: Map<string, { kind: UnitKind; namespace: string | undefined; name: string }>;
  hops: Set<string>;
  memos: Set<string>;
  edges: Set<string>;
  removedNodes: Set<string>;
  removedEdges: Set<string>;
  /** Keys touched and not yet followed to their readers. */
  queue: string[];
}

export function newPass(): Pass {
  return { units: new Map(), hops: new Set(), memos: new Set(), edges: new Set(), removedNodes: new Set(), removedEdges: new Set(), queue: [] };
}
