import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { NOT_RUN_ON_MANIFESTS } from '../checks/live-state';
import { ClusterState } from '../state/cluster-state';
import { allFindings, nodeOf } from '../testing/fixtures';
import { TemplateCollector } from './collector';
import { predictFromManifests } from './manifests-mode';

type Json = Record<string, unknown>;

const app = (ports: Json[], extra: Json = {}): Json => ({ name: 'app', image: 'example/app:1', ports, ...extra });
const template = (labels: Record<string, string>, containers: Json[]) => ({ metadata: { labels }, spec: { containers } });
const workload = (kind: string, name: string, spec: Json, extra: Json = {}): Json => ({
  apiVersion: kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1',
  kind,
  metadata: { name, namespace: 'shop', ...extra },
  spec,
});
const web = (replicas: number, containers = [app([{ name: 'http', containerPort: 8080 }], { readinessProbe: { httpGet: { path: '/', port: 'http' } } })]) =>
  workload('Deployment', 'web', { replicas, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }, containers) });
const service = (name: string, selector: Record<string, string>, targetPort: number | string = 'http'): Json => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop' },
  spec: { selector, ports: [{ name: 'http', port: 80, targetPort }] },
});
const node = (name: string): Json => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });
const runningPod: Json = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-abc', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [app([])] }, status: { phase: 'Running', podIP: '10.0.0.9' } };

/** Reads objects as `hopscope analyze` does, then runs manifests mode when it is chosen. */
function read(objects: Json[], forced = false): { state: ClusterState; notes: string[] | null } {
  const state = new ClusterState({ journal: false });
  const collector = new TemplateCollector(forced);
  for (const raw of objects) {
    const result = state.ingest(raw);
    if ('object' in result) collector.offer(raw, result.object);
  }
  const chosen = collector.chosen();
  return { state, notes: chosen ? predictFromManifests(state, chosen, forced) : null };
}

const podNames = (state: ClusterState) => state.list('Pod').map((p) => p.metadata.name).sort();

