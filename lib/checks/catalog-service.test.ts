import { describe, expect, it } from 'vitest';
import { container, findingsOf, graphOf, httpProbe, ingress, ingressClass, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const SVC = 'service/shop/web';
const EPS = 'endpoints/shop/web';
const web = (name: string, extra: Parameters<typeof pod>[2] = {}) => pod('shop', name, { labels: { app: 'web' }, ...extra });
const svc = (extra: Json = {}, ports: Json[] = [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], selector: Record<string, string> | null = { app: 'web' }) => service('shop', 'web', selector, ports, extra);
const owned = (p: Json, kind: string, name: string, hash?: string): Json => {
  const meta = p.metadata as Json;
  return { ...p, metadata: { ...meta, labels: { ...(meta.labels as Json), ...(hash ? { 'pod-template-hash': hash } : {}) }, ownerReferences: [{ kind, name, controller: true, uid: `${name}-uid` }] } };
};
const node = (name: string): Json => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });

describe('SVC-SELECTOR-MULTIAPP', () => {
  it('fires when the selector matches pods of two Deployments, naming the split', () => {
    const graph = graphOf([svc(), owned(web('a-1'), 'ReplicaSet', 'web-7d9f', '7d9f'), owned(web('b-1'), 'ReplicaSet', 'admin-55c1', '55c1'), owned(web('b-2'), 'ReplicaSet', 'admin-55c1', '55c1')]);
    expect(findingsOf(graph, SVC, 'SVC-SELECTOR-MULTIAPP')[0]?.message).toContain('matches pods of 2 workloads: Deployment/web (1), Deployment/admin (2)');
  });
  it('does not fire for the ReplicaSets of one Deployment mid-rollout, or for bare pods', () => {
    const graph = graphOf([svc(), owned(web('a-1'), 'ReplicaSet', 'web-7d9f', '7d9f'), owned(web('a-2'), 'ReplicaSet', 'web-8e1a', '8e1a')]);
    expect(findingsOf(graph, SVC, 'SVC-SELECTOR-MULTIAPP')).toEqual([]);
    expect(findingsOf(graphOf([svc(), web('b-1'), web('b-2')]), SVC, 'SVC-SELECTOR-MULTIAPP')).toEqual([]);
  });
});

describe('SVC-NOSELECTOR-NOSLICES and SVC-MANUAL-SLICE-PORT', () => {
  const manual = (ports: Json[], endpoints = true): Json => {
    const s = slice('shop', 'web', endpoints ? [{ pod: web('ext-1', { podIP: '192.0.2.10' }) }] : [], ports);
    (s.metadata as Json).labels = { 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'staff' };
    return s;
  };
  it('fires when a selector-less Service has no slice with endpoints', () => {
    expect(findingsOf(graphOf([svc({}, undefined, null)]), SVC, 'SVC-NOSELECTOR-NOSLICES')[0]?.severity).toBe('critical');
    expect(findingsOf(graphOf([svc({}, undefined, null), manual([{ name: 'http', port: 8080, protocol: 'TCP' }], false)]), SVC, 'SVC-NOSELECTOR-NOSLICES')).toHaveLength(1);
  });
  it('joins manual slices to Service ports by name: a wrong name fires, the right one does not', () => {
    const wrong = graphOf([svc({}, undefined, null), manual([{ name: 'web', port: 8080, protocol: 'TCP' }])]);
    expect(findingsOf(wrong, SVC, 'SVC-NOSELECTOR-NOSLICES')).toEqual([]);
    expect(findingsOf(wrong, SVC, 'SVC-MANUAL-SLICE-PORT')[0]?.message).toContain('its port "web"/TCP matches no Service port by name');
    expect(findingsOf(graphOf([svc({}, undefined, null), manual([{ name: 'http', port: 8080, protocol: 'TCP' }])]), SVC, 'SVC-MANUAL-SLICE-PORT')).toEqual([]);
  });
});

describe('SVC-TARGETPORT-NUMERIC-UNDECLARED', () => {
  it('is info when no pod declares the numeric targetPort, a warning when the probe checks another port', () => {
    const undeclared = (probePort: number) => graphOf([svc({}, [{ name: 'http', port: 80, targetPort: 9000, protocol: 'TCP' }]), web('w-1', { containers: [container('app', [{ containerPort: 8080 }], { readinessProbe: httpProbe(probePort) })] })]);
    expect(findingsOf(undeclared(9000), SVC, 'SVC-TARGETPORT-NUMERIC-UNDECLARED')[0]?.severity).toBe('info');
    expect(findingsOf(undeclared(8080), SVC, 'SVC-TARGETPORT-NUMERIC-UNDECLARED')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('the readiness probe checks 8080 instead') });
  });
  it('does not fire when a pod declares the port', () => {
    expect(findingsOf(graphOf([svc(), web('w-1')]), SVC, 'SVC-TARGETPORT-NUMERIC-UNDECLARED')).toEqual([]);
  });
});

