import { describe, expect, it } from 'vitest';
import { graphOf, pod, service, slice } from '../testing/fixtures';
import { diffGraphs, isEmptyDiff } from './diff';

describe('a snapshot against now', () => {
  const a = pod('shop', 'web-a', { labels: { app: 'web' } });
  const b = pod('shop', 'web-b', { labels: { app: 'web' } });
  const then = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: a }, { pod: b }]), a, b]);

  it('lists hops added and removed, health that changed, findings that appeared or cleared', () => {
    const sick = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false });
    const c = pod('shop', 'web-c', { labels: { app: 'web' } });
    const now = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }, { pod: c }]), sick, c]);
    const diff = diffGraphs(then, now);
    expect(diff.added).toEqual(['pod/shop/web-c']);
    expect(diff.removed).toEqual(['pod/shop/web-b']);
    expect(diff.health).toEqual(expect.arrayContaining([{ id: 'pod/shop/web-a', then: 'info', now: 'warning' }, { id: 'service/shop/web', then: 'ok', now: 'warning' }]));
    expect(diff.appeared).toEqual(expect.arrayContaining([{ hop: 'pod/shop/web-a', id: 'POD-NOT-READY' }, { hop: 'endpoints/shop/web', id: 'EPS-NOT-READY' }]));
    expect(diff.cleared).toEqual([{ hop: 'pod/shop/web-b', id: 'POD-GRACEFUL-SHUTDOWN' }]);
    expect(diffGraphs(now, then).cleared).toEqual(expect.arrayContaining([{ hop: 'pod/shop/web-a', id: 'POD-NOT-READY' }]));
  });

  it('is empty for the same cluster', () => {
    expect(isEmptyDiff(diffGraphs(then, then))).toBe(true);
  });
});