describe('manifests mode', () => {
  it('runs when the input has workloads and no pods, or when forced; not on a dump with pods', () => {
    expect(read([web(2), service('web', { app: 'web' })]).notes?.[0]).toMatch(/^Manifests mode \(the input has workloads and no running pods\): .*2 pods predicted from 1 workload/);
    expect(read([service('web', { app: 'web' })]).notes).toBeNull();
    const dump = read([web(2), runningPod]);
    expect(dump.notes).toBeNull();
    expect(podNames(dump.state)).toEqual(['web-abc']);
    const forced = read([runningPod, web(2)], true);
    expect(podNames(forced.state)).toEqual(['web-pod-1', 'web-pod-2']);
    expect(forced.notes).toContain('Ignored 1 Pod of the input: manifests mode predicts them from the workloads.');
  });

  it('predicts each workload kind\'s pods: replicas, a StatefulSet\'s ordinals, a Job\'s parallelism, a DaemonSet\'s one per Node; a Deployment\'s ReplicaSet is left to it', () => {
    const labels = (app: string) => template({ app }, [app === 'x' ? {} : { name: 'c', image: 'i' }]);
    const { state, notes } = read([
      web(3),
      workload('StatefulSet', 'db', { replicas: 2, serviceName: 'db', template: labels('db') }),
      workload('DaemonSet', 'agent', { template: labels('agent') }),
      workload('Job', 'migrate', { parallelism: 2, template: labels('migrate') }),
      workload('CronJob', 'nightly', { jobTemplate: { spec: { template: labels('nightly') } } }),
      workload('ReplicaSet', 'web-7c9f', { replicas: 3, template: labels('web') }, { ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }] }),
      workload('Deployment', 'broken', { template: labels('x') }),
      node('node-b'),
      node('node-a'),
    ]);
    expect(podNames(state)).toEqual(['agent-pod-1', 'agent-pod-2', 'db-0', 'db-1', 'migrate-pod-1', 'migrate-pod-2', 'nightly-pod-1', 'web-pod-1', 'web-pod-2', 'web-pod-3']);
    expect(state.list('Pod').filter((p) => p.metadata.name.startsWith('agent')).map((p) => p.spec.nodeName)).toEqual(['node-a', 'node-b']);
    expect(state.get('Pod', 'shop', 'db-0')?.metadata).toMatchObject({ labels: { app: 'db' }, ownerReferences: [{ kind: 'StatefulSet', name: 'db', controller: true }] });
    expect(state.get('Pod', 'shop', 'web-pod-1')?.status).toMatchObject({ phase: 'Running', podIP: '198.18.0.1', conditions: [{ type: 'Ready', status: 'True' }] });
    expect(notes).toContain('Deployment shop/broken: its pod template cannot stand in for pods (spec.containers.0.name: Invalid input: expected string, received undefined).');
  });

  it('predicts at most 100 pods of a workload, and says so', () => {
    const { state, notes } = read([web(500)]);
    expect(state.count('Pod')).toBe(100);
    expect(notes).toContain('Deployment shop/web: 100 of its 500 pods predicted.');
  });

  it('predicts EndpointSlices as the controller would: named targetPorts resolved per pod, one slice per set of ports, ready unless a readiness probe can never pass', () => {
    const api = (name: string, port: number, probePort: string) =>
      workload('Deployment', name, { replicas: 1, template: template({ tier: 'api', app: name }, [app([{ name: 'http', containerPort: port }], { readinessProbe: { tcpSocket: { port: probePort } } })]) });
    const { state } = read([api('v1', 8080, 'http'), api('v2', 9090, 'health'), workload('Deployment', 'odd', { replicas: 1, template: template({ tier: 'api' }, [app([{ name: 'web', containerPort: 80 }])]) }), service('api', { tier: 'api' })]);
    const slices = state.select('EndpointSlice', 'shop', { 'kubernetes.io/service-name': 'api' });
    const summary = slices.map((s) => ({ ports: s.ports?.map((p) => p.port), endpoints: s.endpoints?.map((e) => `${e.targetRef?.name} ${e.conditions?.ready ? 'ready' : 'not ready'}`) }));
    expect(summary).toEqual([
      { ports: [8080], endpoints: ['v1-pod-1 ready'] },
      { ports: [9090], endpoints: ['v2-pod-1 not ready'] },
      { ports: [], endpoints: ['odd-pod-1 ready'] },
    ]);
  });

  it('takes away "selector matches no pod" and NP-NO-TARGET from correct manifests, and says what it did not run', () => {
    const policy: Json = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web', namespace: 'shop' }, spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] } };
    const objects = [web(2), service('web', { app: 'web' }), policy];
    // Read as a cluster's state (what issue 15 reported): the pods do not exist yet.
    const asCluster = new ClusterState({ journal: false });
    for (const raw of objects) asCluster.ingest(raw);
    const before = buildGraph(asCluster, { namespaces: null });
    expect(allFindings(before, 'SVC-SELECTOR-NOMATCH')).toHaveLength(1);
    expect(allFindings(before, 'NP-NO-TARGET')).toHaveLength(1);
    // In manifests mode the template's pods stand in, and the checks that need a running cluster say they were not run.
    const { state, notes } = read(objects);
    const graph = buildGraph(state, { namespaces: null }, { manifests: true, notices: notes ?? [] });
    expect(allFindings(graph, 'SVC-SELECTOR-NOMATCH')).toEqual([]);
    expect(allFindings(graph, 'NP-NO-TARGET')).toEqual([]);
    expect(nodeOf(graph, 'endpoints/shop/web')).toMatchObject({ counts: { ready: 2, notReady: 0, terminating: 0 } });
    expect(nodeOf(graph, 'pod/shop/web-pod-1').notChecked).toContainEqual({ id: 'POD-CRASHLOOP', reason: NOT_RUN_ON_MANIFESTS });
    expect(nodeOf(graph, 'service/shop/web').notChecked).toContainEqual({ id: 'WL-REPLICAS', reason: NOT_RUN_ON_MANIFESTS });
    expect(graph.notes[0]).toMatch(/^Manifests mode/);
  });

  it('gives SVC-SINGLE-ENDPOINT for one replica, and says it cannot count a DaemonSet\'s pods without Nodes', () => {
    const one = read([web(1), service('web', { app: 'web' })]);
    expect(allFindings(buildGraph(one.state, { namespaces: null }, { manifests: true }), 'SVC-SINGLE-ENDPOINT')).toHaveLength(1);
    const agent = workload('DaemonSet', 'web', { template: template({ app: 'web' }, [app([{ name: 'http', containerPort: 8080 }])]) });
    const perNode = buildGraph(read([agent, service('web', { app: 'web' })]).state, { namespaces: null }, { manifests: true });
    expect(allFindings(perNode, 'SVC-SINGLE-ENDPOINT')).toEqual([]);
    expect(nodeOf(perNode, 'service/shop/web').notChecked?.find((n) => n.id === 'SVC-SINGLE-ENDPOINT')?.reason).toContain('a DaemonSet runs one pod per node');
  });
});

describe('manifests mode and Pods', () => {
  const manifestPod: Json = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [app([{ name: 'http', containerPort: 8080 }])] } };
  const hook: Json = { ...manifestPod, metadata: { name: 'shop-test-connection', namespace: 'shop', annotations: { 'helm.sh/hook': 'test' } } };

  it('takes a Pod manifest (no status) for itself, and leaves Helm hooks (a chart\'s test Pod) out', () => {
    const { state, notes } = read([web(1), manifestPod, hook, service('web', { app: 'web' })]);
    expect(podNames(state)).toEqual(['debug', 'web-pod-1']);
    expect(state.get('Pod', 'shop', 'debug')?.status).toMatchObject({ phase: 'Running', podIP: '198.18.0.2' });
    expect(notes?.[0]).toContain('2 pods predicted from 1 workload and 1 Pod manifest');
    expect(notes).toContain('No pods predicted for 1 Helm hook (Pod shop/shop-test-connection): hooks run at install, upgrade or test, not beside the app.');
  });

  it('runs for Pod manifests alone, and not once a running pod is read', () => {
    expect(read([manifestPod]).notes?.[0]).toMatch(/^Manifests mode/);
    expect(read([manifestPod, runningPod, web(1)]).notes).toBeNull();
  });
});