describe('SVC-PROBE-PORT-MISMATCH', () => {
  it('is info when the serving container is probed on another port (named probe ports resolved)', () => {
    const c = container('app', [{ name: 'http', containerPort: 8080 }, { name: 'admin', containerPort: 9090 }], { readinessProbe: httpProbe('admin') });
    const [finding] = findingsOf(graphOf([svc(), web('w-1', { containers: [c] })]), SVC, 'SVC-PROBE-PORT-MISMATCH');
    expect(finding).toMatchObject({ severity: 'info', message: expect.stringContaining('container app serves port 8080 but its readiness probe checks port 9090') });
  });
  it('fires when the probe sits on a sidecar, not the serving container', () => {
    const app = container('app', [{ name: 'http', containerPort: 8080 }]);
    const proxy = container('proxy', [{ containerPort: 15000 }], { readinessProbe: httpProbe(15000) });
    expect(findingsOf(graphOf([svc(), web('w-1', { containers: [app, proxy] })]), SVC, 'SVC-PROBE-PORT-MISMATCH')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('the readiness probe is on container proxy') });
  });
  it('does not fire when the probe checks the serving port by name', () => {
    const c = container('app', [{ name: 'http', containerPort: 8080 }], { readinessProbe: httpProbe('http') });
    expect(findingsOf(graphOf([svc(), web('w-1', { containers: [c] })]), SVC, 'SVC-PROBE-PORT-MISMATCH')).toEqual([]);
  });
});

describe('SVC-SINGLE-ENDPOINT', () => {
  it('fires with exactly one ready endpoint, not with two', () => {
    const one = web('w-1');
    expect(findingsOf(graphOf([svc(), slice('shop', 'web', [{ pod: one }]), one]), SVC, 'SVC-SINGLE-ENDPOINT')).toHaveLength(1);
    const two = web('w-2');
    expect(findingsOf(graphOf([svc(), slice('shop', 'web', [{ pod: one }, { pod: two }]), one, two]), SVC, 'SVC-SINGLE-ENDPOINT')).toEqual([]);
  });
});

describe('SVC-ETP-LOCAL and SVC-ITP-LOCAL', () => {
  const onA = web('w-1', { nodeName: 'node-a' });
  const objects = (extra: Json, type = 'LoadBalancer') => [svc({ type, ...extra }), slice('shop', 'web', [{ pod: onA }]), onA, node('node-a'), node('node-b'), pod('other', 'client', { nodeName: 'node-b' })];
  it('lists the nodes without a local endpoint', () => {
    expect(findingsOf(graphOf(objects({ externalTrafficPolicy: 'Local' })), SVC, 'SVC-ETP-LOCAL')[0]?.message).toContain('1 node has no local ready endpoint (node-b)');
    expect(findingsOf(graphOf(objects({ internalTrafficPolicy: 'Local' }, 'ClusterIP')), SVC, 'SVC-ITP-LOCAL')[0]?.message).toContain('without a local ready endpoint (node-b)');
  });
  it('does not fire with the Cluster policies, or when every node has an endpoint', () => {
    expect(findingsOf(graphOf(objects({ externalTrafficPolicy: 'Cluster' })), SVC, 'SVC-ETP-LOCAL')).toEqual([]);
    const onB = web('w-2', { nodeName: 'node-b' });
    const both = [svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' }), slice('shop', 'web', [{ pod: onA }, { pod: onB }]), onA, onB, node('node-a'), node('node-b')];
    (both[1]!.endpoints as Json[])[1]!.nodeName = 'node-b';
    expect(findingsOf(graphOf(both), SVC, 'SVC-ETP-LOCAL')).toEqual([]);
  });
});

describe('SVC-AFFINITY, SVC-EXTERNALNAME, SVC-TYPE', () => {
  it('SVC-AFFINITY is a warning behind an Ingress, info otherwise, silent for None', () => {
    expect(findingsOf(graphOf([svc({ sessionAffinity: 'ClientIP' }), ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])]), SVC, 'SVC-AFFINITY')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([svc({ sessionAffinity: 'ClientIP' })]), SVC, 'SVC-AFFINITY')[0]?.severity).toBe('info');
    expect(findingsOf(graphOf([svc({ sessionAffinity: 'None' })]), SVC, 'SVC-AFFINITY')).toEqual([]);
  });
  it('SVC-EXTERNALNAME warns for a loopback target and is info for a DNS name', () => {
    const ext = (name: string) => service('shop', 'web', null, [], { type: 'ExternalName', externalName: name });
    expect(findingsOf(graphOf([ext('localhost')]), SVC, 'SVC-EXTERNALNAME')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('"localhost" is a loopback name') });
    expect(findingsOf(graphOf([ext('db.example.com')]), SVC, 'SVC-EXTERNALNAME')[0]?.severity).toBe('info');
    expect(findingsOf(graphOf([svc()]), SVC, 'SVC-EXTERNALNAME')).toEqual([]);
  });
  it('SVC-TYPE is info for NodePort and LoadBalancer only', () => {
    expect(findingsOf(graphOf([svc({ type: 'NodePort' })]), SVC, 'SVC-TYPE')[0]?.severity).toBe('info');
    expect(findingsOf(graphOf([svc()]), SVC, 'SVC-TYPE')).toEqual([]);
  });
});

