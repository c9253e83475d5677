import { describe, expect, it } from 'vitest';
import type { Kind } from '../k8s/types';
import type { SnapshotSummary } from '../snapshots/types';
import { EVERYTHING, type Access, type KindScope } from './access';
import { scopeSummary } from './scope-summary';

const summary: SnapshotSummary = {
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  title: 'checkout 503s',
  note: '',
  createdAt: '2026-05-01T10:00:00.000Z',
  createdBy: 'sre@example.com',
  cluster: 'prod-eu',
  namespaces: ['payments', 'shop'],
  view: { namespaces: ['payments', 'shop'], node: 'service/payments/api', trace: null, method: 'GET', headers: [], range: '1h' },
  problems: { shop: { critical: 1, warning: 2 }, payments: { critical: 3, warning: 0 }, '': { critical: 1, warning: 0 } },
};
const viewIn = (...namespaces: string[]): Access => ({ kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(namespaces)], ['Service', new Set(namespaces)]]) });

describe('a snapshot in the list, as a viewer may see it', () => {
  it('is whole for who sees everything', () => {
    expect(scopeSummary(summary, EVERYTHING)).toBe(summary);
  });

  it('names only the namespaces, problems and selected hop a scoped viewer may list', () => {
    expect(scopeSummary(summary, viewIn('shop'))).toEqual({
      ...summary,
      namespaces: ['shop'],
      view: { ...summary.view, namespaces: ['shop'], node: null },
      problems: { shop: { critical: 1, warning: 2 } },
    });
    expect(scopeSummary({ ...summary, problems: null }, viewIn('shop'))?.problems).toBeNull();
  });

  it('is not there for a viewer who may list none of its namespaces', () => {
    expect(scopeSummary(summary, viewIn('blog'))).toBeNull();
    expect(scopeSummary({ ...summary, namespaces: [] }, viewIn('shop'))).toBeNull();
  });
});
