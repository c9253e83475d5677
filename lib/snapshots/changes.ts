// "Changed since" for the snapshot list: how many hops' health changed, and how many hops were added
// or removed, from the frozen hops' health alone (kept beside each snapshot), so the list never reads
// whole snapshots. Opening one shows the full diff (diff.ts).
import type { Graph, Health } from '../graph/types';

/** Each frozen hop's health, by id. */
export type HopHealth = Record<string, Health>;

/** The live cluster as the count needs it: a hop's health now, and how many hops the frozen view's namespaces hold now. */
export interface LiveHops {
  health(id: string): Health | undefined;
  count: number;
}

export interface ChangeCount {
  health: number;
  added: number;
  removed: number;
}

export const hopHealthOf = (graph: Graph): HopHealth => Object.fromEntries(graph.nodes.map((n) => [n.id, n.health]));

/** A hop with the same id is in the same namespace, so every frozen hop still here is among `now.count`. */
export function countChanges(then: HopHealth, now: LiveHops): ChangeCount {
  let present = 0;
  let health = 0;
  let removed = 0;
  for (const [id, was] of Object.entries(then)) {
    const is = now.health(id);
    if (is === undefined) removed++;
    else {
      present++;
      if (is !== was) health++;
    }
  }
  return { health, added: now.count - present, removed };
}