describe('EndpointSlices checks', () => {
  it('EPS-ONLY-TERMINATING fires when only serving-terminating endpoints are left', () => {
    const going = web('w-1', { ready: false, deletionTimestamp: '2026-11-23T02:59:00Z' });
    const graph = graphOf([svc(), slice('shop', 'web', [{ pod: going, ready: false, serving: true, terminating: true }]), going]);
    expect(findingsOf(graph, EPS, 'EPS-ONLY-TERMINATING')[0]?.message).toContain('in-cluster calls still work');
    const ready = web('w-2');
    expect(findingsOf(graphOf([svc(), slice('shop', 'web', [{ pod: going, ready: false, serving: true, terminating: true }, { pod: ready }]), going, ready]), EPS, 'EPS-ONLY-TERMINATING')).toEqual([]);
  });

  it('EPS-PUBLISH-NOT-READY is critical while a pod fails, a warning otherwise, silent for headless peer discovery', () => {
    const sick = web('w-1', { ready: false });
    expect(findingsOf(graphOf([svc({ publishNotReadyAddresses: true }), slice('shop', 'web', [{ pod: sick }]), sick]), EPS, 'EPS-PUBLISH-NOT-READY')[0]?.severity).toBe('critical');
    const ok = web('w-2');
    expect(findingsOf(graphOf([svc({ publishNotReadyAddresses: true }), slice('shop', 'web', [{ pod: ok }]), ok]), EPS, 'EPS-PUBLISH-NOT-READY')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([svc({ publishNotReadyAddresses: true, clusterIP: 'None' }), slice('shop', 'web', [{ pod: ok }]), ok]), EPS, 'EPS-PUBLISH-NOT-READY')).toEqual([]);
  });

  it('EPS-READINESS-GATE fires when containers are ready but a gate is not True', () => {
    const gated = (status?: string) => {
      const p = web('w-1', { ready: false, containerStatuses: [{ name: 'app', ready: true, restartCount: 0, state: { running: {} } }] });
      (p.spec as Json).readinessGates = [{ conditionType: 'target-health.elbv2.k8s.aws/web' }];
      if (status) (p.status as { conditions: Json[] }).conditions.push({ type: 'target-health.elbv2.k8s.aws/web', status });
      return p;
    };
    expect(findingsOf(graphOf([svc(), gated()]), EPS, 'EPS-READINESS-GATE')[0]).toMatchObject({ severity: 'critical', message: expect.stringContaining('"target-health.elbv2.k8s.aws/web" is not True') });
    expect(findingsOf(graphOf([svc(), gated('True')]), EPS, 'EPS-READINESS-GATE')).toEqual([]);
  });

  it('EPS-PORT-SUBSET fires when one slice lacks a Service port the others have', () => {
    const a = web('w-1');
    const b = web('w-2');
    const graph = graphOf([svc(), slice('shop', 'web', [{ pod: a }]), slice('shop', 'web', [{ pod: b }], [{ name: 'other', port: 8080, protocol: 'TCP' }]), a, b]);
    expect(findingsOf(graph, EPS, 'EPS-PORT-SUBSET')[0]?.message).toContain('1 endpoint of Service shop/web lacks the port "http"');
    expect(findingsOf(graphOf([svc(), slice('shop', 'web', [{ pod: a }]), slice('shop', 'web', [{ pod: b }]), a, b]), EPS, 'EPS-PORT-SUBSET')).toEqual([]);
  });

  it('EPS-NODE-MISSING fires for a pod on a deleted Node that got no endpoint, only when Nodes are known', () => {
    const lost = web('w-1', { nodeName: 'node-gone' });
    expect(findingsOf(graphOf([svc(), lost, node('node-a')]), EPS, 'EPS-NODE-MISSING')[0]?.message).toContain('w-1 on node-gone');
    expect(findingsOf(graphOf([svc(), lost]), EPS, 'EPS-NODE-MISSING')).toEqual([]);
  });
});
