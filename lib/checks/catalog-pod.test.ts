import { describe, expect, it } from 'vitest';
import { container, event, findingsOf, graphOf, httpProbe, ingress, ingressClass, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const svc = service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }]);
const POD = 'pod/shop/web-1';
const web = (extra: Parameters<typeof pod>[2] = {}, name = 'web-1') => pod('shop', name, { labels: { app: 'web' }, ...extra });
const withContainer = (c: Json, extra: Parameters<typeof pod>[2] = {}) => web({ containers: [c], ...extra });
const app = (extra: Json) => container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], extra);

describe('PRB-EVENT-REFUSED, PRB-EVENT-TIMEOUT, PRB-EVENT-NAMEDPORT', () => {
  const p = web({ ready: false });
  it('read the kubelet messages and merge repeats', () => {
    const graph = graphOf([
      svc,
      p,
      event(p, 'Unhealthy', 'Readiness probe failed: Get "http://10.0.0.1:8080/healthz": dial tcp 10.0.0.1:8080: connect: connection refused', { count: 3 }),
      event(p, 'Unhealthy', 'Readiness probe failed: Get "http://10.0.0.1:8080/healthz": dial tcp 10.0.0.1:8080: connect: connection refused', { count: 2 }),
      event(p, 'Unhealthy', 'Liveness probe failed: Get "http://10.0.0.1:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
      event(p, 'Unhealthy', 'Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "health": invalid syntax'),
    ]);
    expect(findingsOf(graph, POD, 'PRB-EVENT-REFUSED')[0]?.message).toContain('is refused: nothing listens on the probe port');
    expect(findingsOf(graph, POD, 'PRB-EVENT-REFUSED')[0]?.message).toContain('(5 times');
    expect(findingsOf(graph, POD, 'PRB-EVENT-TIMEOUT')[0]?.message).toContain('Liveness probe of container app times out (context deadline exceeded)');
    expect(findingsOf(graph, POD, 'PRB-EVENT-NAMEDPORT')[0]).toMatchObject({ severity: 'critical', message: expect.stringContaining('names the port "health"') });
  });
  it('do not fire on HTTP status failures or other events', () => {
    const graph = graphOf([svc, p, event(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 500'), event(p, 'BackOff', 'Back-off restarting failed container')]);
    for (const id of ['PRB-EVENT-REFUSED', 'PRB-EVENT-TIMEOUT', 'PRB-EVENT-NAMEDPORT']) expect(findingsOf(graph, POD, id)).toEqual([]);
  });
});

describe('PRB-PORT-UNDECLARED', () => {
  it('is critical from the spec alone when a readiness or startup probe names a port its own container does not declare, a warning for liveness', () => {
    const sidecar = container('proxy', [{ name: 'health', containerPort: 9901, protocol: 'TCP' }]);
    const c = app({ readinessProbe: httpProbe('health'), livenessProbe: { tcpSocket: { port: 'admin' } } });
    const findings = findingsOf(graphOf([svc, web({ containers: [c, sidecar] })]), POD, 'PRB-PORT-UNDECLARED');
    expect(findings.map((f) => [f.severity, f.evidence.fields[0]?.path])).toEqual([
      ['critical', 'spec.containers[app].readinessProbe'],
      ['warning', 'spec.containers[app].livenessProbe'],
    ]);
    expect(findings[0]?.message).toContain('names port "health", which that container does not declare (its ports: http)');
    expect(findings[0]?.message).toContain('pod web-1 never becomes Ready');
    const startup = app({ startupProbe: { tcpSocket: { port: 'boot' } } });
    expect(findingsOf(graphOf([svc, withContainer(startup)]), POD, 'PRB-PORT-UNDECLARED')[0]?.severity).toBe('critical');
  });
  it('is the cause the kubelet\'s named-port Event echoes, and comes before it', () => {
    const p = web({ ready: false, containers: [app({ readinessProbe: httpProbe('health') })] });
    const graph = graphOf([svc, p, event(p, 'Unhealthy', 'Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "health": invalid syntax')]);
    expect(findingsOf(graph, POD, 'PRB-EVENT-NAMEDPORT')[0]?.because).toEqual([{ id: 'PRB-PORT-UNDECLARED', hop: POD }]);
    const order = graph.nodes.find((n) => n.id === POD)!.findings.map((f) => f.id);
    expect(order.indexOf('PRB-PORT-UNDECLARED')).toBeLessThan(order.indexOf('PRB-EVENT-NAMEDPORT'));
  });
  it('is silent for a declared name, a number, or a number written as a string', () => {
    for (const port of ['http', 8080, '8080']) expect(findingsOf(graphOf([svc, withContainer(app({ readinessProbe: httpProbe(port), livenessProbe: { tcpSocket: { port } } }))]), POD, 'PRB-PORT-UNDECLARED'), String(port)).toEqual([]);
  });
});

describe('PRB-IDENTICAL', () => {
  it('warns when readiness and liveness check the same thing with the same patience (named ports resolved)', () => {
    const c = app({ readinessProbe: httpProbe('http'), livenessProbe: httpProbe(8080) });
    expect(findingsOf(graphOf([svc, withContainer(c)]), POD, 'PRB-IDENTICAL')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('(httpGet :8080/healthz)') });
  });
  it('is info when liveness waits longer, and silent when they check different things', () => {
    const tolerant = app({ readinessProbe: httpProbe(8080), livenessProbe: { ...httpProbe(8080), failureThreshold: 6 } });
    expect(findingsOf(graphOf([svc, withContainer(tolerant)]), POD, 'PRB-IDENTICAL')[0]?.severity).toBe('info');
    const different = app({ readinessProbe: httpProbe(8080, '/ready'), livenessProbe: { tcpSocket: { port: 8080 } } });
    expect(findingsOf(graphOf([svc, withContainer(different)]), POD, 'PRB-IDENTICAL')).toEqual([]);
  });
});

describe('PRB-TIMING and POD-STARTUP-MISSING', () => {
  const started = (seconds: number, name: string, probes: Json) => {
    const p = withContainer(app(probes), {});
    const status = p.status as { conditions: Json[]; containerStatuses: Json[] };
    status.conditions = [{ type: 'Ready', status: 'True', lastTransitionTime: new Date(Date.parse('2026-11-23T01:00:00Z') + seconds * 1000).toISOString() }];
    status.containerStatuses = [{ name: 'app', ready: true, restartCount: 0, state: { running: { startedAt: '2026-11-23T01:00:00Z' } } }];
    (p.metadata as Json).name = name;
    (p.metadata as Json).ownerReferences = [{ kind: 'ReplicaSet', name: 'web-5d8f', uid: 'rs-uid', controller: true }];
    return p;
  };
  const liveness = { readinessProbe: httpProbe(8080, '/ready'), livenessProbe: { ...httpProbe(8080, '/live'), failureThreshold: 3, periodSeconds: 10 } };
  it('fire when the liveness budget is shorter than the observed startup of the workload', () => {
    const graph = graphOf([svc, started(45, 'web-1', liveness), started(50, 'web-2', liveness), started(20, 'web-3', liveness)]);
    expect(findingsOf(graph, POD, 'PRB-TIMING')[0]?.message).toContain('the liveness probe kills it after 30 s');
    expect(findingsOf(graph, POD, 'PRB-TIMING')[0]?.message).toContain('take 50 s to become Ready (p90 observed)');
    expect(findingsOf(graph, POD, 'POD-STARTUP-MISSING')[0]?.message).toContain('takes 50 s to start, more than the 30 s liveness allows');
  });
  it('do not fire with a startupProbe, or when pods start within the budget', () => {
    const withStartup = { ...liveness, startupProbe: { ...httpProbe(8080, '/live'), failureThreshold: 30 } };
    expect(findingsOf(graphOf([svc, started(50, 'web-1', withStartup)]), POD, 'PRB-TIMING')).toEqual([]);
    expect(findingsOf(graphOf([svc, started(50, 'web-1', withStartup)]), POD, 'POD-STARTUP-MISSING')).toEqual([]);
    expect(findingsOf(graphOf([svc, started(12, 'web-1', liveness)]), POD, 'PRB-TIMING')).toEqual([]);
  });
  it('say how likely a kill loop is from what the pod shows: unlikely (info) while ready without restarts, likely (warning) once it restarts', () => {
    const restarting = started(50, 'web-2', liveness);
    const status = restarting.status as { conditions: Json[]; containerStatuses: Json[] };
    status.conditions = [{ type: 'Ready', status: 'False' }];
    status.containerStatuses = [{ name: 'app', ready: false, restartCount: 3, state: { running: { startedAt: '2026-11-23T01:10:00Z' } } }];
    const graph = graphOf([svc, started(45, 'web-1', liveness), restarting, started(50, 'web-3', liveness)]);
    for (const id of ['PRB-TIMING', 'POD-STARTUP-MISSING']) {
      const [calm] = findingsOf(graph, POD, id);
      expect(calm?.severity, id).toBe('info');
      expect(calm?.message, id).toContain('It is ready and has not restarted');
      expect(calm?.message, id).not.toMatch(/end in a kill loop|a restart loop, users see 503/);
      expect(findingsOf(graph, 'pod/shop/web-2', id)[0], id).toMatchObject({ severity: 'warning', message: expect.stringContaining('It has restarted 3 times and is not ready') });
    }
  });
  it('POD-STARTUP-MISSING also fires on liveness kills of a pod that never got Ready', () => {
    const p = withContainer(app(liveness), { ready: false, containerStatuses: [{ name: 'app', ready: false, restartCount: 4, state: { running: {} } }] });
    const graph = graphOf([svc, p, event(p, 'Killing', 'Container app failed liveness probe, will be restarted', { type: 'Normal' })]);
    expect(findingsOf(graph, POD, 'POD-STARTUP-MISSING')[0]?.message).toContain('kills it for failed liveness before it ever gets Ready (4 restarts)');
  });
});

describe('POD-PENDING', () => {
  it('is critical when no pod of the Service is scheduled', () => {
    const p = web({ ready: false, podIP: null });
    (p.status as { conditions: Json[]; phase: string }).phase = 'Pending';
    (p.status as { conditions: Json[] }).conditions = [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }];
    expect(findingsOf(graphOf([svc, p]), POD, 'POD-PENDING')[0]).toMatchObject({ severity: 'critical', message: expect.stringContaining('it is not scheduled (Unschedulable); no pod of shop/web runs') });
  });
  it('names a volume that does not mount, and stays silent for running pods', () => {
    const p = web({ ready: false, containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }] });
    const graph = graphOf([svc, p, web({}, 'web-2'), event(p, 'FailedMount', 'MountVolume.SetUp failed for volume "config" : configmap "web-config" not found')]);
    expect(findingsOf(graph, POD, 'POD-PENDING')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('FailedMount: MountVolume.SetUp failed') });
    expect(findingsOf(graph, 'pod/shop/web-2', 'POD-PENDING')).toEqual([]);
  });
});

