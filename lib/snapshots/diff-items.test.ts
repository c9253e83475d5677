import { describe, expect, it } from 'vitest';
import { diffItems } from './diff-items';
import type { SnapshotDiff } from './diff';

describe('the items of a snapshot diff', () => {
  const diff: SnapshotDiff = {
    added: ['pod/shop/web-c'],
    removed: ['pod/shop/web-b'],
    health: [{ id: 'service/shop/web', then: 'ok', now: 'warning' }],
    appeared: [{ hop: 'pod/shop/web-a', id: 'POD-NOT-READY' }, { hop: 'pod/shop/web-c', id: 'POD-NO-PRESTOP' }],
    cleared: [{ hop: 'pod/shop/web-b', id: 'POD-GRACEFUL-SHUTDOWN' }],
  };
  const frozen = new Set(['service/shop/web', 'pod/shop/web-a', 'pod/shop/web-b']);

  it('each select a hop: in the snapshot where it was frozen, else live (added since)', () => {
    const items = diffItems(diff, (id) => frozen.has(id));
    expect(items.map((i) => [i.kind, i.select?.hop, i.select?.live])).toEqual([
      ['health', 'service/shop/web', false],
      ['appeared', 'pod/shop/web-a', false],
      ['appeared', 'pod/shop/web-c', true],
      ['cleared', 'pod/shop/web-b', false],
      ['added', 'pod/shop/web-c', true],
      ['removed', 'pod/shop/web-b', false],
    ]);
    expect(items.map((i) => i.text)).toEqual(['Service shop/web ok → warning', '+ POD-NOT-READY on Pod shop/web-a', '+ POD-NO-PRESTOP on Pod shop/web-c', '− POD-GRACEFUL-SHUTDOWN on Pod shop/web-b', '+ Pod shop/web-c', '− Pod shop/web-b']);
  });

  it('says how many more hops were added or removed than it lists', () => {
    const many = { ...diff, added: Array.from({ length: 12 }, (_, i) => `pod/shop/new-${i}`) };
    const items = diffItems(many, () => false);
    expect(items.filter((i) => i.kind === 'added')).toHaveLength(3);
    expect(items.find((i) => i.kind === 'more-added')).toMatchObject({ text: '+9 more hops', select: null });
  });
});
