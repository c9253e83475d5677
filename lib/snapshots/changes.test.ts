import { describe, expect, it } from 'vitest';
import type { Graph } from '../graph/types';
import { graphOf, pod, service, slice } from '../testing/fixtures';
import { countChanges, hopHealthOf, type LiveHops } from './changes';
import { diffGraphs } from './diff';

const live = (graph: Graph): LiveHops => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n.health]));
  return { health: (id) => byId.get(id), count: graph.nodes.length };
};

describe('how much changed since a snapshot, from its hops\' health alone', () => {
  const a = pod('shop', 'web-a', { labels: { app: 'web' } });
  const b = pod('shop', 'web-b', { labels: { app: 'web' } });
  const then = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: a }, { pod: b }]), a, b]);
  const sick = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false });
  const c = pod('shop', 'web-c', { labels: { app: 'web' } });
  const d = pod('shop', 'web-d', { labels: { app: 'web' } });
  const now = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }, { pod: c }, { pod: d }]), sick, c, d]);

  it('counts the hops whose health changed, and those added and removed, as the full diff does', () => {
    const diff = diffGraphs(then, now);
    const counted = countChanges(hopHealthOf(then), live(now));
    expect(counted).toEqual({ health: diff.health.length, added: diff.added.length, removed: diff.removed.length });
    expect(counted).toMatchObject({ added: 2, removed: 1 });
    expect(counted.health).toBeGreaterThan(0);
  });

  it('is nothing for the same cluster', () => {
    expect(countChanges(hopHealthOf(then), live(then))).toEqual({ health: 0, added: 0, removed: 0 });
  });

  it('keeps only each hop\'s id and health', () => {
    expect(hopHealthOf(then)).toMatchObject({ 'pod/shop/web-a': then.nodes.find((n) => n.id === 'pod/shop/web-a')!.health, 'service/shop/web': 'ok' });
    expect(Object.keys(hopHealthOf(then))).toHaveLength(then.nodes.length);
  });
});
