import { describe, expect, it } from 'vitest';
import { findingsOf, graphOf, pod, service } from '../testing/fixtures';

type Json = Record<string, unknown>;
const workload = (kind: string, name: string, spec: Json, status: Json = {}): Json => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, namespace: 'shop' },
  spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } } }, ...spec },
  status,
});
const svc = (extra: Json = {}) => service('shop', 'web', { app: 'web' }, undefined, extra);
const web = pod('shop', 'web-1', { labels: { app: 'web' } });

describe('WL-REPLICAS', () => {
  it('is critical with no ready replica and a stuck rollout, a warning when short', () => {
    const stuck = workload('Deployment', 'web', { replicas: 3 }, { readyReplicas: 0, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] });
    const [finding] = findingsOf(graphOf([svc(), web, stuck]), 'service/shop/web', 'WL-REPLICAS');
    expect(finding).toMatchObject({ severity: 'critical', message: expect.stringContaining('it wants 3 replicas and 0 are ready; its rollout is stuck (Progressing=False, ProgressDeadlineExceeded)') });
    expect(findingsOf(graphOf([svc(), web, workload('Deployment', 'web', { replicas: 3 }, { readyReplicas: 2 })]), 'service/shop/web', 'WL-REPLICAS')[0]?.severity).toBe('warning');
  });
  it('is silent when every replica is ready, and for workloads the Service does not select', () => {
    expect(findingsOf(graphOf([svc(), web, workload('Deployment', 'web', { replicas: 1 }, { readyReplicas: 1 })]), 'service/shop/web', 'WL-REPLICAS')).toEqual([]);
    const other = workload('Deployment', 'api', { replicas: 2, template: { metadata: { labels: { app: 'api' } } } }, { readyReplicas: 0 });
    expect(findingsOf(graphOf([svc(), web, other]), 'service/shop/web', 'WL-REPLICAS')).toEqual([]);
  });
});

describe('SVC-STS-HEADLESS', () => {
  const ready = { readyReplicas: 1 };
  it('fires when the StatefulSet governing Service is not headless, or missing', () => {
    const sts = workload('StatefulSet', 'db', { replicas: 1, serviceName: 'web' }, ready);
    expect(findingsOf(graphOf([svc(), web, sts]), 'service/shop/web', 'SVC-STS-HEADLESS')[0]?.message).toContain('names serviceName web, which is not headless');
    const missing = workload('StatefulSet', 'db', { replicas: 1, serviceName: 'db-headless' }, ready);
    expect(findingsOf(graphOf([svc(), web, missing]), 'service/shop/web', 'SVC-STS-HEADLESS')[0]?.message).toContain('which does not exist');
  });
  it('is silent with a headless governing Service that selects the pods', () => {
    const sts = workload('StatefulSet', 'db', { replicas: 1, serviceName: 'web' }, ready);
    expect(findingsOf(graphOf([svc({ clusterIP: 'None' }), web, sts]), 'service/shop/web', 'SVC-STS-HEADLESS')).toEqual([]);
  });
});