describe('POD-GRACEFUL-SHUTDOWN', () => {
  const routed = [ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])];
  it('warns for a pod behind an Ingress without preStop, is info behind a Service only', () => {
    expect(findingsOf(graphOf([svc, web(), ...routed]), POD, 'POD-GRACEFUL-SHUTDOWN')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('container app has no preStop hook') });
    expect(findingsOf(graphOf([svc, web()]), POD, 'POD-GRACEFUL-SHUTDOWN')[0]?.severity).toBe('info');
  });
  it('warns when preStop sleeps as long as the grace period, and is silent for a short sleep', () => {
    const long = withContainer(app({ lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 30'] } } } }));
    expect(findingsOf(graphOf([svc, long, ...routed]), POD, 'POD-GRACEFUL-SHUTDOWN')[0]?.message).toContain('sleeps 30 s in preStop, not less than the 30 s grace period');
    const short = withContainer(app({ lifecycle: { preStop: { sleep: { seconds: 5 } } } }));
    expect(findingsOf(graphOf([svc, short, ...routed]), POD, 'POD-GRACEFUL-SHUTDOWN')).toEqual([]);
  });
});

describe('POD-EVICTED', () => {
  it('counts the evicted pods of a Service on its EndpointSlices hop', () => {
    const evicted = web({ phase: 'Failed', ready: false, podIP: null }, 'web-old');
    (evicted.status as Json).reason = 'Evicted';
    const running = web();
    expect(findingsOf(graphOf([svc, slice('shop', 'web', [{ pod: running }]), running, evicted]), 'endpoints/shop/web', 'POD-EVICTED')[0]?.message).toContain('1 pod of Service shop/web was evicted (web-old)');
    expect(findingsOf(graphOf([svc, slice('shop', 'web', [{ pod: running }]), running]), 'endpoints/shop/web', 'POD-EVICTED')).toEqual([]);
  });
});
