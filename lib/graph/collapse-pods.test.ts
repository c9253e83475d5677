import { describe, expect, it } from 'vitest';
import { collapsePods, COLLAPSE_ABOVE } from './collapse-pods';
import { graphOf, pod, service, slice } from '../testing/fixtures';

function serviceWith(ready: number, broken: number) {
  const pods = [
    ...Array.from({ length: ready }, (_, i) => pod('shop', `web-${i}`, { labels: { app: 'web' } })),
    ...Array.from({ length: broken }, (_, i) => pod('shop', `bad-${i}`, { labels: { app: 'web' }, ready: false })),
  ];
  return graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', pods.map((p) => ({ pod: p, ready: !String((p.metadata as { name: string }).name).startsWith('bad') }))), ...pods]);
}

describe('collapsePods', () => {
  it('draws the healthy pods of a big Service as one card and keeps unhealthy pods visible', () => {
    const view = collapsePods(serviceWith(9, 3), new Set());
    const group = view.nodes.find((n) => n.kind === 'podgroup');
    expect(group).toMatchObject({ id: 'group/endpoints/shop/web', total: 12, ready: 9 });
    expect(view.nodes.filter((n) => n.kind === 'pod').map((n) => n.id)).toEqual(['pod/shop/bad-0', 'pod/shop/bad-1', 'pod/shop/bad-2']);
    expect(view.edges.map((e) => e.target)).toContain('group/endpoints/shop/web');
    expect(view.edges.some((e) => e.target === 'pod/shop/web-0')).toBe(false);
  });

  it('leaves small Services and expanded ones alone', () => {
    const small = serviceWith(COLLAPSE_ABOVE, 0);
    expect(collapsePods(small, new Set())).toBe(small);
    const big = serviceWith(10, 0);
    expect(collapsePods(big, new Set(['endpoints/shop/web'])).nodes.filter((n) => n.kind === 'pod')).toHaveLength(10);
  });
});
