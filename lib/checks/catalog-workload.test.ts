import { describe, expect, it } from 'vitest';
import { stateFromObjects } from '../state/cluster-state';
import { findingsOf, graphOf, pod, service, slice } from '../testing/fixtures';

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

describe('WL-REPLICA-FAILURE', () => {
  const failure = { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "web-7c9f-" is forbidden: error looking up service account shop/web: serviceaccount "web" not found' };
  const rs = (conditions: Json[]) => workload('ReplicaSet', 'web-7c9f', { replicas: 2 }, { replicas: 0, conditions });
  it('names the ReplicaSet that cannot create the pods of an emptied Service, and why; EPS-EMPTY and SVC-SELECTOR-NOMATCH name it as the cause', () => {
    const graph = graphOf([svc(), rs([failure])]);
    const [finding] = findingsOf(graph, 'service/shop/web', 'WL-REPLICA-FAILURE');
    expect(finding).toMatchObject({ severity: 'critical', message: expect.stringContaining('ReplicaSet shop/web-7c9f (FailedCreate: pods "web-7c9f-" is forbidden: error looking up service account shop/web: serviceaccount "web" not found) cannot create its pods') });
    expect(finding?.evidence.fields[0]).toMatchObject({ object: { kind: 'ReplicaSet', namespace: 'shop', name: 'web-7c9f' }, path: 'status.conditions[ReplicaFailure]' });
    expect(findingsOf(graph, 'endpoints/shop/web', 'EPS-EMPTY')[0]?.message).toContain('cannot create its pods (see WL-REPLICA-FAILURE)');
    expect(findingsOf(graph, 'service/shop/web', 'SVC-SELECTOR-NOMATCH')[0]?.message).toContain('would create them but cannot (see WL-REPLICA-FAILURE)');
  });
  it('is a warning while other pods serve, and silent when the condition is not True or the Service selects other pods', () => {
    expect(findingsOf(graphOf([svc(), web, slice('shop', 'web', [{ pod: web }]), rs([failure])]), 'service/shop/web', 'WL-REPLICA-FAILURE')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([svc(), rs([{ ...failure, status: 'False' }])]), 'service/shop/web', 'WL-REPLICA-FAILURE')).toEqual([]);
    expect(findingsOf(graphOf([service('shop', 'web', { app: 'api' }), rs([failure])]), 'service/shop/web', 'WL-REPLICA-FAILURE')).toEqual([]);
  });
  it('reads ReplicaSets, Jobs, CronJobs and DaemonSets as kinds Hopscope knows: no "Skipped" note', () => {
    const batch = (kind: string, spec: Json): Json => ({ apiVersion: 'batch/v1', kind, metadata: { name: 'nightly', namespace: 'shop' }, spec });
    const state = stateFromObjects([rs([failure]), workload('DaemonSet', 'agent', {}), batch('Job', { template: { metadata: { labels: { app: 'job' } } } }), batch('CronJob', { jobTemplate: { spec: { template: { metadata: { labels: { app: 'cron' } } } } } })]);
    expect([...state.skipped()]).toEqual([]);
    expect(state.get('CronJob', 'shop', 'nightly')?.spec.templateLabels).toEqual({ app: 'cron' });
    expect(state.workloadsSelecting('ReplicaSet', 'shop', { app: 'web' }).map((w) => w.metadata.name)).toEqual(['web-7c9f']);
  });
});
