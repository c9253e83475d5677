import { describe, expect, it } from 'vitest';
import { container, event, findingsOf, graphOf, httpProbe, pod, service, slice } from '../testing/fixtures';

const svc = service('shop', 'web', { app: 'web' });
const crashStatus = (restarts: number, reason = 'OOMKilled') => [
  { name: 'app', ready: false, restartCount: restarts, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { reason, exitCode: reason === 'OOMKilled' ? 137 : 1 } } },
];
const limited = [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], { readinessProbe: httpProbe(8080), resources: { limits: { memory: '256Mi' } } })];

describe('POD-NOT-READY', () => {
  const a = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false });
  const b = pod('shop', 'web-b', { labels: { app: 'web' } });

  it('is critical when every pod of the Service is not ready', () => {
    const [finding] = findingsOf(graphOf([svc, a]), 'pod/shop/web-a', 'POD-NOT-READY');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('no pod of shop/web is ready, users see 503');
  });

  it('is a warning when other pods are ready', () => {
    expect(findingsOf(graphOf([svc, a, b]), 'pod/shop/web-a', 'POD-NOT-READY')[0]?.severity).toBe('warning');
  });

  it('does not fire on ready or Succeeded pods', () => {
    expect(findingsOf(graphOf([svc, b]), 'pod/shop/web-b', 'POD-NOT-READY')).toEqual([]);
    const done = pod('shop', 'web-c', { labels: { app: 'web' }, ready: false, phase: 'Succeeded' });
    const extra = slice('shop', 'web', [{ pod: done, ready: false }]);
    expect(findingsOf(graphOf([svc, done, extra]), 'pod/shop/web-c', 'POD-NOT-READY')).toEqual([]);
  });
});

describe('POD-CRASHLOOP', () => {
  it('gives the last termination reason and exit code; critical when every pod loops', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false, containerStatuses: crashStatus(5, 'Error') });
    const [finding] = findingsOf(graphOf([svc, p]), 'pod/shop/web-a', 'POD-CRASHLOOP');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('crash-looping after 5 restarts; it last ended with Error (exit code 1)');
    expect(finding?.evidence.kubectl[0]).toBe('kubectl logs web-a -n shop -c app --previous');
  });

  it('is a warning when other pods run, and silent for a running container', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false, containerStatuses: crashStatus(5) });
    const ok = pod('shop', 'web-b', { labels: { app: 'web' } });
    expect(findingsOf(graphOf([svc, p, ok]), 'pod/shop/web-a', 'POD-CRASHLOOP')[0]?.severity).toBe('warning');
    expect(findingsOf(graphOf([svc, p, ok]), 'pod/shop/web-b', 'POD-CRASHLOOP')).toEqual([]);
  });
});

describe('POD-OOMKILLED', () => {
  it('shows the memory limit; critical when it repeats', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, containers: limited, containerStatuses: crashStatus(17) });
    const [finding] = findingsOf(graphOf([svc, p]), 'pod/shop/web-a', 'POD-OOMKILLED');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('its limit of 256Mi (OOMKilled, exit 137), and has restarted 17 times');
  });

  it('is a warning after one kill, and says when there is no limit', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, containerStatuses: crashStatus(1) });
    const [finding] = findingsOf(graphOf([svc, p]), 'pod/shop/web-a', 'POD-OOMKILLED');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('it has no memory limit');
  });

  it('does not fire for other termination reasons', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, containerStatuses: crashStatus(3, 'Error') });
    expect(findingsOf(graphOf([svc, p]), 'pod/shop/web-a', 'POD-OOMKILLED')).toEqual([]);
  });
});

describe('PRB-EVENT-HTTP-STATUS', () => {
  const failing = (name: string) => pod('shop', name, { labels: { app: 'web' }, ready: false });

  it('reads every Unhealthy event, sums counts and explains a 404 with the probe path', () => {
    const p = failing('web-a');
    const events = [
      event(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', { count: 40 }),
      event(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', { count: 2 }),
    ];
    const [finding] = findingsOf(graphOf([svc, p, ...events]), 'pod/shop/web-a', 'PRB-EVENT-HTTP-STATUS');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('gets HTTP 404 from /healthz (42 times');
    expect(finding?.message).toContain('the probe path /healthz is not served by the app');
  });

  it('is a warning for liveness, and when other pods pass readiness', () => {
    const p = failing('web-a');
    const live = event(p, 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 503');
    const [finding] = findingsOf(graphOf([svc, p, pod('shop', 'web-b', { labels: { app: 'web' } }), live]), 'pod/shop/web-a', 'PRB-EVENT-HTTP-STATUS');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('reports itself unhealthy; kubelet restarts the container');
  });

  it('does not fire on other probe failures', () => {
    const p = failing('web-a');
    const refused = event(p, 'Unhealthy', 'Readiness probe failed: Get "http://10.0.0.1:8080/healthz": dial tcp 10.0.0.1:8080: connect: connection refused');
    expect(findingsOf(graphOf([svc, p, refused]), 'pod/shop/web-a', 'PRB-EVENT-HTTP-STATUS')).toEqual([]);
  });
});

describe('PRB-READINESS-MISSING', () => {
  it('fires for the container that owns the Service port', () => {
    const p = pod('shop', 'web-a', { labels: { app: 'web' }, containers: [container('app', [{ name: 'http', containerPort: 8080 }])] });
    const [finding] = findingsOf(graphOf([svc, p]), 'pod/shop/web-a', 'PRB-READINESS-MISSING');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('Container app of pod web-a serves Service web but has no readiness probe');
  });

  it('does not fire when only a sidecar lacks the probe, or for pods behind no Service', () => {
    const containers = [container('app', [{ name: 'http', containerPort: 8080 }], { readinessProbe: httpProbe(8080) }), container('proxy', [{ name: 'admin', containerPort: 15000 }])];
    expect(findingsOf(graphOf([svc, pod('shop', 'web-a', { labels: { app: 'web' }, containers })]), 'pod/shop/web-a', 'PRB-READINESS-MISSING')).toEqual([]);
    const lonely = graphOf([pod('shop', 'web-a', { labels: { app: 'web' }, containers: [container('app', [])] })]);
    expect(lonely.nodes.some((n) => n.id === 'pod/shop/web-a')).toBe(false);
  });
});
