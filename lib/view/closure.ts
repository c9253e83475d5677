import type { ViewSource } from './source';

/**
 * A hop's request paths: the hop, every hop upstream (where its requests come from) and downstream
 * (where they go), added to `into`, within the hops `inScope` accepts.
 */
export function addPathOf(source: ViewSource, id: string, inScope: (id: string) => boolean, into: Set<string>): void {
  if (!source.node(id) || !inScope(id)) return;
  into.add(id);
  for (const direction of ['up', 'down'] as const) {
    const queue = [id];
    const seen = new Set(queue);
    for (let i = 0; i < queue.length; i++) {
      const links = direction === 'up' ? source.to(queue[i]!) : source.from(queue[i]!);
      for (const edge of links) {
        const next = direction === 'up' ? edge.source : edge.target;
        if (seen.has(next) || !inScope(next)) continue;
        seen.add(next);
        into.add(next);
        queue.push(next);
      }
    }
  }
}
