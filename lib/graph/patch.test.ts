import { describe, expect, it } from 'vitest';
import { applyPatch, diffGraph } from './patch';
import { graphOf, pod, service, slice } from '../testing/fixtures';

describe('graph patches', () => {
  const a = pod('shop', 'web-a', { labels: { app: 'web' } });
  const b = pod('shop', 'web-b', { labels: { app: 'web' } });
  const before = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: a }, { pod: b }]), a, b]);
  const c = pod('shop', 'web-c', { labels: { app: 'web' } });
  const sick = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false });
  (sick.metadata as Record<string, unknown>).uid = (a.metadata as Record<string, unknown>).uid;
  const after = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }, { pod: c }]), sick, c]);

  it('carries only what changed, and applying it gives the new graph', () => {
    const patch = diffGraph(before, after);
    expect(patch.nodes.remove).toEqual(['pod/shop/web-b']);
    // The Service changes only by its endpoints' health rolling up into it.
    expect(patch.nodes.upsert.map((n) => n.id).sort()).toEqual(['endpoints/shop/web', 'pod/shop/web-a', 'pod/shop/web-c', 'service/shop/web']);
    expect(patch.nodes.upsert.some((n) => n.id === 'client')).toBe(false);
    const applied = applyPatch(before, patch);
    expect(new Map(applied.nodes.map((n) => [n.id, n]))).toEqual(new Map(after.nodes.map((n) => [n.id, n])));
    expect(new Map(applied.edges.map((e) => [e.id, e]))).toEqual(new Map(after.edges.map((e) => [e.id, e])));
  });

  it('is empty between equal graphs', () => {
    const patch = diffGraph(before, before);
    expect([patch.nodes.upsert, patch.nodes.remove, patch.edges.upsert, patch.edges.remove]).toEqual([[], [], [], []]);
  });
});
